"""The checks behind /health/, which apps fill in: ``register(name, check)``, where a check
returns ``{"status": "ok" | "degraded" | "down", ...details}``.

"down" means this process cannot serve pages (the database); /health/ then answers 503 so a
load balancer stops sending it traffic. "degraded" means pages are served but something is
missing or slow (cache skipped, search index empty): /health/ answers 200 with the status in
the body, for monitoring to alert on, because taking every process out of rotation for a
lost cache would turn a slowdown into an outage. The platform's own checks (database, cache)
are registered here; apps register theirs in ``AppConfig.ready`` (search: search/health.py).
"""

import logging
import uuid
from collections.abc import Callable

from django.core.cache import cache
from django.db import DatabaseError, connection

from dare_platform.cache import cache_status

logger = logging.getLogger(__name__)

OK, DEGRADED, DOWN = "ok", "degraded", "down"
SEVERITY = {OK: 0, DEGRADED: 1, DOWN: 2}

Check = Callable[[], dict]
_checks: dict[str, Check] = {}


def register(name: str, check: Check) -> None:
    """Add a check, or replace the one registered under the same name."""
    _checks[name] = check


def report() -> dict:
    """Every check's result and the worst status among them."""
    results = {name: _run(name, check) for name, check in _checks.items()}
    worst = max((result["status"] for result in results.values()), key=SEVERITY.get, default=OK)
    return {"status": worst, "checks": results}


def _run(name: str, check: Check) -> dict:
    try:
        result = check()
    except Exception as error:  # a probe reports every failure instead of raising
        logger.warning("health check %s failed", name, exc_info=True)
        return {"status": DEGRADED, "detail": f"check failed ({error.__class__.__name__})"}
    if result.get("status") not in SEVERITY:
        raise ValueError(f"health check {name} answered {result!r}")
    return result


def check_database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError as error:
        return {"status": DOWN, "detail": f"unavailable ({error.__class__.__name__})"}
    return {"status": OK}


def check_cache() -> dict:
    """A write and a read of a fresh value; a Redis skipped after failures is not probed."""
    skipped = cache_status()
    if skipped["status"] != OK:
        return skipped
    probe = uuid.uuid4().hex
    cache.set("health:probe", probe, 5)
    if cache.get("health:probe") != probe:
        return {"status": DEGRADED, "detail": "no answer"}
    return {"status": OK}


register("database", check_database)
register("cache", check_cache)
