"""The discussion's rules, at the service level: who may write when, replies and their depth,
double submissions, the edit window, endorsements counted once, reports and the automatic
hide, and every moderator action logged."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import translation

from knowledge import factories as knowledge_factories
from knowledge.models import PublishedVersion
from stakeholders import factories
from stakeholders.discussion import services
from stakeholders.discussion.sanitise import comment_html
from stakeholders.discussion.services import DiscussionError
from stakeholders.models import (
    Comment,
    CommentState,
    Endorsement,
    ModerationAction,
    ModerationLogEntry,
    Report,
)


@pytest.fixture
def index(site):
    return factories.consultation_index(site["home_en"], "en")


@pytest.fixture
def open_consultation(index):
    return factories.consultation(index, title="Storage time")


@pytest.fixture
def people(db):
    return {name: factories.ProfileFactory(display_name=name).user for name in ("ann", "bo", "cy")}


def post(consultation, author, text="Goed idee.", **fields):
    return services.post_comment(author=author, consultation=consultation, text=text, **fields)


def refusal(call) -> str:
    with translation.override("en"), pytest.raises(DiscussionError) as raised:
        call()
    return " ".join(raised.value.messages)


def test_a_comment_is_stored_as_typed_and_shown_sanitised(open_consultation, people):
    text = "  Zie https://ema.europa.eu\n\n<script>alert(1)</script> 😀 ‮abc\u200b\n"
    comment = post(open_consultation, people["ann"], text, stance="agree")
    comment.refresh_from_db()
    assert comment.text == text
    assert "<script>" not in comment.html
    assert "&lt;script&gt;" in comment.html
    assert 'href="https://ema.europa.eu" rel="nofollow ugc noopener"' in comment.html
    assert comment.stance == "agree"
    assert comment.state == CommentState.PUBLISHED


def test_posting_before_opening_and_after_closing_is_refused(index, people):
    announced = factories.consultation(
        index, title="Later", opens_in=timedelta(days=2), closes_in=timedelta(days=9)
    )
    closed = factories.consultation(
        index, title="Over", opens_in=timedelta(days=-9), closes_in=timedelta(days=-2)
    )
    assert "opens on" in refusal(lambda: post(announced, people["ann"]))
    assert "has closed" in refusal(lambda: post(closed, people["ann"]))
    assert not Comment.objects.exists()


def test_empty_and_overlong_text_are_refused(open_consultation, people):
    assert "Write your comment" in refusal(lambda: post(open_consultation, people["ann"], "  \n"))
    too_long = "x" * (services.MAX_LENGTH + 1)
    message = refusal(lambda: post(open_consultation, people["ann"], too_long))
    assert str(services.MAX_LENGTH) in message and str(services.MAX_LENGTH + 1) in message


def test_the_same_submission_twice_makes_one_comment(open_consultation, people):
    key = "7d3c4c36-5f0e-4a43-9d0b-8d7e3b7c2a10"
    first = post(open_consultation, people["ann"], submission_key=key)
    second = post(open_consultation, people["ann"], submission_key=key)
    assert first.pk == second.pk
    assert Comment.objects.count() == 1


def test_replies_nest_to_the_maximum_depth_then_join_it(open_consultation, people):
    root = post(open_consultation, people["ann"])
    reply = post(open_consultation, people["bo"], parent=root)
    deepest = post(open_consultation, people["cy"], parent=reply)
    beyond = post(open_consultation, people["ann"], parent=deepest)
    assert [reply.depth, deepest.depth] == [1, services.MAX_DEPTH]
    assert beyond.depth == services.MAX_DEPTH
    assert beyond.parent_id == reply.pk
    assert {reply.thread_id, deepest.thread_id, beyond.thread_id} == {root.pk}


def test_a_reply_in_a_locked_thread_is_refused(open_consultation, people):
    root = post(open_consultation, people["ann"])
    reply = post(open_consultation, people["bo"], parent=root)
    services.set_thread_lock(comment=reply, moderator=people["cy"], locked=True, reason="Heated")
    root.refresh_from_db()
    assert root.locked
    assert "closed this thread" in refusal(
        lambda: post(open_consultation, people["cy"], parent=reply)
    )


def test_a_suspended_participant_reads_but_cannot_write(open_consultation, people):
    comment = post(open_consultation, people["bo"])
    services.suspend(participant=people["ann"], moderator=people["cy"], reason="Spam")
    assert "suspended" in refusal(lambda: post(open_consultation, people["ann"]))
    assert "suspended" in refusal(lambda: services.endorse(comment=comment, user=people["ann"]))
    services.lift_suspension(participant=people["ann"], moderator=people["cy"])
    assert post(open_consultation, people["ann"]).pk


def test_edit_only_by_the_author_within_the_window(open_consultation, people):
    comment = post(open_consultation, people["ann"], "Eerst")
    services.edit_comment(comment=comment, user=people["ann"], text="Daarna")
    comment.refresh_from_db()
    assert (comment.text, comment.edited_at is not None) == ("Daarna", True)
    assert "15 minutes" in refusal(
        lambda: services.edit_comment(comment=comment, user=people["bo"], text="Van mij")
    )
    late = comment.created_at + services.EDIT_WINDOW + timedelta(seconds=1)
    assert "15 minutes" in refusal(
        lambda: services.edit_comment(comment=comment, user=people["ann"], text="Te laat", now=late)
    )
    comment.refresh_from_db()
    assert comment.text == "Daarna"


def test_deleting_ones_own_comment_keeps_a_placeholder_while_it_has_replies(
    open_consultation, people
):
    lonely = post(open_consultation, people["ann"])
    answered = post(open_consultation, people["ann"], "Vraag")
    post(open_consultation, people["bo"], parent=answered)
    assert "your own" in refusal(
        lambda: services.delete_own_comment(comment=answered, user=people["bo"])
    )
    services.delete_own_comment(comment=lonely, user=people["ann"])
    services.delete_own_comment(comment=answered, user=people["ann"])
    assert not Comment.objects.filter(pk=lonely.pk).exists()
    answered.refresh_from_db()
    assert (answered.state, answered.text, answered.html) == (CommentState.DELETED, "", "")


def test_endorsements_count_once_per_person_and_not_ones_own(open_consultation, people):
    comment = post(open_consultation, people["ann"])
    assert services.endorse(comment=comment, user=people["bo"]) is True
    assert services.endorse(comment=comment, user=people["bo"]) is False
    services.endorse(comment=comment, user=people["cy"])
    assert "your own" in refusal(lambda: services.endorse(comment=comment, user=people["ann"]))
    comment.refresh_from_db()
    assert comment.endorsement_count == 2 == Endorsement.objects.count()
    services.withdraw_endorsement(comment=comment, user=people["bo"])
    services.withdraw_endorsement(comment=comment, user=people["bo"])
    comment.refresh_from_db()
    assert comment.endorsement_count == 1


@override_settings(COMMENTS_AUTO_HIDE_REPORTS=2)
def test_reports_hide_a_comment_automatically_at_the_threshold(open_consultation, people):
    comment = post(open_consultation, people["ann"])
    services.report(comment=comment, reporter=people["bo"], reason="Beledigend")
    services.report(comment=comment, reporter=people["bo"], reason="Nog steeds")
    comment.refresh_from_db()
    assert (comment.state, comment.open_report_count) == (CommentState.PUBLISHED, 1)
    services.report(comment=comment, reporter=people["cy"], reason="Onjuist")
    comment.refresh_from_db()
    assert comment.state == CommentState.HIDDEN
    entry = ModerationLogEntry.objects.get()
    assert (entry.action, entry.moderator, entry.participant) == (
        ModerationAction.AUTO_HIDE,
        None,
        people["ann"],
    )


def test_a_report_needs_a_reason(open_consultation, people):
    comment = post(open_consultation, people["ann"])
    assert "what is wrong" in refusal(
        lambda: services.report(comment=comment, reporter=people["bo"], reason=" ")
    )
    assert not Report.objects.exists()


def test_moderator_actions_are_logged_with_their_reason(open_consultation, people):
    moderator = people["cy"]
    comment = post(open_consultation, people["ann"])
    services.report(comment=comment, reporter=people["bo"], reason="Reclame")
    assert "reason" in refusal(
        lambda: services.hide(comment=comment, moderator=moderator, reason="")
    )
    services.hide(comment=comment, moderator=moderator, reason="Reclame voor een kliniek")
    comment.refresh_from_db()
    assert (comment.state, comment.open_report_count) == (CommentState.HIDDEN, 0)
    assert Report.objects.get().resolved_at is not None
    services.restore(comment=comment, moderator=moderator, reason="Toch informatief")
    comment.refresh_from_db()
    assert comment.state == CommentState.PUBLISHED
    services.delete_comment(comment=comment, moderator=moderator, reason="Op verzoek")
    assert not Comment.objects.exists()
    log = list(
        ModerationLogEntry.objects.order_by("pk").values_list("action", "moderator", "reason")
    )
    assert log == [
        (ModerationAction.HIDE, moderator.pk, "Reclame voor een kliniek"),
        (ModerationAction.RESTORE, moderator.pk, "Toch informatief"),
        (ModerationAction.DELETE, moderator.pk, "Op verzoek"),
    ]


@override_settings(COMMENTS_PREMODERATE_FIRST=True)
def test_a_new_accounts_first_comment_waits_for_a_moderator(open_consultation, people):
    first = post(open_consultation, people["ann"], "Eerste")
    assert first.state == CommentState.PENDING
    assert post(open_consultation, people["ann"], "Tweede").state == CommentState.PENDING
    services.restore(comment=first, moderator=people["cy"])
    first.refresh_from_db()
    assert first.state == CommentState.PUBLISHED
    assert post(open_consultation, people["ann"], "Derde").state == CommentState.PUBLISHED
    assert ModerationLogEntry.objects.get().action == ModerationAction.APPROVE


def test_anchored_comment_keeps_its_version_and_replies_inherit_it(site, open_consultation, people):
    sop = knowledge_factories.protocol(knowledge_factories.centre(site), step_count=4)
    version = PublishedVersion.objects.get(page=sop)
    anchor = next(section for section in version.sections if section["key"] == "procedure")[
        "items"
    ][2]["id"]
    root = post(open_consultation, people["ann"], version=version, anchor=anchor)
    reply = post(open_consultation, people["bo"], parent=root)
    assert root.is_anchored
    assert (reply.version_id, reply.anchor) == (version.pk, anchor)


@pytest.mark.parametrize(
    "link",
    [
        '<a href="javascript\x00:javascript:alert(1)">x</a>',
        '<a href="//elsewhere.example/">x</a>',
        '<a href="/admin/">x</a>',
        '<a href="data:text/html,alert(1)">x</a>',
    ],
)
def test_only_http_https_and_mailto_links_keep_their_address(link):
    html = comment_html(link)
    assert "href" not in html
    assert 'rel="nofollow ugc noopener"' in html


def test_allowed_links_keep_their_address_and_get_rel():
    assert comment_html('<a href="mailto:qp@umcu.nl" rel="author">QP</a>') == (
        '<p><a href="mailto:qp@umcu.nl" rel="nofollow ugc noopener">QP</a></p>'
    )
