"""Reads for the moderation screens, each in a fixed number of queries however many comments,
reports and log entries there are: authors, profiles, suspensions and consultations come
with the rows (``select_related``), reports in one prefetch."""

from __future__ import annotations

from django.db import models
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from stakeholders.discussion.sanitise import comment_plain_text
from stakeholders.models import (
    Comment,
    CommentState,
    ModerationAction,
    ModerationLogEntry,
    Report,
    Suspension,
)

EXCERPT_CHARACTERS = 160


class QueueView(models.TextChoices):
    """What the queue shows. "Needs review" is everything a moderator still has to look at:
    open reports (automatically hidden comments keep theirs) and held first comments."""

    NEEDS_REVIEW = "review", _("Needs review")
    HIDDEN = "hidden", _("Hidden comments")
    PENDING = "pending", _("Awaiting moderation")
    REPORTED = "reported", _("All reported")


_QUEUE_FILTERS = {
    QueueView.NEEDS_REVIEW: Q(open_report_count__gt=0) | Q(state=CommentState.PENDING),
    QueueView.HIDDEN: Q(state=CommentState.HIDDEN),
    QueueView.PENDING: Q(state=CommentState.PENDING),
    QueueView.REPORTED: Q(Exists(Report.objects.filter(comment=OuterRef("pk")))),
}


def _with_people(comments):
    return comments.select_related(
        "consultation", "author__stakeholder_profile", "author__comment_suspension"
    )


def _reports_in_order():
    return Report.objects.select_related("reporter__stakeholder_profile").order_by(
        "created_at", "pk"
    )


def moderation_queue():
    """Comments most reported first (open reports, then all reports), then the newest; each
    with its reports (``report_count`` and ``reports.all()``). ``in_queue_view`` narrows it."""
    report_count = (
        Report.objects.filter(comment=OuterRef("pk"))
        .values("comment")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return (
        _with_people(Comment.objects.all())
        .annotate(report_count=Coalesce(Subquery(report_count), 0))
        .prefetch_related(Prefetch("reports", queryset=_reports_in_order()))
        .order_by("-open_report_count", "-report_count", "-created_at", "-pk")
    )


def in_queue_view(comments, view: str):
    return comments.filter(_QUEUE_FILTERS[QueueView(view)])


def comment_for_moderation(pk: int) -> Comment:
    """One comment with what its screen shows: author, consultation, parent, thread, reports
    and the log (this comment's entries and its author's suspensions). Raises DoesNotExist."""
    comment = (
        _with_people(Comment.objects.all())
        .select_related("parent__author__stakeholder_profile", "thread", "version")
        .prefetch_related(Prefetch("reports", queryset=_reports_in_order()))
        .get(pk=pk)
    )
    about = Q(comment=comment)
    if comment.author_id is not None:
        about |= Q(
            participant_id=comment.author_id,
            action__in=[ModerationAction.SUSPEND, ModerationAction.UNSUSPEND],
        )
    comment.log = list(
        ModerationLogEntry.objects.filter(about).select_related("moderator__stakeholder_profile")
    )
    return comment


def moderation_log():
    return ModerationLogEntry.objects.select_related(
        "comment",
        "participant__stakeholder_profile",
        "participant__comment_suspension",
        "moderator__stakeholder_profile",
    ).order_by("-created_at", "-pk")


def suspensions():
    return Suspension.objects.select_related(
        "user__stakeholder_profile", "suspended_by__stakeholder_profile"
    ).order_by("-created_at", "-pk")


# ---- how people and comments are shown -------------------------------------------------------
def participant_name(user) -> str:
    """The public name (never the e-mail address); an erased account's kept comments have no
    author any more."""
    if user is None:
        return gettext("Deleted participant")
    profile = getattr(user, "stakeholder_profile", None)
    return profile.display_name if profile is not None else user.get_username()


def is_suspended(user) -> bool:
    return user is not None and hasattr(user, "comment_suspension")


def excerpt(comment: Comment) -> str:
    """The comment's readable text, shortened; markup removed (the template escapes it)."""
    return Truncator(comment_plain_text(comment.html)).chars(EXCERPT_CHARACTERS)
