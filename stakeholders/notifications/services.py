"""E-mails to participants about a consultation's discussion: replies to their comments, a
followed consultation's new phase or outcome, and the daily digest of new comments; and the
one-click unsubscribe.

Nothing is sent from here: each function records what it must (a ``PhaseNotice``, the digest's
``digest_sent_at``) and queues a task (``tasks.py``) once the transaction commits, so a slow or
absent mail server never holds up a request or the periodic command, and a rolled-back change
sends nothing. The tasks carry ids only, so the queue holds no names or addresses.
"""

from __future__ import annotations

from datetime import datetime

from django.db import IntegrityError, transaction

from stakeholders.models import Comment, ConsultationPage, Follow, PhaseNotice, Profile
from stakeholders.notifications import selectors, tasks
from stakeholders.notifications.tokens import Subscription


def notify_reply(comment: Comment) -> None:
    """Tell the author of the comment answered by ``comment`` (a reply) about it. Called once
    the reply is committed; the task checks again when it runs."""
    if selectors.reply_recipient(comment) is not None:
        tasks.send_reply_email.enqueue(comment_id=comment.pk)


def announce_phase(*, consultation: ConsultationPage, phase: str) -> PhaseNotice | None:
    """Record that ``consultation`` reached ``phase`` and e-mail its followers of it; None when
    it was already announced (another run got there first)."""
    try:
        with transaction.atomic():
            notice = PhaseNotice.objects.create(consultation=consultation, phase=phase)
    except IntegrityError:
        return None
    transaction.on_commit(lambda: tasks.send_phase_notice.enqueue(notice_id=notice.pk))
    return notice


def send_digest(*, follow: Follow, now: datetime) -> int:
    """Queue the digest of comments since the follower's last one (or since they followed) and
    return how many it holds; nothing is sent when there is nothing new. The follow is marked
    as sent up to ``now`` either way, and only if no other run marked it meanwhile."""
    since = follow.digest_sent_at or follow.created_at
    marked = Follow.objects.filter(pk=follow.pk, digest_sent_at=follow.digest_sent_at).update(
        digest_sent_at=now
    )
    if not marked:
        return 0
    count = selectors.digest_comments(
        consultation_id=follow.consultation_id, reader_id=follow.user_id, since=since, until=now
    ).count()
    if count:
        transaction.on_commit(
            lambda: tasks.send_digest_email.enqueue(
                follow_id=follow.pk, since=since.isoformat(), until=now.isoformat()
            )
        )
    return count


@transaction.atomic
def unsubscribe(*, user_id: int, what: Subscription, consultation_id: int | None = None) -> None:
    """What a one-click unsubscribe link asks: no more reply e-mails, no longer follow one
    consultation, or both for every consultation. Doing it twice changes nothing."""
    if what in (Subscription.REPLIES, Subscription.ALL):
        Profile.objects.filter(user_id=user_id).update(reply_emails=False)
    if what == Subscription.ALL:
        Follow.objects.filter(user_id=user_id).delete()
    elif what == Subscription.FOLLOW:
        Follow.objects.filter(user_id=user_id, consultation_id=consultation_id).delete()
