"""The discussion as participants use it through the site: posting, replying, anchored
comments, editing, deleting, endorsing, reporting, following, sorting and paging, refusals
that keep the text, a session that expired while writing, double submissions, and what
anonymous readers see after a new comment (the page cache)."""

import re
import uuid
from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from knowledge import factories as knowledge_factories
from stakeholders import factories
from stakeholders.discussion import selectors, services
from stakeholders.models import (
    Comment,
    CommentState,
    Endorsement,
    Follow,
    FollowFrequency,
    Report,
    Suspension,
)


@pytest.fixture
def sop(site):
    return factories.consultation_with_sop(site, title="Storage time")


@pytest.fixture
def page(sop):
    return sop.consultation


@pytest.fixture
def ann(db):
    return factories.ProfileFactory(display_name="Ann", role="clinician").user


@pytest.fixture
def bo(db):
    return factories.ProfileFactory(display_name="Bo").user


def url(page, route="", **kwargs):
    return (
        page.url + page.reverse_subpage(route or "comments", kwargs=kwargs) if route else page.url
    )


def post_comment(client, page, text="Goed idee.", **fields):
    data = {"text": text, "submission_key": str(uuid.uuid4()), **fields}
    return client.post(url(page, "comments"), data)


def html_of(response) -> str:
    return response.content.decode()


# ---- Posting and replying -------------------------------------------------------------------
def test_a_comment_is_posted_and_shown(client, page, ann):
    client.force_login(ann)
    response = post_comment(client, page, "Vier uur is te kort.", stance="disagree")
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{page.url}#comment-{comment.pk}"
    assert (comment.author, comment.stance, comment.text) == (
        ann,
        "disagree",
        "Vier uur is te kort.",
    )
    html = html_of(client.get(page.url))
    assert f'id="comment-{comment.pk}"' in html
    assert "Vier uur is te kort." in html
    assert "Ann" in html and "Clinician" in html
    assert "Disagree: 1" in html
    assert "(1 comment)" in html


def test_a_reply_nests_under_its_parent_and_depth_is_bounded(client, page, ann, bo):
    root = factories.CommentFactory(consultation=page)
    client.force_login(ann)
    post_comment(client, page, "Eerste antwoord", parent=root.pk)
    first = Comment.objects.get(text="Eerste antwoord")
    post_comment(client, page, "Tweede niveau", parent=first.pk)
    second = Comment.objects.get(text="Tweede niveau")
    client.force_login(bo)
    post_comment(client, page, "Te diep", parent=second.pk)
    deepest = Comment.objects.get(text="Te diep")
    assert (first.parent, first.depth) == (root, 1)
    assert (second.parent, second.depth) == (first, 2)
    # A reply to the deepest level joins that level.
    assert (deepest.parent, deepest.depth, deepest.thread) == (first, services.MAX_DEPTH, root)
    html = html_of(client.get(page.url))
    reply_list = html.index("comment-list--replies")
    assert (
        html.index(f'id="comment-{root.pk}"') < reply_list < html.index(f'id="comment-{first.pk}"')
    )


def test_a_reply_takes_no_stance_and_a_locked_thread_takes_no_reply(client, page, ann):
    root = factories.CommentFactory(consultation=page, locked=True)
    client.force_login(ann)
    response = post_comment(client, page, "Mag dit nog?", parent=root.pk)
    html = html_of(response)
    assert response.status_code == 400
    assert "closed this thread" in html and 'role="alert"' in html
    assert "Mag dit nog?" in html
    assert "Reply</summary>" not in html
    assert not Comment.objects.filter(parent=root).exists()


def test_an_unknown_parent_comes_back_with_the_text(client, page, ann):
    client.force_login(ann)
    response = post_comment(client, page, "Mijn antwoord", parent=999999)
    assert response.status_code == 400
    assert "no longer exists" in html_of(response)
    assert "Mijn antwoord" in html_of(response)


