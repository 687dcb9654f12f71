"""Who must have a second factor: anyone who can open an admin (Wagtail's ``access_admin``
permission, from any group: editors, reviewers, moderators, the committee; Django's staff;
superusers). Participants may add one; nobody else is asked."""

from allauth.mfa.models import Authenticator
from django.conf import settings


def must_have_second_factor(user) -> bool:
    return settings.MFA_REQUIRED_FOR_STAFF and (
        user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin")
    )


def lacks_required_second_factor(user) -> bool:
    return (
        user.is_authenticated
        and must_have_second_factor(user)
        and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    )
