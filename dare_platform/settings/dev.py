"""Local development: debug on, a throwaway secret, e-mail printed to the console."""

from .base import *  # noqa: F403
from .base import SECRET_KEY

DEBUG = True  # dev is for local work; DEBUG from the environment applies elsewhere
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-change-me"
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
ALLOWED_HOSTS = ["*"]
