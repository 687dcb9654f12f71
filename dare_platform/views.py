"""Site-wide views that belong to no domain."""

import logging

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


def _check_database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return "ok"


def _check_cache() -> str:
    cache.set("health:probe", "1", 5)
    return "ok" if cache.get("health:probe") == "1" else "unavailable"


def _check_search() -> str:
    from search.service import engine_status

    return engine_status()


HEALTH_CHECKS = {"database": _check_database, "cache": _check_cache, "search": _check_search}


@never_cache
def health(request):
    """Machine-readable status for load balancers and operators."""
    checks = {}
    for name, check in HEALTH_CHECKS.items():
        try:
            checks[name] = check()
        except Exception as error:  # a probe reports every failure instead of raising
            logger.warning("health check %s failed: %s", name, error)
            checks[name] = "unavailable"
    healthy = checks["database"] == "ok"
    return JsonResponse(
        {"status": "ok" if healthy else "degraded", "checks": checks},
        status=200 if healthy else 503,
    )


def robots_txt(request):
    """Crawlers may read everything public; the editor and the fallback pages stay out."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /nl/niet-vertaald/",
        "Disallow: /en/untranslated/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
