"""The discussion's parts of "download my data" and "delete my account" (the registry and its
contract: ``stakeholders/personal_data.py``). Registered when the app is ready (apps.py).

Erasure keeps the discussion readable for others: a comment the person chose to keep stays,
shown as by "deleted participant"; one they chose to remove goes by the same rule as deleting
one's own comment (a placeholder where others replied). Either way the person's display name
and e-mail addresses are replaced by "[deleted participant]" wherever the discussion stores
text — their own comments, others' comments that mention them, report reasons, the
moderation log and others' suspensions — and their endorsements, follows and suspension are deleted.
"""

from __future__ import annotations

import re
from typing import Any

from allauth.account.models import EmailAddress
from django.db.models import Q

from stakeholders import personal_data
from stakeholders.discussion import services
from stakeholders.discussion.sanitise import comment_html
from stakeholders.models import (
    Comment,
    Endorsement,
    Follow,
    ModerationLogEntry,
    Report,
    Suspension,
)

REPLACEMENT = "[deleted participant]"


def _when(moment) -> str | None:
    return moment.isoformat() if moment else None


# ---- Export ---------------------------------------------------------------------------------
def export_comments(user) -> list[dict[str, Any]]:
    comments = (
        Comment.objects.filter(author=user)
        .select_related("consultation", "version")
        .order_by("created_at", "pk")
    )
    return [
        {
            "id": comment.pk,
            "consultation": comment.consultation.title,
            "url": comment.consultation.comment_link(comment.pk),
            "in_reply_to": comment.parent_id,
            "sop_version": str(comment.version) if comment.version else None,
            "anchor": comment.anchor,
            "text": comment.text,
            "stance": comment.stance,
            "state": comment.state,
            "posted": _when(comment.created_at),
            "edited": _when(comment.edited_at),
        }
        for comment in comments
    ]


def export_endorsements(user) -> list[dict[str, Any]]:
    endorsements = (
        Endorsement.objects.filter(user=user)
        .select_related("comment__consultation")
        .order_by("created_at", "pk")
    )
    return [
        {
            "comment": endorsement.comment_id,
            "consultation": endorsement.comment.consultation.title,
            "endorsed": _when(endorsement.created_at),
        }
        for endorsement in endorsements
    ]


def export_follows(user) -> list[dict[str, Any]]:
    follows = Follow.objects.filter(user=user).select_related("consultation").order_by("pk")
    return [
        {
            "consultation": follow.consultation.title,
            "url": follow.consultation.get_full_url(),
            "frequency": follow.frequency,
            "since": _when(follow.created_at),
            "last_digest": _when(follow.digest_sent_at),
        }
        for follow in follows
    ]


def export_reports(user) -> list[dict[str, Any]]:
    reports = (
        Report.objects.filter(reporter=user)
        .select_related("comment__consultation")
        .order_by("created_at", "pk")
    )
    return [
        {
            "comment": report.comment_id,
            "consultation": report.comment.consultation.title,
            "reason": report.reason,
            "reported": _when(report.created_at),
            "reviewed": _when(report.resolved_at),
        }
        for report in reports
    ]


def export_suspension(user) -> dict[str, Any] | None:
    suspension = Suspension.objects.filter(user=user).first()
    if suspension is None:
        return None
    return {"reason": suspension.reason, "since": _when(suspension.created_at)}


# ---- Erasure --------------------------------------------------------------------------------
def _names_of(user) -> list[str]:
    """What names the person in text: display name, e-mail addresses and their local parts,
    longest first so an address is replaced before the name inside it."""
    profile = getattr(user, "stakeholder_profile", None)
    addresses = {
        user.email,
        *EmailAddress.objects.filter(user=user).values_list("email", flat=True),
    }
    names = {profile.display_name if profile is not None else ""}
    for address in filter(None, addresses):
        names |= {address, address.split("@")[0]}
    return sorted((name for name in names if name.strip()), key=len, reverse=True)


def _scrubber(names: list[str]):
    """Replaces each name where it stands as a word of its own, in any letter case."""
    pattern = re.compile(
        "|".join(rf"(?<!\w){re.escape(name)}(?!\w)" for name in names), re.IGNORECASE
    )
    return lambda text: pattern.sub(REPLACEMENT, text)


def _mentioning(names: list[str], field: str) -> Q:
    condition = Q()
    for name in names:
        condition |= Q(**{f"{field}__icontains": name})
    return condition


def _scrub_texts(user) -> None:
    names = _names_of(user)
    if not names:
        return
    scrub = _scrubber(names)
    for comment in Comment.objects.filter(_mentioning(names, "text")).only("text"):
        text = scrub(comment.text)
        if text != comment.text:
            Comment.objects.filter(pk=comment.pk).update(text=text, html=comment_html(text))
    for model in (Report, ModerationLogEntry, Suspension):
        for row in model.objects.filter(_mentioning(names, "reason")).only("reason"):
            model.objects.filter(pk=row.pk).update(reason=scrub(row.reason))


def erase_comments(user, *, keep_contributions: bool) -> None:
    if keep_contributions:
        Comment.objects.filter(author=user).update(author=None)
    else:
        # Replies before what they answer, so a thread of one's own goes entirely.
        for comment in Comment.objects.filter(author=user).order_by("-depth", "-pk"):
            services.delete_own_comment(comment=comment, user=user)
        Comment.objects.filter(author=user).update(author=None)  # the placeholders
    _scrub_texts(user)
    ModerationLogEntry.objects.filter(participant=user).update(participant=None)


def erase_endorsements(user, *, keep_contributions: bool) -> None:
    for endorsement in Endorsement.objects.filter(user=user).select_related("comment"):
        services.withdraw_endorsement(comment=endorsement.comment, user=user)


def erase_follows(user, *, keep_contributions: bool) -> None:
    Follow.objects.filter(user=user).delete()


def erase_reports(user, *, keep_contributions: bool) -> None:
    """Reports stay for the moderators (the reason was scrubbed with the comments), no longer
    linked to who made them."""
    Report.objects.filter(reporter=user).update(reporter=None)


def erase_suspension(user, *, keep_contributions: bool) -> None:
    Suspension.objects.filter(user=user).delete()


PARTS = [
    personal_data.PersonalData(key="comments", export=export_comments, erase=erase_comments),
    personal_data.PersonalData(
        key="endorsements", export=export_endorsements, erase=erase_endorsements
    ),
    personal_data.PersonalData(key="follows", export=export_follows, erase=erase_follows),
    personal_data.PersonalData(key="reports", export=export_reports, erase=erase_reports),
    personal_data.PersonalData(key="suspension", export=export_suspension, erase=erase_suspension),
]
for part in PARTS:
    personal_data.register(part)
