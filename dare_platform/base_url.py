"""The one base URL of every absolute URL the site hands out (API, sitemap, feeds, emails,
canonical and hreflang links): ``SITE_BASE_URL``, not the host a request came in on nor the
Wagtail Site record's hostname and port. ``WAGTAILADMIN_BASE_URL`` (Wagtail's emails) and
``WAGTAILAPI_BASE_URL`` are set from it; page full URLs come from it in ``BasePage``."""

from urllib.parse import urljoin

from django.conf import settings


def site_root_url() -> str:
    """``http://127.0.0.1:8000``: the base URL without a trailing slash, as Wagtail's
    ``Site.root_url`` is written."""
    return settings.SITE_BASE_URL.rstrip("/")


def absolute_url(path: str) -> str:
    """``/nl/protocollen/`` at the base URL; an already absolute URL is returned unchanged."""
    return urljoin(site_root_url() + "/", path)
