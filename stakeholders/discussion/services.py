"""Writes to a consultation's discussion: what participants do (post, reply, edit, delete,
endorse, report, follow) and what moderators do (approve, hide, restore, delete, dismiss,
lock, suspend), each with the rule it must obey.

Every refusal is a ``DiscussionError`` whose message speaks to the person (the views show it
beside what they typed). Counters shown on every page (endorsements, open reports) are kept on
the comment and changed with ``F()`` expressions, so concurrent endorsements are all counted.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from stakeholders.discussion.sanitise import comment_html
from stakeholders.models import (
    Comment,
    CommentState,
    ConsultationPhase,
    Endorsement,
    Follow,
    FollowFrequency,
    ModerationAction,
    ModerationLogEntry,
    Report,
    Suspension,
)

MAX_LENGTH = 5000
REASON_MAX_LENGTH = 1000
# Replies nest to this depth (0 is a comment on the consultation); a reply to the deepest
# level joins that level, answering the same comment, so threads stay readable on a phone.
MAX_DEPTH = 2
EDIT_WINDOW = timedelta(minutes=15)


class DiscussionError(ValidationError):
    """A participant's action that the rules refuse, with the reason in their language."""


# ---- Participants ---------------------------------------------------------------------------
def _check_not_suspended(user) -> None:
    if Suspension.objects.filter(user=user).exists():
        raise DiscussionError(
            _("Your account has been suspended from the discussion. You can still read it.")
        )


def _check_can_write(user, consultation, *, now) -> None:
    if not user.is_authenticated:
        raise DiscussionError(_("Log in to take part."))
    _check_not_suspended(user)
    phase = consultation.phase_at(now)
    if phase == ConsultationPhase.ANNOUNCED:
        raise DiscussionError(
            _("This consultation opens on %(date)s. You can comment from then on.")
            % {"date": timezone.localtime(consultation.opens_at).strftime("%d-%m-%Y %H:%M")}
        )
    if phase != ConsultationPhase.OPEN:
        raise DiscussionError(
            _(
                "This consultation has closed, so no new comments can be added. "
                "You can still read the discussion."
            )
        )


def _check_text(text: str) -> str:
    """The text as typed (white space around it included: nothing is altered), once it is
    known to say something and to fit."""
    if not text.strip():
        raise DiscussionError(_("Write your comment before sending it."))
    if len(text) > MAX_LENGTH:
        raise DiscussionError(
            _("A comment can be at most %(limit)d characters; yours has %(length)d.")
            % {"limit": MAX_LENGTH, "length": len(text)}
        )
    return text


def _needs_premoderation(user) -> bool:
    return (
        settings.COMMENTS_PREMODERATE_FIRST
        and not Comment.objects.filter(author=user, state=CommentState.PUBLISHED).exists()
    )


def post_comment(
    *,
    author,
    consultation,
    text: str,
    stance: str = "",
    parent: Comment | None = None,
    version=None,
    anchor: str = "",
    submission_key=None,
    now=None,
) -> Comment:
    """A new comment, a reply (``parent``), or a comment anchored to an item of a released
    version of a linked SOP (``version`` and ``anchor``, already checked by the caller's form
    against ``anchored_items``). A second submission with the same ``submission_key`` returns
    the comment the first one made."""
    now = now or timezone.now()
    if submission_key is not None:
        existing = Comment.objects.filter(author=author, submission_key=submission_key).first()
        if existing is not None:
            return existing
    _check_can_write(author, consultation, now=now)
    text = _check_text(text)
    fields = {}
    if parent is not None:
        if parent.consultation_id != consultation.pk:
            raise DiscussionError(_("That comment belongs to another consultation."))
        thread = parent.thread or parent
        if thread.locked:
            raise DiscussionError(_("A moderator has closed this thread for new replies."))
        if parent.depth >= MAX_DEPTH:
            parent = parent.parent
        fields = {
            "thread": thread,
            "parent": parent,
            "depth": parent.depth + 1,
            "version_id": thread.version_id,
            "anchor": thread.anchor,
        }
    else:
        fields = {"version": version, "anchor": anchor if version is not None else ""}
    comment = Comment(
        consultation=consultation,
        author=author,
        text=text,
        html=comment_html(text),
        stance=stance if parent is None else "",
        state=CommentState.PENDING if _needs_premoderation(author) else CommentState.PUBLISHED,
        **fields,
    )
    if submission_key is not None:
        comment.submission_key = submission_key
    try:
        with transaction.atomic():
            comment.save()
    except IntegrityError:
        # The same form sent twice at once: the other request stored it.
        return Comment.objects.get(author=author, submission_key=submission_key)
    if comment.state == CommentState.PUBLISHED and comment.parent_id:
        _notify_reply(comment)
    return comment


