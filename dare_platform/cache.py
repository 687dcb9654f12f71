"""A Redis cache that fails fast: a Redis that stops answering costs a page a few short
timeouts, not one timeout per cache call (about twenty per page).

django-redis turns a failed call into a cache miss (``IGNORE_EXCEPTIONS``) but tries Redis
again on the next call. So every Redis command goes through one circuit breaker per process:
after ``FAILURES_BEFORE_SKIPPING`` consecutive connection failures or timeouts the cache is
skipped (every call is an immediate miss) for ``SKIP_SECONDS``; then the next call tries
Redis again, and one more failure skips it for another period. /health/ reports the cache
as degraded meanwhile. Settings: ``REDIS_CLIENT_CLASS`` in ``CACHES`` (settings/base.py).
"""

import logging

import redis
from circuitbreaker import CircuitBreaker

logger = logging.getLogger(__name__)

FAILURES_BEFORE_SKIPPING = 2
SKIP_SECONDS = 30


class CacheSkipped(redis.ConnectionError):
    """Raised instead of calling Redis while the breaker is open; a connection error, so
    django-redis answers it with a miss like any other outage."""


def _skip(*_args, **_kwargs):
    logger.debug("cache skipped: it failed %s times in a row", FAILURES_BEFORE_SKIPPING)
    raise CacheSkipped(f"the cache failed recently and is skipped for up to {SKIP_SECONDS} s")


breaker = CircuitBreaker(
    failure_threshold=FAILURES_BEFORE_SKIPPING,
    recovery_timeout=SKIP_SECONDS,
    expected_exception=(redis.ConnectionError, redis.TimeoutError),
    name="cache",
    fallback_function=_skip,
)


class FailFastRedis(redis.Redis):
    """redis-py's client with every command (and pipeline) behind the breaker."""

    execute_command = breaker(redis.Redis.execute_command)

    def pipeline(self, transaction=True, shard_hint=None):
        if breaker.opened:
            _skip()
        return super().pipeline(transaction, shard_hint)


def cache_status() -> dict:
    """For /health/: whether Redis is being skipped after failures."""
    if breaker.opened:
        return {
            "status": "degraded",
            "detail": f"skipped after failures, retried in {breaker.open_remaining} s",
        }
    return {"status": "ok"}
