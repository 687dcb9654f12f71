"""Settings shared by every environment.

Every knob that differs between machines is read from the environment in the ``ENV`` block
below, once, with a safe default. ``dev``, ``test`` and ``production`` only override.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value in (None, ""):
        return default
    try:
        return int(value)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be an integer, got {value!r}") from error


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# ---- ENV: the one place environment variables are read ------------------------------------
SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
DATABASE_URL = env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
DATABASE_CONNECT_TIMEOUT = env_int("DATABASE_CONNECT_TIMEOUT", 2)
REDIS_URL = env_str("REDIS_URL")
ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL")
SEARCH_ENGINE = env_str("SEARCH_ENGINE")  # "tantivy" | "elasticsearch"; "" = tantivy
SEARCH_INDEX_DIR = Path(env_str("SEARCH_INDEX_DIR", str(BASE_DIR / "var" / "search-index")))
SEARCH_INDEX_PREFIX = env_str("SEARCH_INDEX_PREFIX", "dare")
SEARCH_FACET_THREADS = env_int("SEARCH_FACET_THREADS", 2)  # per search, Tantivy; 1 = no threads
SITE_BASE_URL = env_str("SITE_BASE_URL", "http://127.0.0.1:8000")
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)
LOG_LEVEL = env_str("LOG_LEVEL", "INFO")
HTTPS_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # production only; off behind a TLS proxy
HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)  # production only
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "DARE-NL <noreply@dare-nl.example>")
# Outgoing mail (SMTP); production warns without EMAIL_HOST (dare_platform.checks).
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)  # implicit TLS (port 465)
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", not EMAIL_USE_SSL)  # STARTTLS (port 587)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)  # seconds; a hung server must not hang requests
# Staff (anyone who can open the admin) must set up a second factor; off only for local demos.
MFA_REQUIRED_FOR_STAFF = env_bool("MFA_REQUIRED_FOR_STAFF", True)
# Consultation comments: hold a new account's first comment for a moderator; hide a comment
# automatically once this many participants have reported it (0: never).
COMMENTS_PREMODERATE_FIRST = env_bool("COMMENTS_PREMODERATE_FIRST", False)
COMMENTS_AUTO_HIDE_REPORTS = env_int("COMMENTS_AUTO_HIDE_REPORTS", 3)
# ---------------------------------------------------------------------------------------------

INSTALLED_APPS = [
    "dare_platform",
    "knowledge",
    "harmonisation",
    "stakeholders",
    "search",
    "wagtail.contrib.simple_translation",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.locales",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "dare_platform.middleware.SecurityHeadersMiddleware",
    "dare_platform.middleware.ApiErrorsAsJsonMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "dare_platform.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "stakeholders.accounts.middleware.StaffSecondFactorMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # After every middleware that adds headers, so they add them to cached pages too.
    "dare_platform.page_cache.AnonymousPageCacheMiddleware",
    "dare_platform.middleware.DatabaseUnavailableMiddleware",
]

ROOT_URLCONF = "dare_platform.urls"
WSGI_APPLICATION = "dare_platform.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(DATABASE_URL, conn_max_age=60, conn_health_checks=True)
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = DATABASE_CONNECT_TIMEOUT
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                # A cache outage must never take pages down: misses instead of errors, short
                # timeouts, and Redis skipped for a while after failures (dare_platform.cache).
                "REDIS_CLIENT_CLASS": "dare_platform.cache.FailFastRedis",
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.25,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# ---- Languages: Dutch first, English second; content and UI share one list -----------------
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", "Nederlands"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# ---- Wagtail -------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "DARE-NL"
# No avatars fetched from an outside service: it would learn who uses the admin (and the CSP
# blocks it anyway).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Approval is the authority to publish: nobody holds publish permission outside a workflow.
WAGTAIL_FINISH_WORKFLOW_ACTION = "harmonisation.publishing.publish_approved"
WAGTAILADMIN_BASE_URL = SITE_BASE_URL
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILAPI_BASE_URL = SITE_BASE_URL
WAGTAILAPI_LIMIT_MAX = 100
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# ---- Accounts (django-allauth) -------------------------------------------------------------
# Everybody logs in through allauth, the Wagtail admin too (dare_platform.accounts); its rate
# limits count in the default cache, which must be a real one (check dare.E002). allauth's
# defaults are kept: login_failed 10/m per address and 5 in 5 min per account, login 30/m,
# signup 20/m and reset_password 20/m per address plus 5/m per e-mail address.
# Participants and their profiles: stakeholders.accounts.
ACCOUNT_ADAPTER = "stakeholders.accounts.adapter.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "stakeholders.accounts.forms.ProfileSignupForm"
ACCOUNT_USER_DISPLAY = "stakeholders.accounts.adapter.display_name"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[DARE-NL] "
# Stakeholders sign up and log in with their e-mail; editors may also use their username.
ACCOUNT_LOGIN_METHODS = {"email", "username"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
# After confirming the address the person is logged in and lands on their profile.
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_SIGNUP_REDIRECT_URL = "participant:profile"
ACCOUNT_EMAIL_CONFIRMATION_ANONYMOUS_REDIRECT_URL = "participant:profile"
ACCOUNT_EMAIL_CONFIRMATION_AUTHENTICATED_REDIRECT_URL = "participant:profile"
# Second factor: an authenticator app (TOTP) and recovery codes; required for staff
# (MFA_REQUIRED_FOR_STAFF, stakeholders.accounts.middleware), optional for participants.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "DARE-NL"
MFA_TOTP_TOLERANCE = 1  # a code from the period before or after: phones' clocks drift
LOGIN_REDIRECT_URL = "/"
LOGIN_URL = "account_login"
WAGTAILADMIN_LOGIN_URL = LOGIN_URL
# Password resets go through allauth's rate-limited form, not the admin's own.
WAGTAIL_PASSWORD_RESET_ENABLED = False

# ---- Background tasks (django-tasks) -------------------------------------------------------
# Mail and Wagtail's own background work (reference index, image renditions) are queued in the
# database and run by `manage.py db_worker` (docs/operations.md); tests run them at once.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# ---- Security headers (see dare_platform.middleware) ---------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True

# ---- Search --------------------------------------------------------------------------------
SEARCH_QUERY_MAX_LENGTH = 200

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        # The task worker sets its loggers to INFO whatever they say (db_worker -v 1), so
        # the handler is what keeps one line per finished task out: failures still show.
        "console_problems": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "level": "WARNING",
        },
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        # Per-task chatter from Wagtail's background tasks drowns command output.
        "django_tasks": {"handlers": ["console_problems"], "level": "WARNING", "propagate": False},
        "django_tasks_db": {
            "handlers": ["console_problems"],
            "level": "WARNING",
            "propagate": False,
        },
        "wagtail": {"level": "WARNING"},
    },
}


def require(name: str, value: str) -> str:
    """Fail at start-up, with the variable's name, when a production secret is missing."""
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set.")
    return value


SITE_NAME = _("DARE-NL knowledge platform")
