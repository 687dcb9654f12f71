"""One login for everybody: the Wagtail admin (and Django's) sign in through django-allauth.

allauth's login counts failed attempts (``ACCOUNT_RATE_LIMITS``'s ``login_failed``: 10 a minute
per address, 5 in 5 minutes per account) and asks for the second factor (allauth.mfa; staff
must have one, see stakeholders.accounts.mfa). Wagtail's and Django's own login forms have
neither, so their URLs only send the visitor on to allauth's, with ``next`` kept;
``WAGTAILADMIN_LOGIN_URL`` and ``LOGIN_URL`` point there directly. How accounts send mail and
what a participant's profile holds is the stakeholders app's (``ACCOUNT_ADAPTER``).
"""

from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponseRedirect
from django.urls import reverse


def admin_login(request: HttpRequest) -> HttpResponseRedirect:
    """Wagtail's and Django's admin login URLs: on to allauth's login, ``next`` kept (allauth
    refuses a ``next`` on another host)."""
    next_url = request.GET.get("next") or reverse("wagtailadmin_home")
    return HttpResponseRedirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")
