"""The discussion's pages and actions, answered by the routes of ``ConsultationPage``.

Views read through the selectors and write through the services; a refusal comes back beside
what the participant typed. A participant whose session expired while writing is sent to log
in, and the text waits in the session (Django keeps session data across a login) until the
comment is sent.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, resolve_url
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Locale

from stakeholders.discussion import selectors, services
from stakeholders.discussion.forms import CommentForm, EditForm, FollowForm, ReportForm
from stakeholders.discussion.services import DiscussionError
from stakeholders.models import Comment, CommentState, Endorsement, FollowFrequency

DRAFT_FIELDS = ("text", "stance", "submission_key", "parent", "version", "anchor")


def _draft_key(page) -> str:
    return f"discussion-draft-{page.pk}"


def _route(page, name: str, **kwargs) -> str:
    return page.url + page.reverse_subpage(name, kwargs=kwargs)


def _login_links(next_url: str) -> dict:
    query = urlencode({"next": next_url})
    return {
        "login_url": f"{resolve_url(settings.LOGIN_URL)}?{query}",
        "signup_url": f"{resolve_url('account_signup')}?{query}",
    }


def _common_context(page, viewer, *, back_to: str) -> dict:
    """What every page with comment forms reads; ``back_to`` is where logging in returns."""
    return {
        "viewer": viewer,
        # Called by the template for every form it renders: each form gets its own key.
        "new_submission_key": uuid.uuid4,
        "max_length": services.MAX_LENGTH,
        "stance_choices": CommentForm.base_fields["stance"].choices,
        "comments_url": _route(page, "comments"),
        **_login_links(back_to),
    }


def comment_url(page, comment: Comment, *, user) -> str:
    """Where ``comment`` is shown to ``user``: on the SOP view when it is about a step, else
    on the page of the discussion that has its thread."""
    if comment.is_anchored:
        return f"{_route(page, 'sop', protocol_pk=comment.version.page_id)}#comment-{comment.pk}"
    number = selectors.thread_page_number(comment, user=user)
    query = f"?page={number}" if number > 1 else ""
    return f"{page.url}{query}#comment-{comment.pk}"


def _sort_links(page, current: str) -> list[dict]:
    return [
        {
            "label": label,
            "url": page.url if key == selectors.DEFAULT_SORT else f"{page.url}?sort={key}",
            "current": key == current,
        }
        for key, (label, _order) in selectors.SORTS.items()
    ]


def consultation(request, page, *, comment_form: CommentForm | None = None, status: int = 200):
    """The consultation with its discussion; ``comment_form`` is a refused comment to show
    again, with its text and the reason."""
    viewer = selectors.viewer_for(request.user, page, now=timezone.now())
    sort = selectors.sort_or_default(request.GET.get("sort"))
    draft_kept = False
    if comment_form is None and request.user.is_authenticated:
        draft = request.session.get(_draft_key(page))
        if draft:
            comment_form = CommentForm(draft, consultation=page)
            comment_form.is_valid()
            draft_kept = True
    response = page.render(
        request,
        context_overrides={
            **_common_context(page, viewer, back_to=f"{page.url}#discussion"),
            "discussion": selectors.discussion_page(
                page, viewer=viewer, sort=sort, page_number=request.GET.get("page")
            ),
            "sort_links": _sort_links(page, sort),
            "query_without_page": "" if sort == selectors.DEFAULT_SORT else f"sort={sort}",
            "comment_form": comment_form,
            "draft_kept": draft_kept,
            "following": selectors.following(page, request.user),
            "follow_url": _route(page, "follow"),
            "follow_choices": FollowFrequency.choices,
        },
    )
    response.status_code = status
    return response


@require_POST
def post_comment(request, page):
    if not request.user.is_authenticated:
        request.session[_draft_key(page)] = {
            name: request.POST.get(name, "") for name in DRAFT_FIELDS
        }
        return redirect_to_login(f"{page.url}#comment-form")
    form = CommentForm(request.POST, consultation=page)
    if form.is_valid():
        data = form.cleaned_data
        try:
            comment = services.post_comment(
                author=request.user,
                consultation=page,
                text=data["text"],
                stance=data["stance"],
                parent=data["parent"],
                version=data["version"],
                anchor=data["anchor"],
                submission_key=data["submission_key"],
            )
        except DiscussionError as refusal:
            form.add_error(None, refusal)
        else:
            request.session.pop(_draft_key(page), None)
            if comment.state == CommentState.PENDING:
                messages.info(
                    request,
                    _("Thank you. Your comment will be shown once a moderator has read it."),
                )
            return redirect(comment_url(page, comment, user=request.user))
    return consultation(request, page, comment_form=form, status=400)


def _own_comment(page, pk) -> Comment:
    comment = get_object_or_404(
        Comment.objects.select_related("version", "thread"), pk=pk, consultation=page
    )
    comment.consultation = page  # the services read it: no second query for the page
    return comment


def _render(request, page, template: str, status: int = 200, **context):
    response = page.render(
        request, template=f"stakeholders/discussion/{template}", context_overrides=context
    )
    response.status_code = status
    return response


@require_http_methods(["GET", "POST"])
def edit_comment(request, page, pk):
    comment = _own_comment(page, pk)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    form = EditForm(request.POST or None, initial={"text": comment.text})
    refusal, status = "", 200
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_comment(
                comment=comment, user=request.user, text=form.cleaned_data["text"]
            )
        except DiscussionError as error:
            refusal, status = " ".join(error.messages), 400
        else:
            messages.success(request, _("Your comment was changed."))
            return redirect(comment_url(page, comment, user=request.user))
    elif not services.can_edit(comment, request.user):
        refusal = _("A comment can be changed by its author within 15 minutes of posting.")
        status = 403
    return _render(
        request,
        page,
        "edit.html",
        status=status,
        form=form,
        refusal=refusal,
        editable=services.can_edit(comment, request.user),
        max_length=services.MAX_LENGTH,
        back_url=comment_url(page, comment, user=request.user),
    )


@require_http_methods(["GET", "POST"])
def delete_comment(request, page, pk):
    comment = _own_comment(page, pk)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    back_url = comment_url(page, comment, user=request.user)
    if comment.author_id != request.user.pk:
        return _render(request, page, "delete.html", status=403, comment=comment, back_url=back_url)
    if request.method == "POST":
        services.delete_own_comment(comment=comment, user=request.user)
        messages.success(request, _("Your comment was deleted."))
        return redirect(f"{page.url}#discussion")
    return _render(request, page, "delete.html", comment=comment, back_url=back_url, allowed=True)


@require_http_methods(["GET"])
def show_comment(request, page, pk):
    """A comment's lasting address (in e-mails, the admin, data downloads): it leads to
    wherever the comment is shown now, whatever page of the discussion its thread is on."""
    comment = _own_comment(page, pk)
    return redirect(comment_url(page, comment, user=request.user))


@require_POST
def endorse_comment(request, page, pk):
    """Endorses, or withdraws the reader's endorsement when they had given one."""
    comment = _own_comment(page, pk)
    back_url = comment_url(page, comment, user=request.user)
    if not request.user.is_authenticated:
        return redirect_to_login(back_url)
    if Endorsement.objects.filter(comment=comment, user=request.user).exists():
        services.withdraw_endorsement(comment=comment, user=request.user)
        messages.success(request, _("Your endorsement was withdrawn."))
    else:
        try:
            services.endorse(comment=comment, user=request.user)
        except DiscussionError as refusal:
            messages.error(request, " ".join(refusal.messages))
        else:
            messages.success(request, _("You endorsed this comment."))
    return redirect(back_url)