# ---- Anchored comments and the SOP view ----------------------------------------------------
def test_a_comment_on_step_3_is_shown_beside_it(client, sop, page, ann):
    client.force_login(ann)
    response = post_comment(
        client, page, "Stap 3 duurt langer.", version=sop.version.pk, anchor=sop.steps[2]
    )
    comment = Comment.objects.get()
    sop_url = url(page, "sop", protocol_pk=sop.protocol.pk)
    assert response["Location"] == f"{sop_url}#comment-{comment.pk}"
    assert (comment.version, comment.anchor) == (sop.version, sop.steps[2])
    html = html_of(client.get(page.url))
    assert f'href="{sop_url}#{sop.steps[2]}">On step 3 of DARE-SOP-0001 v1</a>' in html
    assert f'href="{sop_url}"' in html  # linked from "Protocols under consultation"
    view = html_of(client.get(sop_url))
    step = view[view.index(f'id="{sop.steps[2]}"') :]
    step = step[: step.index("</li>\n      <li") if "</li>\n      <li" in step else len(step)]
    assert "Step 3" in step and "1 comment" in step and "Stap 3 duurt langer." in step
    assert view.count("Stap 3 duurt langer.") == 1


def test_a_draft_under_consultation_is_said_to_be_one(client, sop, page):
    """Participants may comment on a draft before it takes effect; the SOP view and the list
    of protocols say it is one, so nobody takes it for the rules in force."""
    sop_url = url(page, "sop", protocol_pk=sop.protocol.pk)
    assert "Version 1, as released." in html_of(client.get(sop_url))
    assert '<span class="tag">Draft</span>' not in html_of(client.get(page.url))

    knowledge_factories.new_version(sop.protocol, 2, status="draft")

    assert "Version 2, a draft that is not yet in force." in html_of(client.get(sop_url))
    linked = html_of(client.get(page.url)).split('id="linked-protocols"', 1)[1]
    assert '</span></a> <span class="tag">Draft</span>' in linked.split("</li>", 1)[0]


@pytest.mark.parametrize(
    "fields",
    [
        {"anchor": "no-such-step"},
        {"anchor": ""},
        {"version": 999999},
    ],
)
def test_an_anchor_not_in_the_version_is_refused(client, sop, page, ann, fields):
    client.force_login(ann)
    data = {"version": sop.version.pk, "anchor": sop.steps[0], **fields}
    response = post_comment(client, page, "Over een stap", **data)
    assert response.status_code == 400
    assert "not part of a protocol under consultation" in html_of(response)
    assert "Over een stap" in html_of(response)
    assert not Comment.objects.exists()


def test_an_anchor_of_a_protocol_not_linked_is_refused(client, site, sop, page, ann):
    other = factories.consultation_with_sop(
        site, identifier="DARE-SOP-0002", centre="lumc", index=page.get_parent(), title="Other"
    )
    client.force_login(ann)
    response = post_comment(client, page, "Elders", version=other.version.pk, anchor=other.steps[0])
    assert response.status_code == 400
    assert not Comment.objects.exists()
    assert client.get(url(page, "sop", protocol_pk=other.protocol.pk)).status_code == 404


# ---- Phases, suspension, anonymous readers ------------------------------------------------
@pytest.mark.parametrize(
    ("opens_in", "closes_in", "notice", "refusal"),
    [
        (timedelta(days=2), timedelta(days=9), "Comments open on", "opens on"),
        (timedelta(days=-9), timedelta(days=-2), "Closed for comments", "has closed"),
    ],
)
def test_outside_the_open_phase_the_text_comes_back_with_the_reason(
    client, site, ann, opens_in, closes_in, notice, refusal
):
    page = factories.consultation(
        factories.consultation_index(site["home_en"], "en"),
        title="Phase",
        opens_in=opens_in,
        closes_in=closes_in,
    )
    old = factories.CommentFactory(consultation=page, text="Eerder geschreven")
    client.force_login(ann)
    html = html_of(client.get(page.url))
    assert notice in html and "Eerder geschreven" in html
    assert 'name="text"' not in html
    response = post_comment(client, page, "Toch nog iets")
    assert response.status_code == 400
    alert = html_of(response)[html_of(response).index('role="alert"') :]
    assert refusal in alert[: alert.index("</div>")]
    assert "Toch nog iets" in html_of(response)
    assert list(Comment.objects.all()) == [old]


