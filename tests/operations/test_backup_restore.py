"""The backup procedure of docs/operations.md, run for real: build a site in a scratch
database, back it up, restore into a fresh database and find the same content."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[2]
PG = "postgres://postgres@127.0.0.1:5432"

BUILD = """
from knowledge import factories
site = factories.build_site()
nl = factories.centre(site)
en = factories.centre(site, language='en', translation_of=nl)
sop = factories.protocol(nl, title='Cryopreservatie')
factories.protocol(en, title='Cryopreservation', translation_of=sop)
factories.new_version(sop, 2, change_note='Tweede versie.')
"""
SUMMARY = """
import hashlib
from wagtail.models import Page, Revision
from knowledge.models import PublishedVersion
pages = sorted(
    (p.url_path, p.locale.language_code, str(p.translation_key)) for p in Page.objects.all()
)
digest = hashlib.sha256(repr(pages).encode()).hexdigest()[:16]
print(len(pages), Revision.objects.count(), PublishedVersion.objects.count(), digest)
"""


def _manage(database_url: str, *args: str, stdin: str | None = None) -> str:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "LOG_LEVEL": "ERROR",
        "DJANGO_SETTINGS_MODULE": "dare_platform.settings.dev",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def _pg_available() -> bool:
    try:
        psycopg.connect(f"{PG}/postgres", connect_timeout=2).close()
    except psycopg.OperationalError:
        return False
    return True


def only_in_the_suites_run_on(vendor: str) -> pytest.MarkDecorator:
    """These tests make databases of their own, whatever DATABASE_URL says, so the suite's
    run on the other database (.ci/run runs it on both) would only repeat them."""
    return pytest.mark.skipif(
        connection.vendor != vendor,
        reason=f"makes its own databases: runs once, when the suite runs on {vendor}",
    )


def _roundtrip(source_url: str, fresh_url: str, backup: Path) -> tuple[str, str]:
    _manage(source_url, "migrate", "--no-input", "-v0")
    _manage(source_url, "shell", "-c", BUILD)
    before = _manage(source_url, "shell", "-c", SUMMARY)
    _manage(source_url, "backup_database", "--output", str(backup))
    _manage(fresh_url, "restore_database", str(backup), "--no-input")
    return before, _manage(fresh_url, "shell", "-c", SUMMARY)


@only_in_the_suites_run_on("sqlite")
def test_sqlite_backup_restores_pages_revisions_and_translations(tmp_path):
    before, after = _roundtrip(
        f"sqlite:///{tmp_path / 'site.sqlite3'}",
        f"sqlite:///{tmp_path / 'fresh.sqlite3'}",
        tmp_path / "backup",
    )
    assert before.split()[0] != "0"
    assert after == before


@only_in_the_suites_run_on("postgresql")
@pytest.mark.skipif(not _pg_available(), reason="PostgreSQL is not reachable at 127.0.0.1:5432")
def test_postgres_backup_restores_pages_revisions_and_translations(tmp_path):
    names = [f"dare_backup_{uuid.uuid4().hex[:8]}" for _ in range(2)]
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as connection:
        for name in names:
            connection.execute(f'CREATE DATABASE "{name}"')
    try:
        before, after = _roundtrip(f"{PG}/{names[0]}", f"{PG}/{names[1]}", tmp_path / "backup")
        assert after == before
    finally:
        with psycopg.connect(f"{PG}/postgres", autocommit=True) as connection:
            for name in names:
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
