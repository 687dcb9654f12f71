"""The moderation screens in the Wagtail admin. They read through ``selectors`` and write only
through ``stakeholders.discussion.services``, so every action keeps its rule and its log entry.
Everything needs ``stakeholders.moderate_comment``: an editor without it gets a 403."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import django_filters
from django import forms
from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic.base import BaseListingView, WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from stakeholders.discussion import services
from stakeholders.discussion.services import DiscussionError
from stakeholders.models import Comment, CommentState, ModerationLogEntry, Suspension
from stakeholders.moderation import MODERATE_PERMISSION
from stakeholders.moderation.forms import DeleteForm, ReasonForm, RequiredReasonForm
from stakeholders.moderation.selectors import (
    QueueView,
    comment_for_moderation,
    excerpt,
    in_queue_view,
    is_suspended,
    moderation_log,
    moderation_queue,
    participant_name,
    suspensions,
)

PER_PAGE = 25
QUEUE_PARAMETER = "show"


class ModeratorRequiredMixin:
    """A 403 page inside the admin for those who open it but may not moderate (Wagtail would
    turn a raised PermissionDenied into a redirect to the dashboard)."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(MODERATE_PERMISSION):
            title = _("Moderation")
            return TemplateResponse(
                request,
                "stakeholders/moderation/forbidden.html",
                {"page_title": title, "header_title": title, "header_icon": "warning"},
                status=403,
            )
        return super().dispatch(request, *args, **kwargs)


def _queue_breadcrumb() -> dict:
    return {"url": reverse("moderation:index"), "label": _("Moderation")}


# ---- table cells ----------------------------------------------------------------------------
class ParticipantColumn(Column):
    """Public name, stakeholder role and whether they are suspended; never the e-mail."""

    cell_template_name = "stakeholders/moderation/cells/participant.html"

    def __init__(self, name, *, blank_label=None, show_suspension=True, **kwargs):
        super().__init__(name, **kwargs)
        self.blank_label = blank_label
        self.show_suspension = show_suspension

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        person = context["raw_value"]
        context["participant"] = participant_card(person, show_suspension=self.show_suspension)
        context["blank_label"] = self.blank_label if person is None else None
        return context


class PublicCommentColumn(Column):
    """The consultation's title, linking to the comment where readers see it."""

    cell_template_name = "stakeholders/moderation/cells/public_comment.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["url"] = public_url(instance, parent_context.get("request"))
        return context


class ReportsColumn(Column):
    cell_template_name = "stakeholders/moderation/cells/reports.html"


class LogCommentColumn(Column):
    cell_template_name = "stakeholders/moderation/cells/log_comment.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        comment = instance.comment
        context["comment_excerpt"] = excerpt(comment) if comment is not None else ""
        return context


class LiftSuspensionColumn(Column):
    cell_template_name = "stakeholders/moderation/cells/lift_suspension.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["participant_name"] = participant_name(instance.user)
        return context


def participant_card(person, *, show_suspension: bool = True) -> dict:
    """What the screens show of a person. ``show_suspension`` needs the suspension selected
    with the person (``select_related``), or it costs a query per row."""
    profile = getattr(person, "stakeholder_profile", None) if person is not None else None
    return {
        "name": participant_name(person),
        "role": profile.get_role_display() if profile is not None else "",
        "suspended": show_suspension and is_suspended(person),
        "erased": person is None,
    }


def public_url(comment: Comment, request) -> str:
    return comment.consultation.comment_link(comment.pk, request)


def moderator_name(entry) -> str:
    if entry.moderator is None:
        return _("Automatic")
    return participant_name(entry.moderator)


# ---- the queue ------------------------------------------------------------------------------
class QueueFilterSet(WagtailFilterSet):
    show = django_filters.ChoiceFilter(
        label=_("Show"),
        choices=QueueView.choices,
        empty_label=None,
        widget=forms.RadioSelect,
        method="in_view",
    )

    class Meta:
        model = Comment
        fields = []

    def in_view(self, queryset, name, value):
        return in_queue_view(queryset, value)


class QueueListView(ModeratorRequiredMixin, BaseListingView):
    """Reported, automatically hidden and held comments, most reported first."""

    page_title = _("Moderation")
    header_icon = "warning"
    paginate_by = PER_PAGE
    filterset_class = QueueFilterSet
    index_url_name = "moderation:index"
    index_results_url_name = "moderation:index_results"
    verbose_name = Comment._meta.verbose_name
    verbose_name_plural = Comment._meta.verbose_name_plural

    def get_base_queryset(self):
        return moderation_queue()

    def get_filterset_kwargs(self):
        """What needs review unless another (known) view is asked for."""
        data = self.request.GET.copy()
        if data.get(QUEUE_PARAMETER) not in QueueView.values:
            data[QUEUE_PARAMETER] = QueueView.NEEDS_REVIEW
        return {"data": data, "request": self.request}

    @property
    def columns(self):
        return [
            TitleColumn(
                "comment",
                label=_("Comment"),
                accessor=excerpt,
                get_url=lambda comment: reverse("moderation:detail", args=[comment.pk]),
            ),
            ParticipantColumn("author", label=_("Participant")),
            PublicCommentColumn("consultation", label=_("Consultation")),
            ReportsColumn("reports", label=_("Reports"), accessor="open_report_count"),
            Column("state", label=_("Status"), accessor="get_state_display"),
            DateColumn("created_at", label=_("Posted")),
        ]

    def get_header_buttons(self):
        return [
            HeaderButton(_("Moderation log"), url=reverse("moderation:log"), icon_name="history"),
            HeaderButton(
                _("Suspended participants"),
                url=reverse("moderation:suspensions"),
                icon_name="user",
            ),
        ]

    @property
    def no_results_message(self):
        return _("Nothing to review here.")


