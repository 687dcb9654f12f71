"""Reads for the discussion's e-mails: who gets a reply e-mail, which consultations reached a
phase their followers have not heard of, whose daily digest is due and what it holds."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from django.db.models import Q, QuerySet
from django.utils import timezone

from stakeholders.models import (
    Comment,
    CommentState,
    ConsultationPage,
    ConsultationPhase,
    Follow,
    FollowFrequency,
    PhaseNotice,
    Profile,
)

# Followers hear of these phases; "announced" is where a consultation starts, nothing to tell.
NOTICE_PHASES = (
    ConsultationPhase.OPEN,
    ConsultationPhase.CLOSED,
    ConsultationPhase.OUTCOME_PUBLISHED,
)
# The daily digest goes out with the first run of the command after this hour (Amsterdam
# time), so it arrives at the same time each morning whatever the cron interval.
DIGEST_HOUR = 7


def reply_recipient(comment: Comment):
    """The author of the comment ``comment`` answers, if they want to hear of it: their
    account still exists and is active, their profile has reply e-mails on, and they are not
    answering themselves."""
    if not comment.parent_id or comment.state != CommentState.PUBLISHED:
        return None
    parent = Comment.objects.select_related("author").filter(pk=comment.parent_id).first()
    author = parent.author if parent is not None else None
    if author is None or author.pk == comment.author_id or not author.is_active:
        return None
    if not author.email or not Profile.objects.filter(user=author, reply_emails=True).exists():
        return None
    return author


def phases_to_announce(*, now: datetime) -> list[tuple[ConsultationPage, str]]:
    """Live consultations whose current phase has no ``PhaseNotice`` yet, oldest first."""
    pages = list(ConsultationPage.objects.live().filter(opens_at__lte=now).order_by("pk"))
    noticed = set(
        PhaseNotice.objects.filter(consultation__in=pages).values_list("consultation_id", "phase")
    )
    due = []
    for page in pages:
        phase = page.phase_at(now)
        if phase in NOTICE_PHASES and (page.pk, str(phase)) not in noticed:
            due.append((page, str(phase)))
    return due


def followers(consultation_id: int) -> QuerySet[Follow]:
    return (
        Follow.objects.filter(
            consultation_id=consultation_id, user__is_active=True, user__email__gt=""
        )
        .select_related("user__stakeholder_profile")
        .order_by("pk")
    )


def latest_digest_time(now: datetime) -> datetime:
    """The most recent digest moment at or before ``now``: today's, or yesterday's before it."""
    local_now = timezone.localtime(now)
    moment = datetime.combine(
        local_now.date(), time(DIGEST_HOUR), tzinfo=timezone.get_current_timezone()
    )
    return moment if moment <= local_now else moment - timedelta(days=1)


def digests_due(*, now: datetime) -> QuerySet[Follow]:
    """Daily followers not yet sent the digest of the latest digest moment."""
    cutoff = latest_digest_time(now)
    return (
        Follow.objects.filter(
            frequency=FollowFrequency.DAILY,
            consultation__live=True,
            user__is_active=True,
            user__email__gt="",
        )
        .filter(
            Q(digest_sent_at__lt=cutoff) | Q(digest_sent_at__isnull=True, created_at__lt=cutoff)
        )
        .select_related("consultation", "user")
        .order_by("pk")
    )


def digest_comments(
    *, consultation_id: int, reader_id: int, since: datetime, until: datetime
) -> QuerySet[Comment]:
    """Comments published on the consultation in (since, until], the reader's own left out,
    in the order they were written."""
    return (
        Comment.objects.filter(
            consultation_id=consultation_id,
            state=CommentState.PUBLISHED,
            created_at__gt=since,
            created_at__lte=until,
        )
        .exclude(author_id=reader_id)
        .select_related("author__stakeholder_profile", "thread__author__stakeholder_profile")
        .order_by("created_at", "pk")
    )
