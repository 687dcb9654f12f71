"""Tests: fast hashing, in-memory cache and e-mail; the database comes from DATABASE_URL."""

import atexit
import shutil
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
ALLOWED_HOSTS = ["*"]
MEDIA_ROOT = BASE_DIR / "var" / "test-media"  # noqa: F405
# The admin's own search index is not under test; skipping its updates halves page saves.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False}
}
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# Each test process its own search index, outside the working tree (search tests use their own
# per test: search/tests/conftest.py).
SEARCH_INDEX_DIR = Path(tempfile.mkdtemp(prefix="dare-test-search-index-"))
atexit.register(shutil.rmtree, SEARCH_INDEX_DIR, ignore_errors=True)
PAGE_CACHE_SECONDS = 0  # tests that exercise the page cache switch it on themselves
# Admin tests log editors in directly; the second-factor rule has its own tests, which switch
# it on (stakeholders/tests/test_mfa.py).
MFA_REQUIRED_FOR_STAFF = False