# ---- one comment and its actions ------------------------------------------------------------
@dataclass(frozen=True)
class Action:
    label: str
    form_class: type[forms.Form]
    applies: Callable[[Comment, object], bool]
    perform: Callable[[Comment, object, str], None]
    done: str
    destructive: bool = False


def _thread(comment: Comment) -> Comment:
    return comment.thread or comment


ACTIONS: dict[str, Action] = {
    "approve": Action(
        label=_("Approve"),
        form_class=ReasonForm,
        applies=lambda comment, moderator: comment.state == CommentState.PENDING,
        perform=lambda comment, moderator, reason: services.restore(
            comment=comment, moderator=moderator, reason=reason
        ),
        done=_("The comment is published."),
    ),
    "restore": Action(
        label=_("Restore"),
        form_class=ReasonForm,
        applies=lambda comment, moderator: comment.state == CommentState.HIDDEN,
        perform=lambda comment, moderator, reason: services.restore(
            comment=comment, moderator=moderator, reason=reason
        ),
        done=_("The comment is shown again."),
    ),
    "hide": Action(
        label=_("Hide"),
        form_class=RequiredReasonForm,
        applies=lambda comment, moderator: (
            comment.state in (CommentState.PUBLISHED, CommentState.PENDING)
        ),
        perform=lambda comment, moderator, reason: services.hide(
            comment=comment, moderator=moderator, reason=reason
        ),
        done=_("The comment is hidden; readers see that a moderator removed it."),
        destructive=True,
    ),
    "dismiss": Action(
        label=_("Dismiss reports"),
        form_class=ReasonForm,
        applies=lambda comment, moderator: comment.open_report_count > 0,
        perform=lambda comment, moderator, reason: services.dismiss_reports(
            comment=comment, moderator=moderator, reason=reason
        ),
        done=_("The reports are dismissed; the comment stays as it was."),
    ),
    "lock": Action(
        label=_("Lock thread"),
        form_class=ReasonForm,
        applies=lambda comment, moderator: not _thread(comment).locked,
        perform=lambda comment, moderator, reason: services.set_thread_lock(
            comment=comment, moderator=moderator, locked=True, reason=reason
        ),
        done=_("The thread is locked: nobody can reply to it."),
    ),
    "unlock": Action(
        label=_("Unlock thread"),
        form_class=ReasonForm,
        applies=lambda comment, moderator: _thread(comment).locked,
        perform=lambda comment, moderator, reason: services.set_thread_lock(
            comment=comment, moderator=moderator, locked=False, reason=reason
        ),
        done=_("The thread is open for replies again."),
    ),
    "suspend": Action(
        label=_("Suspend participant"),
        form_class=RequiredReasonForm,
        applies=lambda comment, moderator: (
            comment.author is not None
            and comment.author_id != moderator.pk
            and not is_suspended(comment.author)
        ),
        perform=lambda comment, moderator, reason: services.suspend(
            participant=comment.author, moderator=moderator, reason=reason
        ),
        done=_("The participant is suspended: they can read but no longer take part."),
        destructive=True,
    ),
    "unsuspend": Action(
        label=_("Lift suspension"),
        form_class=ReasonForm,
        applies=lambda comment, moderator: is_suspended(comment.author),
        perform=lambda comment, moderator, reason: services.lift_suspension(
            participant=comment.author, moderator=moderator, reason=reason
        ),
        done=_("The suspension is lifted."),
    ),
    "delete": Action(
        label=_("Delete"),
        form_class=DeleteForm,
        applies=lambda comment, moderator: comment.state != CommentState.DELETED,
        perform=lambda comment, moderator, reason: services.delete_comment(
            comment=comment, moderator=moderator, reason=reason
        ),
        done=_("The comment is deleted."),
        destructive=True,
    ),
}


