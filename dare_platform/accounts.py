"""One login for everybody: the Wagtail admin (and Django's) sign in through django-allauth.

allauth's login counts failed attempts (``ACCOUNT_RATE_LIMITS``'s ``login_failed``: 10 a minute
per address, 5 in 5 minutes per account) and will ask for the second factor once MFA is on.
Wagtail's and Django's own login forms have neither, so their URLs only send the visitor on to
allauth's, with ``next`` kept; ``WAGTAILADMIN_LOGIN_URL`` and ``LOGIN_URL`` point there directly.

Mail that cannot be sent (no mail server configured, the server down) must not turn a sign-up or
a password reset into a server error after the account was already created: the adapter logs
the failure and the visitor sees the usual "we have sent you an e-mail" page.
"""

import logging
import smtplib
from urllib.parse import urlencode

from allauth.account.adapter import DefaultAccountAdapter
from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse

logger = logging.getLogger(__name__)


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        try:
            super().send_mail(template_prefix, email, context)
        except (smtplib.SMTPException, OSError):
            logger.exception(
                "Could not send the e-mail %s; check the EMAIL_* settings.", template_prefix
            )


def admin_login(request: HttpRequest) -> HttpResponseRedirect:
    """Wagtail's and Django's admin login URLs: on to allauth's login, ``next`` kept (allauth
    refuses a ``next`` on another host)."""
    next_url = request.GET.get("next") or reverse("wagtailadmin_home")
    return HttpResponseRedirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")