def _notify_reply(comment: Comment) -> None:
    from stakeholders.notifications.services import notify_reply

    transaction.on_commit(lambda: notify_reply(comment))


def can_edit(comment: Comment, user, *, now=None) -> bool:
    now = now or timezone.now()
    return (
        user.is_authenticated
        and comment.author_id == user.pk
        and comment.state in (CommentState.PUBLISHED, CommentState.PENDING)
        and now - comment.created_at <= EDIT_WINDOW
    )


def edit_comment(*, comment: Comment, user, text: str, now=None) -> Comment:
    if not can_edit(comment, user, now=now):
        raise DiscussionError(
            _("A comment can be changed by its author within 15 minutes of posting.")
        )
    text = _check_text(text)
    comment.text = text
    comment.html = comment_html(text)
    comment.edited_at = now or timezone.now()
    comment.save(update_fields=["text", "html", "edited_at"])
    return comment


def delete_own_comment(*, comment: Comment, user) -> None:
    """The author's own deletion: the text goes; the place in the thread stays as a
    placeholder while it has replies."""
    if not user.is_authenticated or comment.author_id != user.pk:
        raise DiscussionError(_("You can only delete your own comments."))
    _remove(comment)


def _remove(comment: Comment) -> None:
    if comment.replies.exists():
        Comment.objects.filter(pk=comment.pk).update(
            state=CommentState.DELETED, text="", html="", stance=""
        )
        comment.refresh_from_db()
    else:
        comment.delete()


@transaction.atomic
def endorse(*, comment: Comment, user, now=None) -> bool:
    """True when the endorsement is new; endorsing twice counts once."""
    _check_can_write(user, comment.consultation, now=now or timezone.now())
    if comment.author_id == user.pk:
        raise DiscussionError(_("You cannot endorse your own comment."))
    if not comment.is_visible:
        raise DiscussionError(_("This comment can no longer be endorsed."))
    _endorsement, created = Endorsement.objects.get_or_create(comment=comment, user=user)
    if created:
        Comment.objects.filter(pk=comment.pk).update(endorsement_count=F("endorsement_count") + 1)
    return created


@transaction.atomic
def withdraw_endorsement(*, comment: Comment, user) -> None:
    deleted, _by_model = Endorsement.objects.filter(comment=comment, user=user).delete()
    if deleted:
        Comment.objects.filter(pk=comment.pk, endorsement_count__gt=0).update(
            endorsement_count=F("endorsement_count") - 1
        )


@transaction.atomic
def report(*, comment: Comment, reporter, reason: str) -> Report:
    """A participant's report; once ``COMMENTS_AUTO_HIDE_REPORTS`` people have reported a
    comment it is hidden until a moderator reviews it. Reporting twice counts once."""
    if not reporter.is_authenticated:
        raise DiscussionError(_("Log in to report a comment."))
    _check_not_suspended(reporter)
    if not reason.strip():  # stored as typed, like a comment's text
        raise DiscussionError(_("Tell the moderators what is wrong with this comment."))
    if len(reason) > REASON_MAX_LENGTH:
        raise DiscussionError(
            _("A reason can be at most %(limit)d characters; yours has %(length)d.")
            % {"limit": REASON_MAX_LENGTH, "length": len(reason)}
        )
    existing = Report.objects.filter(
        comment=comment, reporter=reporter, resolved_at__isnull=True
    ).first()
    if existing is not None:
        return existing
    new_report = Report.objects.create(comment=comment, reporter=reporter, reason=reason)
    Comment.objects.filter(pk=comment.pk).update(open_report_count=F("open_report_count") + 1)
    comment.refresh_from_db(fields=["open_report_count", "state"])
    threshold = settings.COMMENTS_AUTO_HIDE_REPORTS
    if threshold and comment.open_report_count >= threshold and comment.is_visible:
        comment.state = CommentState.HIDDEN
        comment.save(update_fields=["state"])
        _log(ModerationAction.AUTO_HIDE, comment=comment, moderator=None, reason="")
    return new_report