class CommentModerationView(ModeratorRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    """A comment with its context, reports and log, and the actions that apply to it now."""

    template_name = "stakeholders/moderation/comment.html"
    header_icon = "warning"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.comment = None

    def dispatch(self, request, *args, **kwargs):
        if request.user.has_perm(MODERATE_PERMISSION):
            try:
                self.comment = comment_for_moderation(kwargs["pk"])
            except Comment.DoesNotExist:
                raise Http404 from None
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Comment #%(number)s") % {"number": self.comment.pk}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            _queue_breadcrumb(),
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, *, submitted=None, **kwargs):
        """``submitted``: the action name and bound form of a refused action, shown again with
        its errors and the reason as typed."""
        context = super().get_context_data(**kwargs)
        comment = self.comment
        forms_by_action = {
            name: action.form_class(prefix=name)
            for name, action in ACTIONS.items()
            if action.applies(comment, self.request.user)
        }
        if submitted is not None:
            name, form = submitted
            first_error = next((field for field in form.errors if field in form.fields), "reason")
            form.fields[first_error].widget.attrs["autofocus"] = True  # back where it went wrong
            forms_by_action[name] = form
        context.update(
            comment=comment,
            author=participant_card(comment.author),
            public_url=public_url(comment, self.request),
            thread_locked=_thread(comment).locked,
            parent=comment.parent,
            parent_author=(
                participant_card(comment.parent.author, show_suspension=False)
                if comment.parent
                else None
            ),
            reports=[
                (report, participant_card(report.reporter, show_suspension=False))
                for report in comment.reports.all()
            ],
            log=[(entry, moderator_name(entry)) for entry in comment.log],
            actions=[
                (name, ACTIONS[name], form, reverse("moderation:act", args=[comment.pk, name]))
                for name, form in forms_by_action.items()
            ],
        )
        return context


class CommentActionView(CommentModerationView):
    """One action, posted from the comment's screen. A refusal (a missing reason, a rule of
    the services) shows the screen again with the message beside the reason as typed."""

    http_method_names = ["post"]

    def post(self, request, pk, action_name):
        action = ACTIONS.get(action_name)
        if action is None:
            raise Http404
        detail_url = reverse("moderation:detail", args=[pk])
        if not action.applies(self.comment, request.user):
            messages.error(
                request,
                _("That action no longer applies to this comment; it may have changed meanwhile."),
            )
            return redirect(detail_url)
        form = action.form_class(request.POST, prefix=action_name)
        if form.is_valid():
            try:
                action.perform(self.comment, request.user, form.cleaned_data["reason"])
            except DiscussionError as error:
                form.add_error("reason", error.messages)
            else:
                messages.success(request, action.done)
                if action_name == "delete":
                    return redirect("moderation:index")
                return redirect(detail_url)
        return self.render_to_response(self.get_context_data(submitted=(action_name, form)))


# ---- the log and the suspended participants -------------------------------------------------
class _UnderTheQueue(ModeratorRequiredMixin, BaseListingView):
    """A listing reached from the queue, whose breadcrumbs lead back to it."""

    paginate_by = 50

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, _queue_breadcrumb(), {"url": "", "label": self.page_title}]


class ModerationLogView(_UnderTheQueue):
    """Every moderation action, newest first, automatic ones included."""

    page_title = _("Moderation log")
    header_icon = "history"
    index_url_name = "moderation:log"
    verbose_name = ModerationLogEntry._meta.verbose_name
    verbose_name_plural = ModerationLogEntry._meta.verbose_name_plural

    def get_base_queryset(self):
        return moderation_log()

    @property
    def columns(self):
        return [
            Column("action", label=_("Action"), accessor="get_action_display"),
            LogCommentColumn("comment", label=_("Comment")),
            ParticipantColumn("participant", label=_("Participant")),
            ParticipantColumn(
                "moderator",
                label=_("Moderator"),
                blank_label=_("Automatic"),
                show_suspension=False,
            ),
            Column("reason", label=_("Reason")),
            DateColumn("created_at", label=_("When")),
        ]


class SuspensionListView(_UnderTheQueue):
    page_title = _("Suspended participants")
    header_icon = "user"
    index_url_name = "moderation:suspensions"
    verbose_name = Suspension._meta.verbose_name
    verbose_name_plural = Suspension._meta.verbose_name_plural

    def get_base_queryset(self):
        return suspensions()

    @property
    def columns(self):
        return [
            ParticipantColumn("user", label=_("Participant"), show_suspension=False),
            Column("reason", label=_("Reason")),
            ParticipantColumn("suspended_by", label=_("Suspended by"), show_suspension=False),
            DateColumn("created_at", label=_("Since")),
            LiftSuspensionColumn("lift", label=_("Action")),
        ]

    @property
    def no_results_message(self):
        return _("Nobody is suspended.")


class LiftSuspensionView(ModeratorRequiredMixin, View):
    http_method_names = ["post"]

    def post(self, request, user_pk):
        suspension = get_object_or_404(Suspension.objects.select_related("user"), user_id=user_pk)
        services.lift_suspension(participant=suspension.user, moderator=request.user, reason="")
        messages.success(request, _("The suspension is lifted."))
        return redirect("moderation:suspensions")
