"""Site-wide views that belong to no domain."""

from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache

from dare_platform import health as health_checks
from dare_platform.base_url import absolute_url


@never_cache
def health(request):
    """Machine-readable status for load balancers and operators (see dare_platform.health)."""
    report = health_checks.report()
    return JsonResponse(report, status=503 if report["status"] == health_checks.DOWN else 200)


def robots_txt(request):
    """Crawlers may read everything public; the editor and the fallback pages stay out."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /nl/niet-vertaald/",
        "Disallow: /en/untranslated/",
        f"Sitemap: {absolute_url(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
