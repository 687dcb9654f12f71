"""The discussion's e-mails, sent by the task worker: each rendered in the recipient's language
(their profile's), as plain text only — a comment or a display name in an e-mail is shown as
the characters typed and nothing in it can run — with a footer that says why the person gets
it and a one-click unsubscribe link (also in the ``List-Unsubscribe`` headers, RFC 8058).

Each task reads what it needs when it runs, so a reply deleted, an account erased or an
unsubscribe in the meantime is respected.
"""

from __future__ import annotations

import logging
import smtplib
from datetime import datetime

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django_tasks import task

from dare_platform.base_url import absolute_url
from stakeholders.discussion.sanitise import comment_plain_text
from stakeholders.models import Comment, Follow, PhaseNotice
from stakeholders.notifications import selectors
from stakeholders.notifications.tokens import Subscription, make_token

logger = logging.getLogger(__name__)

DIGEST_EXCERPT_CHARS = 600
THREAD_EXCERPT_CHARS = 80


@task()
def send_reply_email(*, comment_id: int) -> bool:
    comment = (
        Comment.objects.select_related("consultation", "author__stakeholder_profile")
        .filter(pk=comment_id)
        .first()
    )
    recipient = selectors.reply_recipient(comment) if comment is not None else None
    if recipient is None:
        return False
    with translation.override(_language(recipient)):
        page = comment.consultation.localized
        name, role = _author(comment)
        context = {
            "replier": name,
            "replier_role": role,
            "consultation_title": page.title,
            "text": comment_plain_text(comment.html),
            "comment_url": _comment_url(comment),
        }
        message = _message(recipient, "reply", context, what=Subscription.REPLIES)
    return _send(message, f"reply {comment_id}")


@task()
def send_phase_notice(*, notice_id: int) -> int:
    """E-mail every follower of the consultation; return how many were sent."""
    notice = PhaseNotice.objects.select_related("consultation").filter(pk=notice_id).first()
    if notice is None:
        return 0
    sent = 0
    for follow in selectors.followers(notice.consultation_id):
        with translation.override(_language(follow.user)):
            page = notice.consultation.localized
            context = {
                "phase": notice.phase,
                "consultation_title": page.title,
                "consultation_url": page.get_full_url(),
                "closes_at": page.closes_at,
                "frequency": follow.frequency,
            }
            message = _message(
                follow.user,
                "phase",
                context,
                what=Subscription.FOLLOW,
                consultation_id=notice.consultation_id,
            )
        sent += _send(message, f"phase notice {notice_id}")
    return sent


@task()
def send_digest_email(*, follow_id: int, since: str, until: str) -> bool:
    follow = (
        Follow.objects.select_related("consultation", "user__stakeholder_profile")
        .filter(pk=follow_id, user__is_active=True)
        .first()
    )
    if follow is None:
        return False
    comments = list(
        selectors.digest_comments(
            consultation_id=follow.consultation_id,
            reader_id=follow.user_id,
            since=datetime.fromisoformat(since),
            until=datetime.fromisoformat(until),
        )
    )
    if not comments:
        return False
    with translation.override(_language(follow.user)):
        page = follow.consultation.localized
        context = {
            "consultation_title": page.title,
            "consultation_url": page.get_full_url(),
            "count": len(comments),
            "threads": _threads(comments),
        }
        message = _message(
            follow.user,
            "digest",
            context,
            what=Subscription.FOLLOW,
            consultation_id=follow.consultation_id,
        )
    return _send(message, f"digest for follow {follow_id}")


# ---- Building the messages -------------------------------------------------------------------
def _language(user) -> str:
    profile = getattr(user, "stakeholder_profile", None)
    return profile.preferred_language if profile is not None else settings.LANGUAGE_CODE


def _author(comment: Comment) -> tuple[str, str]:
    """The name and role readers see beside a comment (never an e-mail address)."""
    if comment.author is None:
        return _("Deleted participant"), ""
    profile = getattr(comment.author, "stakeholder_profile", None)
    if profile is None:
        return comment.author.get_username(), ""
    return profile.display_name, str(profile.get_role_display())


def _comment_url(comment: Comment) -> str:
    return comment.consultation.comment_link(comment.pk)


def _threads(comments: list[Comment]) -> list[dict]:
    """New comments grouped by the thread they belong to, threads in the order of their first
    new comment; a thread started before the digest's period is named by its first comment."""
    threads: dict[int, dict] = {}
    for comment in comments:
        root = comment.thread or comment
        thread = threads.get(root.pk)
        if thread is None:
            thread = threads[root.pk] = {"comments": [], "started_before": root is not comment}
            if thread["started_before"]:
                thread["root_author"] = _author(root)[0]
                thread["root_excerpt"] = (
                    Truncator(comment_plain_text(root.html)).chars(THREAD_EXCERPT_CHARS)
                    if root.is_visible
                    else ""
                )
        name, role = _author(comment)
        thread["comments"].append(
            {
                "author": name,
                "role": role,
                "created_at": comment.created_at,
                "text": Truncator(comment_plain_text(comment.html)).chars(DIGEST_EXCERPT_CHARS),
                "url": _comment_url(comment),
            }
        )
    return list(threads.values())


def _message(
    recipient,
    kind: str,
    context: dict,
    *,
    what: Subscription,
    consultation_id: int | None = None,
) -> EmailMessage:
    """The ``stakeholders/email/<kind>_subject.txt`` and ``_body.txt`` templates, rendered in
    the active language, with the unsubscribe link in the footer and the headers."""
    token = make_token(user_id=recipient.pk, what=what, consultation_id=consultation_id)
    unsubscribe_url = absolute_url(reverse("notifications:unsubscribe", args=[token]))
    context = {
        **context,
        "unsubscribe_url": unsubscribe_url,
        "unsubscribe_all_url": absolute_url(
            reverse(
                "notifications:unsubscribe",
                args=[make_token(user_id=recipient.pk, what=Subscription.ALL)],
            )
        ),
        "profile_url": absolute_url(reverse("participant:profile")),
    }
    subject = render_to_string(f"stakeholders/email/{kind}_subject.txt", context)
    body = render_to_string(f"stakeholders/email/{kind}_body.txt", context)
    return EmailMessage(
        " ".join(subject.split()),
        body,
        to=[recipient.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def _send(message: EmailMessage, what: str) -> bool:
    """Send, or log why not (without the address); one failure does not stop the others."""
    try:
        message.send()
    except (smtplib.SMTPException, OSError):
        logger.exception("The e-mail (%s) could not be sent; check the EMAIL_* settings.", what)
        return False
    return True
