"""Safe text and constant cost: XSS payloads posted as comments and display names are shown
escaped, unusual strings come back unchanged in the edit box, and the consultation page and the
SOP view take the same number of queries for 3 comments as for 60."""

import html as html_module
import uuid

import pytest
from django.contrib.auth.models import AnonymousUser

from stakeholders import factories
from stakeholders.discussion import selectors
from stakeholders.models import Comment, Profile, Report
from tests.payloads import naughty_strings

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '<a href="javascript:alert(1)">x</a>',
    '"><svg onload=alert(1)>',
]
# Unicode, right-to-left, emoji, quotes and backslash, zero-width characters.
BLNS = "Ω≈ç√ 田中さん مرحبا ‮abc‬ 👩🏽‍🔬 '\"\\` a\u200bb\ufeffc ﷽"


@pytest.fixture
def sop(site):
    return factories.consultation_with_sop(site, title="Storage time")


@pytest.fixture
def page(sop):
    return sop.consultation


def html_of(response) -> str:
    return response.content.decode()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_payload_in_a_comment_is_shown_escaped(client, page, payload):
    author = factories.ProfileFactory().user
    client.force_login(author)
    client.post(page.url + "comments/", {"text": payload, "submission_key": str(uuid.uuid4())})
    assert Comment.objects.get().text == payload
    client.logout()
    html = html_of(client.get(page.url))
    assert payload not in html
    assert "onerror=alert" not in html.replace("onerror=alert(1)&gt;", "")
    assert "javascript:" not in html
    assert "<script>alert" not in html and "<svg" not in html
    assert html_module.escape(payload, quote=False).split("&lt;", 1)[1][:6] in html


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_payload_as_display_name_is_shown_escaped(client, page, payload):
    profile = factories.ProfileFactory(
        display_name=payload[: Profile._meta.get_field("display_name").max_length]
    )
    factories.CommentFactory(consultation=page, author=profile.user)
    html = html_of(client.get(page.url))
    assert profile.display_name not in html
    assert html_module.escape(profile.display_name) in html


def test_an_unusual_string_round_trips_in_the_text_and_the_edit_box(client, page):
    author = factories.ProfileFactory(display_name=BLNS[:60]).user
    client.force_login(author)
    client.post(page.url + "comments/", {"text": BLNS, "submission_key": str(uuid.uuid4())})
    comment = Comment.objects.get()
    assert comment.text == BLNS
    edit = html_of(client.get(f"{page.url}comments/{comment.pk}/edit/"))
    box = edit[edit.index('id="edit-text"') :]
    box = html_module.unescape(box[box.index(">\n") + 2 : box.index("</textarea>")])
    assert box == BLNS
    assert html_module.escape(BLNS[:60]) in html_of(client.get(page.url))


def test_every_naughty_string_round_trips_as_a_comment_and_a_report_reason(client, page):
    """The Big List of Naughty Strings (all but the blank lines, which are refused) posted
    through the public forms is stored exactly as typed: surrounding spaces, control and
    zero-width characters, right-to-left marks and all."""
    strings = [string for string in naughty_strings() if string.strip()]
    client.force_login(factories.ProfileFactory().user)
    for string in strings:
        client.post(page.url + "comments/", {"text": string, "submission_key": str(uuid.uuid4())})
    comments = list(Comment.objects.order_by("pk"))
    assert [comment.text for comment in comments] == strings

    client.force_login(factories.ProfileFactory().user)
    for comment, string in zip(comments, strings, strict=True):
        client.post(f"{page.url}comments/{comment.pk}/report/", {"reason": string})
    reasons = dict(Report.objects.values_list("comment_id", "reason"))
    assert [reasons.get(comment.pk) for comment in comments] == strings


# ---- Constant query counts -----------------------------------------------------------------
def add_comments(page, sop, count):
    """``count`` comments: a third anchored to step 3, a third replies, some endorsed."""
    heads = []
    for n in range(count):
        if n % 3 == 2 and heads:
            factories.CommentFactory(consultation=page, parent=heads[-1])
        elif n % 3 == 1:
            heads.append(
                factories.CommentFactory(
                    consultation=page, version=sop.version, anchor=sop.steps[2], stance="agree"
                )
            )
        else:
            heads.append(factories.CommentFactory(consultation=page, stance="neutral"))
    for head in heads[:5]:
        factories.EndorsementFactory(comment=head)


def queries_for(client, address) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        response = client.get(address)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize("logged_in", [False, True])
def test_the_consultation_page_takes_the_same_queries_for_3_and_60_comments(
    client, site, sop, page, logged_in, django_assert_num_queries
):
    other = factories.consultation_with_sop(
        site, identifier="DARE-SOP-0009", centre="lumc", index=page.get_parent(), title="Big"
    )
    add_comments(page, sop, 3)
    add_comments(other.consultation, other, 60)
    if logged_in:
        reader = factories.ProfileFactory().user
        client.force_login(reader)
        factories.EndorsementFactory(
            comment=Comment.objects.filter(parent=None).last(), user=reader
        )
    client.get(page.url)  # warm the per-process caches (site root paths, content types)
    client.get(other.consultation.url)
    small = queries_for(client, page.url)
    with django_assert_num_queries(small):
        assert "60 comments" in html_of(client.get(other.consultation.url))
    # The site's own share (routing, menus, breadcrumbs, glossary) is most of it.
    assert small <= (45 if logged_in else 35)


def test_the_sop_view_takes_the_same_queries_for_3_and_60_comments(
    client, site, sop, page, django_assert_num_queries
):
    other = factories.consultation_with_sop(
        site, identifier="DARE-SOP-0009", centre="lumc", index=page.get_parent(), title="Big"
    )
    add_comments(page, sop, 3)
    add_comments(other.consultation, other, 60)
    client.force_login(factories.ProfileFactory().user)
    small_url = f"{page.url}sop/{sop.protocol.pk}/"
    big_url = f"{other.consultation.url}sop/{other.protocol.pk}/"
    client.get(small_url)
    client.get(big_url)
    small = queries_for(client, small_url)
    with django_assert_num_queries(small):
        response = client.get(big_url)
    step = html_of(response)[html_of(response).index(f'id="{other.steps[2]}"') :]
    assert "40 comments" in step[: step.index('class="comment-list"')]


def test_discussion_page_reads_in_a_fixed_number_of_queries(page, sop, django_assert_num_queries):
    add_comments(page, sop, 30)
    viewer = selectors.viewer_for(AnonymousUser(), page, now=page.opens_at)
    # Counts (threads, comments, tally), page of threads, replies, versions of anchored comments.
    with django_assert_num_queries(4):
        discussion = selectors.discussion_page(page, viewer=viewer, sort="newest", page_number=1)
        assert len(discussion.threads) == selectors.THREADS_PER_PAGE
        assert discussion.comment_count == 30
        assert discussion.tally == {"agree": 10, "disagree": 0, "neutral": 10}
        [node.author_name + node.author_role for node in discussion.threads]
