"""The discussion of a consultation: comments and replies, endorsements, reports, follows, and
the moderation that keeps it civil.

These are plain models keyed to the consultation page (not pages: they are written by
participants, many per minute, and need no revisions or workflows). A comment is either on the
consultation as a whole or **anchored** to one item (a step, a material, a criterion) of a
released version of a linked SOP: ``version`` is the ``PublishedVersion`` the participant read
and ``anchor`` the item's anchor in it, so "step 4.2" keeps meaning what was read even after the
SOP changes.

A comment keeps the text exactly as typed (``text``, shown only in the edit box, so nothing a
participant wrote is ever lost or altered) and the sanitised HTML shown to readers (``html``,
``stakeholders.discussion.sanitise``). Its visibility is ``state``: a hidden or deleted comment
stays in its thread as a placeholder, so replies keep their context.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = [
    "Comment",
    "CommentState",
    "Endorsement",
    "Follow",
    "FollowFrequency",
    "ModerationAction",
    "ModerationLogEntry",
    "PhaseNotice",
    "Report",
    "Stance",
    "Suspension",
]


class Stance(models.TextChoices):
    AGREE = "agree", _("Agree")
    DISAGREE = "disagree", _("Disagree")
    NEUTRAL = "neutral", _("Neutral")


class CommentState(models.TextChoices):
    PUBLISHED = "published", _("Published")
    # Pre-moderation (settings.COMMENTS_PREMODERATE_FIRST): a new account's first comment
    # waits for a moderator; its author sees it, nobody else does.
    PENDING = "pending", _("Awaiting moderation")
    HIDDEN = "hidden", _("Hidden by a moderator")
    DELETED = "deleted", _("Deleted by its author")


class Comment(models.Model):
    consultation = models.ForeignKey(
        "stakeholders.ConsultationPage",
        on_delete=models.CASCADE,
        related_name="comments",
        verbose_name=_("consultation"),
    )
    # The thread's first comment (null for that comment itself) and the comment answered.
    thread = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="thread_replies"
    )
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="replies"
    )
    depth = models.PositiveSmallIntegerField(default=0)
    # Anchored comments: the released SOP version read, and the item's anchor in it.
    version = models.ForeignKey(
        "knowledge.PublishedVersion",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="consultation_comments",
        verbose_name=_("SOP version"),
    )
    anchor = models.CharField(_("section or step"), max_length=64, blank=True)
    # Null once the author erased their account and chose to keep what they wrote.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="consultation_comments",
        verbose_name=_("author"),
    )
    text = models.TextField(_("comment"))
    html = models.TextField()
    stance = models.CharField(_("stance"), max_length=16, choices=Stance.choices, blank=True)
    state = models.CharField(
        _("state"), max_length=16, choices=CommentState.choices, default=CommentState.PUBLISHED
    )
    locked = models.BooleanField(
        _("thread locked"), default=False, help_text=_("No new replies in this thread.")
    )
    endorsement_count = models.PositiveIntegerField(default=0)
    # Reports not yet reviewed by a moderator; the queue and the auto-hide read it.
    open_report_count = models.PositiveIntegerField(default=0)
    # The form's one-time key: a second submission of the same form finds this comment.
    submission_key = models.UUIDField(default=uuid.uuid4, editable=False)
    created_at = models.DateTimeField(_("posted"), auto_now_add=True, db_index=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        permissions = [("moderate_comment", "Can moderate comments")]
        constraints = [
            models.UniqueConstraint(
                fields=["author", "submission_key"], name="one_comment_per_submission"
            )
        ]
        indexes = [
            models.Index(fields=["consultation", "thread", "created_at"]),
            models.Index(fields=["version", "anchor"]),
        ]

    def __str__(self) -> str:
        return f"#{self.pk}"

    @property
    def is_anchored(self) -> bool:
        return bool(self.version_id and self.anchor)

    @property
    def is_visible(self) -> bool:
        return self.state == CommentState.PUBLISHED


class Endorsement(models.Model):
    """One per person per comment: "I support this"."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="endorsements")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comment_endorsements"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("endorsement")
        verbose_name_plural = _("endorsements")
        constraints = [
            models.UniqueConstraint(fields=["comment", "user"], name="one_endorsement_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.user} + {self.comment}"


class Report(models.Model):
    """A participant asks a moderator to look at a comment."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="comment_reports",
        verbose_name=_("reported by"),
    )
    reason = models.TextField(_("reason"), max_length=1000)
    created_at = models.DateTimeField(_("reported"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("reviewed"), null=True, blank=True)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "reporter"],
                condition=models.Q(resolved_at__isnull=True),
                name="one_open_report_per_person",
            )
        ]

    def __str__(self) -> str:
        return f"{self.comment}: {self.reason[:40]}"


class FollowFrequency(models.TextChoices):
    IMMEDIATE = "immediate", _("Right away")
    DAILY = "daily", _("Once a day (digest)")


class Follow(models.Model):
    """A participant who wants to hear about a consultation: new phases, the outcome, and
    (in the daily digest) new comments."""

    consultation = models.ForeignKey(
        "stakeholders.ConsultationPage", on_delete=models.CASCADE, related_name="follows"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="consultation_follows"
    )
    frequency = models.CharField(
        _("how often"),
        max_length=16,
        choices=FollowFrequency.choices,
        default=FollowFrequency.IMMEDIATE,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # The digest sends comments posted after this moment.
    digest_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.UniqueConstraint(fields=["consultation", "user"], name="one_follow_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.consultation}"


class PhaseNotice(models.Model):
    """That followers have been told of a consultation's phase, so the periodic command
    tells them once."""

    consultation = models.ForeignKey(
        "stakeholders.ConsultationPage", on_delete=models.CASCADE, related_name="phase_notices"
    )
    phase = models.CharField(max_length=32)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["consultation", "phase"], name="one_notice_per_phase")
        ]

    def __str__(self) -> str:
        return f"{self.consultation}: {self.phase}"


class Suspension(models.Model):
    """A participant who may read but not write (comment, reply, endorse, report)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="comment_suspension"
    )
    reason = models.TextField(_("reason"))
    suspended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("suspension")
        verbose_name_plural = _("suspensions")

    def __str__(self) -> str:
        return str(self.user)


class ModerationAction(models.TextChoices):
    APPROVE = "approve", _("Approved")
    HIDE = "hide", _("Hidden")
    AUTO_HIDE = "auto_hide", _("Hidden automatically after reports")
    RESTORE = "restore", _("Restored")
    DELETE = "delete", _("Deleted")
    DISMISS = "dismiss", _("Reports dismissed")
    LOCK = "lock", _("Thread locked")
    UNLOCK = "unlock", _("Thread unlocked")
    SUSPEND = "suspend", _("Participant suspended")
    UNSUSPEND = "unsuspend", _("Suspension lifted")


class ModerationLogEntry(models.Model):
    """Every moderation action, with who took it and why; kept when the comment is deleted."""

    action = models.CharField(_("action"), max_length=16, choices=ModerationAction.choices)
    comment = models.ForeignKey(
        Comment, on_delete=models.SET_NULL, null=True, blank=True, related_name="moderation_log"
    )
    participant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("participant"),
    )
    # Null for the automatic hide.
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("moderator"),
    )
    reason = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("moderation log entry")
        verbose_name_plural = _("moderation log")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.comment or self.participant}"
