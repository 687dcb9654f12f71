"""Account e-mails (confirmation, password reset, security notices), sent by the task worker
in the recipient's language: their profile's, else the language they used when it was asked."""

import logging
import smtplib
from types import SimpleNamespace
from urllib.parse import urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import translation
from django_tasks import task

logger = logging.getLogger(__name__)


def _site() -> SimpleNamespace:
    """What allauth's templates read of ``current_site``, without a request."""
    return SimpleNamespace(
        name=settings.WAGTAIL_SITE_NAME, domain=urlsplit(settings.SITE_BASE_URL).netloc
    )


@task()
def send_account_email(
    *,
    template_prefix: str,
    email: str,
    context: dict,
    user_id: int | None,
    fallback_language: str,
) -> None:
    user = (
        get_user_model().objects.select_related("stakeholder_profile").filter(pk=user_id).first()
        if user_id is not None
        else None
    )
    profile = getattr(user, "stakeholder_profile", None)
    language = profile.preferred_language if profile is not None else fallback_language
    with translation.override(language):
        message = DefaultAccountAdapter().render_mail(
            template_prefix,
            email,
            {**context, "user": user, "email": email, "current_site": _site()},
        )
    try:
        message.send()
    except (smtplib.SMTPException, OSError):
        logger.exception(
            "Could not send the e-mail %s; check the EMAIL_* settings.", template_prefix
        )
