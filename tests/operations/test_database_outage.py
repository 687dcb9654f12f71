"""A real PostgreSQL behind a TCP proxy we can cut: the production server answers a branded,
bilingual 503 within 2 s while the database is unreachable (the JSON APIs a JSON 503), and
recovers by itself."""

import contextlib
import json
import os
import secrets
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import psycopg
import pytest

from tests.operations.test_backup_restore import (
    BUILD,
    PG,
    _manage,
    _pg_available,
    only_in_the_suites_run_on,
)

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    only_in_the_suites_run_on("postgresql"),
    pytest.mark.skipif(not _pg_available(), reason="PostgreSQL is not reachable at 127.0.0.1:5432"),
]


class CuttableProxy:
    """Forwards a local port to PostgreSQL until cut; can be reconnected on the same port."""

    def __init__(self, target=("127.0.0.1", 5432)):
        self.target = target
        self.port = _free_port()
        self.connections: list[socket.socket] = []
        self.listener: socket.socket | None = None

    def start(self):
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", self.port))
        self.listener.listen(16)
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()

    def cut(self):
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the thread blocked in accept()
        self.listener.close()
        for connection in self.connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
            connection.close()
        self.connections.clear()

    def _accept(self, listener):
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self.connections += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for end in (source, sink):
                with contextlib.suppress(OSError):
                    end.close()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str) -> tuple[int, str, float]:
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode(), time.perf_counter() - started
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), time.perf_counter() - started


@pytest.fixture
def database():
    name = f"dare_outage_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        _manage(f"{PG}/{name}", "migrate", "--no-input", "-v0")
        _manage(f"{PG}/{name}", "shell", "-c", BUILD)
        yield name
    finally:
        with psycopg.connect(f"{PG}/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_database_outage_gives_503_quickly_and_recovers_without_restart(database, tmp_path):
    proxy = CuttableProxy()
    proxy.start()
    port = _free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "dare_platform.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{proxy.port}/{database}",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "PAGE_CACHE_SECONDS": "0",
        "LOG_LEVEL": "CRITICAL",
        "STATIC_ROOT": str(tmp_path / "static"),
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "dare_platform.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            "1",
            "--log-level",
            "critical",
        ],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/health/", timeout=2)
                break
            except OSError:
                time.sleep(0.1)
        assert _get(f"{base}/en/")[0] == 200

        proxy.cut()
        status, body, seconds = _get(f"{base}/en/")
        assert status == 503
        assert seconds < 2
        assert "Temporarily unavailable" in body and "Tijdelijk niet beschikbaar" in body
        health_status, health_body, _ = _get(f"{base}/health/")
        assert health_status == 503
        assert json.loads(health_body)["checks"]["database"]["status"] == "down"
        for api_url in (f"{base}/api/v2/pages/", f"{base}/api/search/?q=cells&lang=en"):
            api_status, api_body, _ = _get(api_url)
            assert api_status == 503, api_url
            assert set(json.loads(api_body)) == {"message"}

        proxy.start()
        statuses = [_get(f"{base}/en/")[0] for _ in range(2)]
        assert statuses[-1] == 200
    finally:
        server.terminate()
        server.wait(timeout=10)
        proxy.cut()
