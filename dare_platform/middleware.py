"""Security headers that Django's SecurityMiddleware does not set (CSP, permissions policy),
the branded 503 for a lost database, and JSON errors for the JSON APIs."""

import logging

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.middleware import locale
from django.template import loader
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

PUBLIC_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

# Wagtail's editor still ships a handful of inline <script> blocks (date pickers, inline
# panels), so the staff-only admin gets inline scripts; the public site never does.
ADMIN_CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'self'",
    ]
)
ADMIN_PREFIXES = ("/admin/", "/django-admin/")
API_PREFIXES = ("/api/",)
KEPT_ERROR_HEADERS = ("Allow", "Retry-After")


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        is_admin = request.path.startswith(ADMIN_PREFIXES)
        response.setdefault("Content-Security-Policy", ADMIN_CSP if is_admin else PUBLIC_CSP)
        response.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        response.setdefault("Referrer-Policy", settings.SECURE_REFERRER_POLICY)
        return response


class DatabaseUnavailableMiddleware:
    """A lost database answers with a branded, bilingual 503 instead of a 500 traceback page;
    Django reconnects by itself on the next request once the database is back."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error("database unavailable: %s", exception)
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = "30"
        return response


class ApiErrorsAsJsonMiddleware:
    """An error from a JSON API is JSON, ``{"message": ...}`` as Wagtail's API answers, with
    its status: also the errors that Django or our middleware answer with an HTML page (an
    unknown API path, a wrong method, the 503 of a lost database, a server error)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            not request.path.startswith(API_PREFIXES)
            or response.status_code < 400
            or response.get("Content-Type", "").startswith("application/json")
        ):
            return response
        json_response = JsonResponse(
            {"message": self._message(response)}, status=response.status_code
        )
        for header in KEPT_ERROR_HEADERS:
            if header in response:
                json_response[header] = response[header]
        return json_response

    @staticmethod
    def _message(response) -> str:
        messages = {
            404: _("Not found."),
            405: _("This method is not allowed here."),
            503: _("Temporarily unavailable. Please try again in a moment."),
        }
        if response.status_code in messages:
            return messages[response.status_code]
        if response.status_code >= 500:
            return _("Something went wrong on our side.")
        return response.reason_phrase


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's, except that a "not found" from a JSON API stays a 404: Django would redirect
    it to the same path under /nl/, where Wagtail answers with an HTML page."""

    def process_response(self, request, response):
        if response.status_code == 404 and request.path.startswith(API_PREFIXES):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
