"""Staff reach the admins only with a second factor: one who logged in without one is sent to
set it up (settings.MFA_REQUIRED_FOR_STAFF). Only admin paths pay for the check."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from stakeholders.accounts.mfa import lacks_required_second_factor

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
LOGOUTS = ("/admin/logout/", "/django-admin/logout/")  # leaving is always allowed


class StaffSecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            request.path.startswith(ADMIN_PREFIXES)
            and request.path not in LOGOUTS
            and lacks_required_second_factor(request.user)
        ):
            messages.warning(
                request,
                _("Staff need a second factor: set up an authenticator app first."),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)
