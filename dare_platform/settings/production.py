"""Production: secrets required, HTTPS everywhere, static files hashed and served by WhiteNoise."""

from .base import *  # noqa: F403
from .base import HSTS_SECONDS, HTTPS_REDIRECT, SECRET_KEY, require

DEBUG = False
SECRET_KEY = require("SECRET_KEY", SECRET_KEY)

SECURE_SSL_REDIRECT = HTTPS_REDIRECT
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = HSTS_SECONDS
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