@require_http_methods(["GET", "POST"])
def report_comment(request, page, pk):
    comment = _own_comment(page, pk)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    back_url = comment_url(page, comment, user=request.user)
    form = ReportForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            services.report(
                comment=comment, reporter=request.user, reason=form.cleaned_data["reason"]
            )
        except DiscussionError as refusal:
            form.add_error(None, refusal)
            status = 400
        else:
            messages.success(request, _("Thank you. A moderator will look at this comment."))
            return redirect(back_url)
    return _render(
        request, page, "report.html", status=status, form=form, comment=comment, back_url=back_url
    )


@require_POST
def follow(request, page):
    if not request.user.is_authenticated:
        return redirect_to_login(f"{page.url}#follow")
    form = FollowForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.non_field_errors()))
    elif form.cleaned_data["action"] == "unfollow":
        services.unfollow(consultation=page, user=request.user)
        messages.success(request, _("You no longer follow this consultation."))
    else:
        services.follow(
            consultation=page, user=request.user, frequency=form.cleaned_data["frequency"]
        )
        messages.success(request, _("You follow this consultation."))
    return redirect(f"{page.url}#follow")


def sop(request, page, protocol_pk):
    """A linked protocol's latest released version, step by step, with the comments on each
    step and a form to comment on it."""
    language = Locale.objects.filter(language_code=request.LANGUAGE_CODE).first()
    protocol = selectors.sop_pages(page, language or page.locale).get(protocol_pk)
    if protocol is None:
        raise Http404
    viewer = selectors.viewer_for(request.user, page, now=timezone.now())
    version = selectors.latest_version(protocol)
    return _render(
        request,
        page,
        "sop_page.html",
        **_common_context(page, viewer, back_to=request.path),
        protocol=protocol,
        version=version,
        sections=selectors.sop_sections(page, version, viewer=viewer) if version else [],
    )
