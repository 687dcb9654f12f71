"""The signed token of a one-click unsubscribe link: who it is for and what it stops.

The link needs no login (a participant reading mail on their phone is rarely logged in), so the
token itself is the proof: signed with the site's secret key and a salt of its own, it cannot be
made up or altered, and it names one person and one kind of e-mail. It does not expire: an
"unsubscribe" link in an old e-mail must still work.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from django.core import signing

SALT = "stakeholders.notifications.unsubscribe"


class Subscription(StrEnum):
    REPLIES = "replies"  # e-mails about replies to one's comments
    FOLLOW = "follow"  # one followed consultation: its phases, outcome and digest
    ALL = "all"  # every discussion e-mail


class InvalidToken(Exception):
    """A token that was altered, truncated or never made here."""


@dataclass(frozen=True)
class Unsubscribe:
    user_id: int
    what: Subscription
    consultation_id: int | None = None


def make_token(*, user_id: int, what: Subscription, consultation_id: int | None = None) -> str:
    payload = {"u": user_id, "w": str(what)}
    if what == Subscription.FOLLOW:
        payload["c"] = consultation_id
    return signing.dumps(payload, salt=SALT, compress=True)


def read_token(token: str) -> Unsubscribe:
    try:
        payload = signing.loads(token, salt=SALT)
        what = Subscription(payload["w"])
        user_id = int(payload["u"])
        consultation_id = int(payload["c"]) if what == Subscription.FOLLOW else None
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise InvalidToken from error
    return Unsubscribe(user_id=user_id, what=what, consultation_id=consultation_id)