@pytest.mark.parametrize(
    ("text", "message"),
    [("   ", "Write your comment"), ("x" * (services.MAX_LENGTH + 1), "at most 5000")],
)
def test_empty_and_overlong_comments_come_back(client, page, ann, text, message):
    client.force_login(ann)
    response = post_comment(client, page, text)
    html = html_of(response)
    assert response.status_code == 400
    assert message in html and 'aria-invalid="true"' in html
    assert f">\n{text}</textarea>" in html
    assert not Comment.objects.exists()


def test_each_comment_links_to_its_own_routes_and_reply_forms_have_their_own_keys(
    client, page, ann, bo
):
    own = factories.CommentFactory(consultation=page, author=ann)
    others = [factories.CommentFactory(consultation=page, author=bo) for _ in range(2)]
    client.force_login(ann)
    html = html_of(client.get(page.url))
    assert f'href="{url(page, "edit_comment", pk=own.pk)}"' in html
    assert f'href="{url(page, "delete_comment", pk=own.pk)}"' in html
    for comment in others:
        assert f'action="{url(page, "endorse_comment", pk=comment.pk)}"' in html
        assert f'href="{url(page, "report_comment", pk=comment.pk)}"' in html
    for comment in [own, *others]:
        assert f'<input type="hidden" name="parent" value="{comment.pk}">' in html
        assert f'<label for="reply-to-{comment.pk}-text">' in html
    keys = re.findall(r'name="submission_key" value="([^"]+)"', html)
    assert len(set(keys)) == len(keys) == 4  # the new comment's form and three reply forms


def test_a_suspended_participant_reads_but_does_not_write(client, page, ann, bo):
    Suspension.objects.create(user=ann, reason="Spam", suspended_by=bo)
    comment = factories.CommentFactory(consultation=page)
    client.force_login(ann)
    html = html_of(client.get(page.url))
    assert "suspended" in html and 'name="text"' not in html
    assert f"/comments/{comment.pk}/endorse/" not in html
    response = post_comment(client, page, "Mag ik niet")
    assert response.status_code == 400 and "Mag ik niet" in html_of(response)


def test_anonymous_readers_are_invited_to_log_in(client, page):
    html = html_of(client.get(page.url))
    assert "to take part" in html
    assert "/en/accounts/login/?next=" in html and "/en/accounts/signup/?next=" in html
    assert 'name="text"' not in html and 'id="follow"' not in html


def test_a_session_that_expired_keeps_the_text_through_login(client, page, ann):
    response = post_comment(client, page, "Lang verhaal dat ik niet kwijt wil.", stance="agree")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")
    assert not Comment.objects.exists()
    login = client.post(
        response["Location"], {"login": ann.username, "password": factories.PASSWORD}
    )
    assert login.status_code == 302
    assert login["Location"] == f"{page.url}#comment-form"
    html = html_of(client.get(page.url))
    assert "Your comment was kept; check it and send it." in html
    assert ">\nLang verhaal dat ik niet kwijt wil.</textarea>" in html
    assert 'value="agree" checked' in html
    form = html[html.index('id="comment-form"') :]
    key = form.split('name="submission_key" value="')[1].split('"')[0]
    client.post(url(page, "comments"), {"text": "Lang verhaal.", "submission_key": key})
    assert Comment.objects.get().author == ann
    assert "was kept" not in html_of(client.get(page.url))


