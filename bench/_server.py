"""Shared by the benchmarks: a demo database and the production WSGI server on loopback."""

import json
import os
import secrets
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_env(database_url: str, **extra) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "dare_platform.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": database_url,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(ROOT / "var" / "bench-static"),
        "LOG_LEVEL": "WARNING",
        **extra,
    }


def _admin_connection(url: str):
    import psycopg

    admin_url = url.rsplit("/", 1)[0] + "/postgres"
    return psycopg.connect(admin_url.replace("postgres://", "postgresql://", 1), autocommit=True)


def fresh_database(url: str) -> None:
    """An empty PostgreSQL database; only one named ``dare_bench…``, so a real one is never
    dropped."""
    name = url.rsplit("/", 1)[1]
    if not name.startswith("dare_bench"):
        raise SystemExit(f"Refusing to recreate {name!r}: the name must start with dare_bench.")
    with _admin_connection(url) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')


def drop_database(url: str) -> None:
    with _admin_connection(url) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')


def manage(env: dict, *args: str) -> None:
    subprocess.run(
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
    )


def prepare_database(env: dict) -> None:
    """Migrate, load the demo content (idempotent), index it (a search migration may have
    emptied the index) and collect static files."""
    for args in (
        ["migrate", "--no-input", "-v0"],
        ["load_demo_content"],
        ["rebuild_search_index"],
        ["collectstatic", "--no-input", "-v0"],
    ):
        subprocess.run(
            [PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL
        )


def refresh_planner_statistics() -> None:
    """ANALYZE what was just bulk-created, as autovacuum would in production (this machine's
    PostgreSQL runs without it): otherwise the server is measured with plans made blind."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


@contextmanager
def gunicorn(env: dict, workers: int = 2, threads: int = 4):
    port = free_port()
    process = subprocess.Popen(
        [
            PYTHON,
            "-m",
            "gunicorn",
            "dare_platform.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            str(workers),
            "--threads",
            str(threads),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/health/", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def fetch(url: str) -> tuple[int, float]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError:
        status = 0
    return status, time.perf_counter() - started


def summarise(latencies: list[float], elapsed: float, errors: int) -> dict:
    ordered = sorted(latencies)

    def percentile(p):
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000, 2)

    return {
        "requests": len(ordered),
        "requests_per_second": round(len(ordered) / elapsed, 1) if elapsed else None,
        "p50_ms": percentile(0.50),
        "p95_ms": percentile(0.95),
        "p99_ms": percentile(0.99),
        "mean_ms": round(statistics.fmean(ordered) * 1000, 2),
        "errors": errors,
    }


def first_page_url(base: str, page_type: str, locale: str = "en") -> str:
    query = f"{base}/api/v2/pages/?type={page_type}&locale={locale}&limit=1"
    with urllib.request.urlopen(query, timeout=10) as response:
        item = json.load(response)["items"][0]
    return item["meta"]["html_url"].replace("http://localhost", base)