def follow(*, consultation, user, frequency: str = FollowFrequency.IMMEDIATE) -> Follow:
    following, _new = Follow.objects.update_or_create(
        consultation=consultation, user=user, defaults={"frequency": frequency}
    )
    return following


def unfollow(*, consultation, user) -> None:
    Follow.objects.filter(consultation=consultation, user=user).delete()


# ---- Moderators -----------------------------------------------------------------------------
def _log(action, *, comment=None, participant=None, moderator, reason: str) -> None:
    ModerationLogEntry.objects.create(
        action=action,
        comment=comment,
        participant=participant if participant is not None else getattr(comment, "author", None),
        moderator=moderator,
        reason=reason,
    )


def _resolve_reports(comment: Comment, now) -> None:
    comment.reports.filter(resolved_at__isnull=True).update(resolved_at=now)
    Comment.objects.filter(pk=comment.pk).update(open_report_count=0)
    comment.open_report_count = 0


def _require_reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise DiscussionError(_("Give a reason; it is kept in the moderation log."))
    return reason


@transaction.atomic
def hide(*, comment: Comment, moderator, reason: str) -> None:
    reason = _require_reason(reason)
    Comment.objects.filter(pk=comment.pk).update(state=CommentState.HIDDEN)
    comment.state = CommentState.HIDDEN
    _resolve_reports(comment, timezone.now())
    _log(ModerationAction.HIDE, comment=comment, moderator=moderator, reason=reason)


@transaction.atomic
def restore(*, comment: Comment, moderator, reason: str = "") -> None:
    """Shows a hidden comment again (or approves a held one) and closes its reports."""
    action = (
        ModerationAction.APPROVE
        if comment.state == CommentState.PENDING
        else ModerationAction.RESTORE
    )
    Comment.objects.filter(pk=comment.pk).update(state=CommentState.PUBLISHED)
    comment.state = CommentState.PUBLISHED
    _resolve_reports(comment, timezone.now())
    _log(action, comment=comment, moderator=moderator, reason=reason.strip())
    if action == ModerationAction.APPROVE and comment.parent_id:
        _notify_reply(comment)


@transaction.atomic
def dismiss_reports(*, comment: Comment, moderator, reason: str = "") -> None:
    _resolve_reports(comment, timezone.now())
    _log(ModerationAction.DISMISS, comment=comment, moderator=moderator, reason=reason.strip())


@transaction.atomic
def delete_comment(*, comment: Comment, moderator, reason: str) -> None:
    reason = _require_reason(reason)
    _log(ModerationAction.DELETE, comment=comment, moderator=moderator, reason=reason)
    _resolve_reports(comment, timezone.now())
    _remove(comment)


@transaction.atomic
def set_thread_lock(*, comment: Comment, moderator, locked: bool, reason: str = "") -> None:
    thread = comment.thread or comment
    Comment.objects.filter(pk=thread.pk).update(locked=locked)
    _log(
        ModerationAction.LOCK if locked else ModerationAction.UNLOCK,
        comment=thread,
        moderator=moderator,
        reason=reason.strip(),
    )


@transaction.atomic
def suspend(*, participant, moderator, reason: str) -> Suspension:
    reason = _require_reason(reason)
    suspension, _new = Suspension.objects.update_or_create(
        user=participant, defaults={"reason": reason, "suspended_by": moderator}
    )
    _log(ModerationAction.SUSPEND, participant=participant, moderator=moderator, reason=reason)
    return suspension


@transaction.atomic
def lift_suspension(*, participant, moderator, reason: str = "") -> None:
    Suspension.objects.filter(user=participant).delete()
    _log(ModerationAction.UNSUSPEND, participant=participant, moderator=moderator, reason=reason)