def test_a_double_submission_stores_one_comment(client, page, ann):
    client.force_login(ann)
    key = str(uuid.uuid4())
    first = client.post(url(page, "comments"), {"text": "Eén keer", "submission_key": key})
    second = client.post(url(page, "comments"), {"text": "Eén keer", "submission_key": key})
    comment = Comment.objects.get()
    assert first["Location"] == second["Location"] == f"{page.url}#comment-{comment.pk}"


def test_a_premoderated_comment_shows_only_to_its_author(client, page, ann, bo, settings):
    settings.COMMENTS_PREMODERATE_FIRST = True
    client.force_login(ann)
    post_comment(client, page, "Mijn eerste")
    assert Comment.objects.get().state == CommentState.PENDING
    assert "Awaiting moderation" in html_of(client.get(page.url))
    client.force_login(bo)
    assert "Mijn eerste" not in html_of(client.get(page.url))
    client.logout()
    assert "Mijn eerste" not in html_of(client.get(page.url))


# ---- Hidden and deleted comments -----------------------------------------------------------
def test_hidden_and_deleted_comments_leave_placeholders_without_their_text(client, page):
    hidden = factories.CommentFactory(consultation=page, text="Geheime belediging")
    deleted = factories.CommentFactory(consultation=page)
    factories.CommentFactory(consultation=page, parent=hidden, text="Antwoord blijft")
    factories.CommentFactory(consultation=page, parent=deleted)
    services.hide(comment=hidden, moderator=None, reason="Beledigend")
    services.delete_own_comment(comment=deleted, user=deleted.author)
    html = html_of(client.get(page.url))
    assert "Removed by a moderator." in html and "Deleted by its author." in html
    assert "Geheime belediging" not in html
    assert "Antwoord blijft" in html


