"""Writes to participants' accounts: creating a profile at sign-up, erasing an account."""

from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from stakeholders import personal_data
from stakeholders.models import Profile

User = get_user_model()


def create_profile(*, user, display_name, role, organisation, preferred_language, consented_at):
    return Profile.objects.create(
        user=user,
        display_name=display_name,
        role=role,
        organisation=organisation,
        preferred_language=preferred_language,
        consented_at=consented_at,
    )


@transaction.atomic
def erase_account(*, user, keep_contributions: bool) -> None:
    """Erase everything that names the person: each registered part (comments, follows, …)
    first, with the person's choice, then their sessions and the user row itself (profile,
    e-mail addresses and authenticators go with it)."""
    personal_data.erase(user, keep_contributions=keep_contributions)
    end_sessions(user)
    user.delete()


def end_sessions(user) -> None:
    """Log the person out everywhere. Django keeps no index from user to session, so this
    decodes the live sessions: fine for a platform with thousands of sessions, not millions."""
    user_id = str(user.pk)
    stale = [
        session.pk
        for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if session.get_decoded().get("_auth_user_id") == user_id
    ]
    Session.objects.filter(pk__in=stale).delete()
