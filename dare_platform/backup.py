"""Database backup and restore for both supported engines, using each engine's own tools:
SQLite's online backup API (consistent while the site runs) and pg_dump/pg_restore."""

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.db import connections


class BackupError(RuntimeError):
    pass


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(f"{name} is not installed (apt-get install postgresql-client).")
    return path


def _settings(alias="default"):
    return connections[alias].settings_dict


def _pg_args(db: dict) -> list[str]:
    return [
        "--host",
        db.get("HOST") or "127.0.0.1",
        "--port",
        str(db.get("PORT") or 5432),
        "--username",
        db.get("USER") or "postgres",
    ]


def _pg_env(db: dict) -> dict:
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return env


def backup_database(target: Path, alias: str = "default") -> Path:
    """Write a full, consistent copy of the database to ``target``."""
    db = _settings(alias)
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    if db["ENGINE"].endswith("sqlite3"):
        connections[alias].close()
        with sqlite3.connect(db["NAME"]) as source, sqlite3.connect(target) as copy:
            source.backup(copy)
        return target
    if db["ENGINE"].endswith("postgresql"):
        result = subprocess.run(  # noqa: S603 - arguments come from settings, not from users
            [
                _tool("pg_dump"),
                *_pg_args(db),
                "--format",
                "custom",
                "--no-owner",
                "--file",
                str(target),
                db["NAME"],
            ],
            env=_pg_env(db),
            capture_output=True,
            text=True,
        )
        if result.returncode:
            raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
        return target
    raise BackupError(f"Backups are not supported for {db['ENGINE']}.")


def restore_database(source: Path, alias: str = "default") -> None:
    """Replace the database's content with the backup in ``source``."""
    db = _settings(alias)
    source = Path(source)
    if not source.exists():
        raise BackupError(f"No backup at {source}.")
    connections[alias].close()
    if db["ENGINE"].endswith("sqlite3"):
        with sqlite3.connect(source) as backup, sqlite3.connect(db["NAME"]) as live:
            backup.backup(live)
        return
    if db["ENGINE"].endswith("postgresql"):
        result = subprocess.run(  # noqa: S603 - arguments come from settings, not from users
            [
                _tool("pg_restore"),
                *_pg_args(db),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                "--dbname",
                db["NAME"],
                str(source),
            ],
            env=_pg_env(db),
            capture_output=True,
            text=True,
        )
        if result.returncode:
            raise BackupError(f"pg_restore failed: {result.stderr.strip()}")
        return
    raise BackupError(f"Restore is not supported for {db['ENGINE']}.")