# ---- Edit and delete -----------------------------------------------------------------------
def test_the_author_edits_within_15_minutes(client, page, ann):
    comment = factories.CommentFactory(consultation=page, author=ann, text="Eerst <em>zo</em>")
    client.force_login(ann)
    edit_url = url(page, "edit_comment", pk=comment.pk)
    form = html_of(client.get(edit_url))
    assert ">\nEerst &lt;em&gt;zo&lt;/em&gt;</textarea>" in form
    response = client.post(edit_url, {"text": "Nu anders"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.text == "Nu anders" and comment.edited_at is not None
    assert "(edited)" in html_of(client.get(page.url))


def test_after_15_minutes_or_by_another_an_edit_is_refused(client, page, ann, bo):
    comment = factories.CommentFactory(consultation=page, author=ann, text="Oud")
    Comment.objects.filter(pk=comment.pk).update(
        created_at=timezone.now() - services.EDIT_WINDOW - timedelta(seconds=1)
    )
    edit_url = url(page, "edit_comment", pk=comment.pk)
    client.force_login(ann)
    assert "/edit/" not in html_of(client.get(page.url))
    assert client.get(edit_url).status_code == 403
    response = client.post(edit_url, {"text": "Nieuw"})
    assert response.status_code == 400 and "Nieuw" in html_of(response)
    client.force_login(bo)
    fresh = factories.CommentFactory(consultation=page, author=ann)
    assert client.get(url(page, "edit_comment", pk=fresh.pk)).status_code == 403
    comment.refresh_from_db()
    assert comment.text == "Oud"


def test_the_author_deletes_after_confirming(client, page, ann, bo):
    comment = factories.CommentFactory(consultation=page, author=ann)
    delete_url = url(page, "delete_comment", pk=comment.pk)
    client.force_login(bo)
    assert client.post(delete_url).status_code == 403
    client.force_login(ann)
    assert "Delete my comment" in html_of(client.get(delete_url))
    assert Comment.objects.filter(pk=comment.pk).exists()
    assert client.post(delete_url).status_code == 302
    assert not Comment.objects.filter(pk=comment.pk).exists()


# ---- Endorse, report, follow ---------------------------------------------------------------
def test_endorsing_counts_once_and_toggles(client, page, ann, bo):
    comment = factories.CommentFactory(consultation=page, author=ann)
    endorse_url = url(page, "endorse_comment", pk=comment.pk)
    client.force_login(ann)
    client.post(endorse_url)  # one's own: refused
    assert not Endorsement.objects.exists()
    client.force_login(bo)
    client.post(endorse_url)
    comment.refresh_from_db()
    assert comment.endorsement_count == 1
    html = html_of(client.get(page.url))
    assert "1 endorsement" in html and "Withdraw endorsement" in html
    client.post(endorse_url)
    comment.refresh_from_db()
    assert comment.endorsement_count == 0 and not Endorsement.objects.exists()
    assert client.get(endorse_url).status_code == 405


def test_a_report_needs_a_reason_and_keeps_it(client, page, ann, bo):
    comment = factories.CommentFactory(consultation=page, author=ann)
    report_url = url(page, "report_comment", pk=comment.pk)
    client.force_login(bo)
    form = html_of(client.get(report_url))
    assert 'name="reason"' in form and '<label for="report-reason">' in form
    refused = client.post(report_url, {"reason": "  "})
    assert refused.status_code == 400 and 'role="alert"' in html_of(refused)
    too_long = "r" * (services.REASON_MAX_LENGTH + 1)
    refused = client.post(report_url, {"reason": too_long})
    assert refused.status_code == 400 and too_long in html_of(refused)
    assert client.post(report_url, {"reason": "Reclame"}).status_code == 302
    assert Report.objects.get().reason == "Reclame"


def test_anonymous_actions_go_to_the_login(client, page):
    comment = factories.CommentFactory(consultation=page)
    for route in ("endorse_comment", "report_comment", "edit_comment", "delete_comment"):
        response = client.post(url(page, route, pk=comment.pk))
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    response = client.post(url(page, "follow"), {"frequency": "daily"})
    assert "/accounts/login/" in response["Location"]


def test_following_daily_and_stopping(client, page, ann):
    client.force_login(ann)
    follow_url = url(page, "follow")
    client.post(follow_url, {"frequency": FollowFrequency.DAILY})
    assert Follow.objects.get(user=ann).frequency == FollowFrequency.DAILY
    html = html_of(client.get(page.url))
    assert "You follow this consultation" in html and 'value="daily" checked' in html
    client.post(follow_url, {"frequency": "daily", "action": "unfollow"})
    assert not Follow.objects.exists()
    client.post(follow_url, {"frequency": "weekly"})
    assert not Follow.objects.exists()
    assert client.get(follow_url).status_code == 405


# ---- Sorting and paging --------------------------------------------------------------------
def test_sorts_and_pages(client, page):
    now = timezone.now()
    comments = [factories.CommentFactory(consultation=page, text=f"Nummer {n}.") for n in range(25)]
    for n, comment in enumerate(comments):
        Comment.objects.filter(pk=comment.pk).update(
            created_at=now - timedelta(minutes=100 - n), endorsement_count=n % 3
        )

    def order(query=""):
        html = html_of(client.get(page.url + query))
        return [int(part.split(".")[0]) for part in html.split("Nummer ")[1:]]

    assert order() == list(range(24, 4, -1))
    assert order("?page=2") == [4, 3, 2, 1, 0]
    assert order("?sort=oldest") == list(range(20))
    assert order("?sort=endorsed")[:3] == [23, 20, 17]
    html = html_of(client.get(page.url + "?sort=oldest"))
    assert (
        'href="/en/consultations/storage-time/?sort=oldest#discussion" aria-current="true"' in html
    )
    assert "?sort=oldest&amp;page=2" in html


@pytest.mark.parametrize("query", ["?sort=bogus", "?page=0", "?page=x", "?page=99", "?sort=<b>"])
def test_bad_sort_or_page_is_no_error(client, page, query):
    factories.CommentFactory(consultation=page, text="Altijd zichtbaar")
    response = client.get(page.url + query)
    assert response.status_code == 200
    assert "Altijd zichtbaar" in html_of(response)


def test_unknown_comments_and_protocols_are_404(client, page, ann):
    client.force_login(ann)
    for route in ("edit_comment", "delete_comment", "report_comment"):
        assert client.get(url(page, route, pk=999999)).status_code == 404
    assert client.post(url(page, "endorse_comment", pk=999999)).status_code == 404
    assert client.get(url(page, "sop", protocol_pk=999999)).status_code == 404
    assert client.get(url(page, "comments")).status_code == 405


def test_a_comment_of_another_consultation_is_404_here(client, site, page, ann):
    other = factories.consultation(page.get_parent().specific, title="Other")
    comment = factories.CommentFactory(consultation=other, author=ann)
    client.force_login(ann)
    assert client.get(url(page, "edit_comment", pk=comment.pk)).status_code == 404


def test_a_reply_redirects_to_the_page_of_its_thread(client, page, ann):
    old = factories.CommentFactory(consultation=page)
    Comment.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=1))
    for _n in range(selectors.THREADS_PER_PAGE):
        factories.CommentFactory(consultation=page)
    client.force_login(ann)
    response = post_comment(client, page, "Laat antwoord", parent=old.pk)
    reply = Comment.objects.get(text="Laat antwoord")
    assert response["Location"] == f"{page.url}?page=2#comment-{reply.pk}"


