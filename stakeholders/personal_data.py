"""The registry of personal data, for the GDPR's rights of access and erasure.

Each part of the platform that stores something about a participant (their profile, comments,
endorsements, follows, reports) registers one ``PersonalData`` with an exporter and an eraser:

    personal_data.register(PersonalData(
        key="comments",
        export=lambda user: [{"text": c.text, "posted": c.created_at.isoformat()} for c in …],
        erase=lambda user, keep_contributions: …,
    ))

"Download my data" is ``export(user)``: one JSON object with a key per part. "Delete my account"
calls every eraser with the person's choice: ``keep_contributions=True`` keeps what they wrote,
shown as by "deleted participant" (the eraser removes the link to the person and any name in
the text it stores), ``False`` removes it. Erasers run in one transaction, before the user row
is deleted, so a failing eraser leaves the account as it was.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import TextField
from django.db.models.functions import Cast


@dataclass(frozen=True)
class PersonalData:
    key: str
    export: Callable[[Any], Any]
    erase: Callable[..., None]


REGISTRY: dict[str, PersonalData] = {}


def register(part: PersonalData) -> None:
    REGISTRY[part.key] = part


def export(user) -> dict[str, Any]:
    return {key: part.export(user) for key, part in REGISTRY.items()}


def erase(user, *, keep_contributions: bool) -> None:
    for part in REGISTRY.values():
        part.erase(user, keep_contributions=keep_contributions)


# ---- The accounts' own parts ------------------------------------------------------------------
def _export_account(user) -> dict[str, Any]:
    from allauth.account.models import EmailAddress

    profile = getattr(user, "stakeholder_profile", None)
    return {
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("email")
        ],
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "profile": None
        if profile is None
        else {
            "display_name": profile.display_name,
            "role": profile.role,
            "organisation": profile.organisation,
            "preferred_language": profile.preferred_language,
            "reply_emails": profile.reply_emails,
            "consented_at": profile.consented_at.isoformat(),
        },
    }


def _erase_account(user, *, keep_contributions: bool) -> None:
    """The profile, addresses and authenticators go with the user row; what the queue keeps of
    sent e-mails (addresses, confirmation links) is deleted here."""
    from allauth.account.models import EmailAddress
    from django_tasks_db.models import DBTaskResult

    addresses = {
        user.email,
        *EmailAddress.objects.filter(user=user).values_list("email", flat=True),
    }
    for address in filter(None, addresses):
        DBTaskResult.objects.annotate(text=Cast("args_kwargs", TextField())).filter(
            text__icontains=address
        ).delete()


register(PersonalData(key="account", export=_export_account, erase=_erase_account))
