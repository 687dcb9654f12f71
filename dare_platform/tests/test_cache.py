"""The Redis cache fails fast (dare_platform.cache): a Redis that accepts connections and
never answers costs a page a bounded number of short timeouts, then is skipped."""

import contextlib
import socket
import threading

import pytest
import redis
from django.core.cache import caches

from dare_platform.cache import FAILURES_BEFORE_SKIPPING, breaker

REDIS_OPTIONS = {
    "REDIS_CLIENT_CLASS": "dare_platform.cache.FailFastRedis",
    "SOCKET_CONNECT_TIMEOUT": 0.2,
    "SOCKET_TIMEOUT": 0.2,
    "IGNORE_EXCEPTIONS": True,
}


def redis_cache(url: str) -> dict:
    return {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": url,
            "OPTIONS": REDIS_OPTIONS,
        }
    }


class HungServer:
    """Accepts TCP connections on a free local port and never answers; counts them."""

    def __init__(self):
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.accepted: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                connection, _address = self.listener.accept()
            except OSError:
                return
            self.accepted.append(connection)

    def close(self):
        with contextlib.suppress(OSError):
            self.listener.shutdown(socket.SHUT_RDWR)
        self.listener.close()
        for connection in self.accepted:
            connection.close()


@pytest.fixture(autouse=True)
def closed_breaker():
    breaker.reset()
    yield
    breaker.reset()


@pytest.fixture
def hung_redis(settings):
    server = HungServer()
    settings.CACHES = redis_cache(f"redis://127.0.0.1:{server.port}/0")
    settings.PAGE_CACHE_SECONDS = 300
    yield server
    caches["default"].close()
    server.close()


def test_a_hung_cache_is_tried_a_bounded_number_of_times_then_skipped(client, site, hung_redis):
    response = client.get("/en/")
    assert response.status_code == 200
    assert "DARE-NL" in response.text
    assert breaker.opened
    assert len(hung_redis.accepted) == FAILURES_BEFORE_SKIPPING  # one connection per attempt

    assert client.get("/en/protocols/").status_code == 200
    assert len(hung_redis.accepted) == FAILURES_BEFORE_SKIPPING  # skipped: not even a connect


def test_health_names_a_hung_cache_as_degraded(client, db, hung_redis):
    response = client.get("/health/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["cache"]["status"] == "degraded"
    assert body["checks"]["database"] == {"status": "ok"}


def test_the_cache_is_tried_again_after_the_pause(db, hung_redis, monkeypatch):
    cache = caches["default"]
    for _ in range(FAILURES_BEFORE_SKIPPING):
        cache.get("anything")
    assert breaker.opened
    monkeypatch.setattr(breaker, "_opened", breaker._opened - breaker._recovery_timeout)
    assert breaker.state == "half_open"
    cache.get("anything")
    assert len(hung_redis.accepted) == FAILURES_BEFORE_SKIPPING + 1
    assert breaker.opened  # one more failure skips it again


def _local_redis_answers() -> bool:
    try:
        return redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=0.5).ping()
    except redis.RedisError:
        return False


@pytest.mark.skipif(not _local_redis_answers(), reason="no Redis answers at 127.0.0.1:6379")
def test_a_real_redis_is_used_through_the_breaker(client, site, settings):
    settings.CACHES = redis_cache("redis://127.0.0.1:6379/15")
    settings.PAGE_CACHE_SECONDS = 300
    cache = caches["default"]
    try:
        cache.clear()
        cache.set("probe", "value", 5)
        assert cache.get("probe") == "value"
        client.get("/en/")
        assert client.get("/en/")["X-Page-Cache"] == "hit"
        assert client.get("/health/").json()["checks"]["cache"] == {"status": "ok"}
        assert breaker.closed
    finally:
        cache.clear()
        cache.close()