def test_a_comments_lasting_address_leads_to_where_it_is_shown(client, sop, page):
    old = factories.CommentFactory(consultation=page)
    Comment.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=1))
    for _n in range(selectors.THREADS_PER_PAGE):
        factories.CommentFactory(consultation=page)
    on_step = factories.CommentFactory(consultation=page, version=sop.version, anchor=sop.steps[2])
    link = page.comment_link(old.pk)
    assert link == f"{page.get_full_url()}comments/{old.pk}/"
    assert link.startswith("http")
    assert client.get(url(page, "comment", pk=old.pk))["Location"] == (
        f"{page.url}?page=2#comment-{old.pk}"
    )
    assert client.get(url(page, "comment", pk=on_step.pk))["Location"] == (
        f"{url(page, 'sop', protocol_pk=sop.protocol.pk)}#comment-{on_step.pk}"
    )
    assert client.get(url(page, "comment", pk=999_999)).status_code == 404
    assert client.post(url(page, "comment", pk=old.pk)).status_code == 405


# ---- The page cache ------------------------------------------------------------------------
def test_a_new_comment_shows_to_an_anonymous_reader_who_loaded_the_page(
    client, page, ann, page_cache_on
):
    first = client.get(page.url)
    assert "private" in first["Cache-Control"]
    assert "X-Page-Cache" not in first
    factories.CommentFactory(consultation=page, text="Net geplaatst")
    again = client.get(page.url)
    assert "Net geplaatst" in html_of(again)
    assert settings.PAGE_CACHE_SECONDS > 0


def test_the_discussion_speaks_dutch_on_a_dutch_consultation(client, site):
    dutch = factories.consultation_with_sop(site, language="nl", title="Bewaartijd")
    factories.CommentFactory(
        consultation=dutch.consultation, version=dutch.version, anchor=dutch.steps[2]
    )
    html = html_of(client.get(dutch.consultation.url))
    assert "Discussie" in html and "(1 reactie)" in html
    assert "Over stap 3 van DARE-SOP-0001 v1" in html
    assert "om mee te doen" in html
    view = html_of(client.get(url(dutch.consultation, "sop", protocol_pk=dutch.protocol.pk)))
    assert "Stap 3" in view and "1 reactie" in view
