"""allauth wired to participants: the public name is the profile's display name, mail leaves
through the task queue, and staff without a second factor are sent to set one up.

Mail never goes out from inside the request (a slow or absent mail server must not slow or
break a sign-up): ``send_mail`` queues ``send_account_email`` with what the templates need,
and the task renders the message in the recipient's language (tasks.py).
"""

from datetime import date, datetime

from allauth.account.adapter import DefaultAccountAdapter
from django.contrib.auth import get_user_model
from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import get_language

from stakeholders.accounts.mfa import lacks_required_second_factor
from stakeholders.accounts.tasks import send_account_email


def display_name(user) -> str:
    """What others see of a person (ACCOUNT_USER_DISPLAY): never the e-mail address."""
    profile = getattr(user, "stakeholder_profile", None)
    return profile.display_name if profile is not None else user.get_username()


def _serialisable(context: dict) -> tuple[int | None, dict[str, str | int | bool | None]]:
    """The user's id and the rest of the template context as JSON values; the request and the
    site are put back by the task."""
    user_id, values = None, {}
    for name, value in context.items():
        if name in ("request", "current_site"):
            continue
        if isinstance(value, get_user_model()):
            user_id = value.pk
        elif value is None or isinstance(value, str | int | bool):
            values[name] = value
        elif isinstance(value, datetime | date):
            values[name] = value.isoformat()
        else:  # model instances and the like, as their templates print them
            values[name] = str(value)
    return user_id, values


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        user_id, values = _serialisable(context)
        send_account_email.enqueue(
            template_prefix=template_prefix,
            email=email,
            context=values,
            user_id=user_id,
            fallback_language=get_language(),
        )

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        if lacks_required_second_factor(request.user):
            return reverse("mfa_activate_totp")
        return super().get_login_redirect_url(request)
