"""The discussion's parts of "download my data" and "delete my account": what is exported,
and that erasure keeps the discussion readable (or removes what the person wrote, at their
choice) while their name and address are left nowhere."""

import json

import pytest
from django.contrib.auth import get_user_model

from stakeholders import factories, personal_data
from stakeholders.accounts.services import erase_account
from stakeholders.discussion import services as discussion
from stakeholders.discussion.personal_data import REPLACEMENT
from stakeholders.factories import PASSWORD
from stakeholders.models import (
    Comment,
    CommentState,
    Endorsement,
    Follow,
    FollowFrequency,
    ModerationLogEntry,
    Report,
    Suspension,
)
from stakeholders.tests.test_personal_data import EMAIL, NAME, _rows_naming


@pytest.fixture
def consultation(site):
    index = factories.consultation_index(site["home_en"], "en")
    return factories.consultation(index, title="Storage time", slug="storage-time")


@pytest.fixture
def people(db):
    wilhelmina = factories.ProfileFactory(
        display_name=NAME, user__username="wilhelmina", user__email=EMAIL
    ).user
    return {
        "wilhelmina": wilhelmina,
        "ben": factories.ProfileFactory(display_name="Ben").user,
        "moderator": factories.UserFactory(username="mod", is_staff=True),
    }


@pytest.fixture
def discussion_data(consultation, people):
    """Wilhelmina comments, is answered and mentioned, endorses, follows, reports, and is
    reported and suspended."""
    wilhelmina, ben, moderator = people["wilhelmina"], people["ben"], people["moderator"]

    def post(author, text, parent=None):
        return discussion.post_comment(
            author=author, consultation=consultation, text=text, parent=parent, stance=""
        )

    answered = post(wilhelmina, f"Signed, {NAME} ({EMAIL}).")
    alone = post(wilhelmina, "A thought nobody answered.")
    own_reply = post(wilhelmina, "Adding to it myself.", parent=alone)
    answer = post(ben, f"I agree with wilhelmina.zonderland and with {NAME.upper()}.", answered)
    bens = post(ben, "Ben's own comment.")
    discussion.endorse(comment=bens, user=wilhelmina)
    discussion.endorse(comment=answered, user=ben)
    discussion.follow(consultation=consultation, user=wilhelmina, frequency=FollowFrequency.DAILY)
    discussion.report(comment=bens, reporter=wilhelmina, reason=f"{NAME} finds this off topic.")
    discussion.report(comment=answered, reporter=ben, reason=f"Mail {EMAIL} is in the text.")
    discussion.suspend(
        participant=wilhelmina, moderator=moderator, reason=f"{NAME} was warned twice."
    )
    return {
        "answered": answered,
        "alone": alone,
        "own_reply": own_reply,
        "answer": answer,
        "bens": bens,
    }


def test_download_my_data_has_the_discussion_parts(client, consultation, people, discussion_data):
    client.force_login(
        people["wilhelmina"], backend="allauth.account.auth_backends.AuthenticationBackend"
    )
    data = json.loads(client.get("/en/accounts/profile/data/download/").content)

    comments = data["comments"]
    assert [comment["text"] for comment in comments] == [
        f"Signed, {NAME} ({EMAIL}).",
        "A thought nobody answered.",
        "Adding to it myself.",
    ]
    assert comments[2]["in_reply_to"] == discussion_data["alone"].pk
    assert comments[0]["consultation"] == "Storage time"
    assert comments[0]["url"].endswith(
        f"/en/consultations/storage-time/comments/{discussion_data['answered'].pk}/"
    )
    assert comments[0]["state"] == "published" and comments[0]["posted"]
    assert data["endorsements"] == [
        {
            "comment": discussion_data["bens"].pk,
            "consultation": "Storage time",
            "endorsed": Endorsement.objects.get(user=people["wilhelmina"]).created_at.isoformat(),
        }
    ]
    assert [(f["consultation"], f["frequency"]) for f in data["follows"]] == [
        ("Storage time", "daily")
    ]
    assert [r["reason"] for r in data["reports"]] == [f"{NAME} finds this off topic."]
    assert data["suspension"]["reason"] == f"{NAME} was warned twice."
    assert data["account"]["profile"]["reply_emails"] is True
    assert "Ben's own comment." not in json.dumps(data)


def test_keeping_contributions_keeps_them_without_a_name(people, discussion_data):
    wilhelmina = people["wilhelmina"]
    erase_account(user=wilhelmina, keep_contributions=True)

    answered = Comment.objects.get(pk=discussion_data["answered"].pk)
    assert answered.author is None and answered.state == CommentState.PUBLISHED
    assert answered.text == f"Signed, {REPLACEMENT} ({REPLACEMENT})."
    assert NAME not in answered.html and EMAIL not in answered.html
    assert Comment.objects.get(pk=discussion_data["answer"].pk).text == (
        f"I agree with {REPLACEMENT} and with {REPLACEMENT}."
    )
    assert Comment.objects.filter(author=None).count() == 3
    bens = Comment.objects.get(pk=discussion_data["bens"].pk)
    assert bens.endorsement_count == 0
    assert not Endorsement.objects.filter(comment=bens).exists()
    assert not Follow.objects.exists()
    assert not Suspension.objects.exists()
    report = Report.objects.get(comment=bens)
    assert (report.reporter, report.reason) == (None, f"{REPLACEMENT} finds this off topic.")
    assert Report.objects.get(comment=answered).reason == f"Mail {REPLACEMENT} is in the text."
    assert ModerationLogEntry.objects.get().participant is None
    assert ModerationLogEntry.objects.get().reason == f"{REPLACEMENT} was warned twice."


def test_removing_contributions_leaves_placeholders_only_where_others_replied(
    people, discussion_data
):
    erase_account(user=people["wilhelmina"], keep_contributions=False)

    placeholder = Comment.objects.get(pk=discussion_data["answered"].pk)
    assert (placeholder.state, placeholder.text, placeholder.html, placeholder.author) == (
        CommentState.DELETED,
        "",
        "",
        None,
    )
    assert not Comment.objects.filter(
        pk__in=[discussion_data["alone"].pk, discussion_data["own_reply"].pk]
    ).exists()
    assert Comment.objects.get(pk=discussion_data["answer"].pk).text == (
        f"I agree with {REPLACEMENT} and with {REPLACEMENT}."
    )
    assert Comment.objects.get(pk=discussion_data["bens"].pk).endorsement_count == 0


@pytest.mark.django_db
@pytest.mark.parametrize("keep", ["keep", "remove"])
def test_after_erasure_no_text_column_names_the_person(
    client,
    settings,
    consultation,
    people,
    discussion_data,
    keep,
    django_capture_on_commit_callbacks,
):
    """With the mail queued in the database (as in production): a reply e-mail and a password
    reset are queued for her, then she deletes her account from the profile page."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    wilhelmina = people["wilhelmina"]
    with django_capture_on_commit_callbacks(execute=True):
        discussion.post_comment(
            author=people["ben"],
            consultation=consultation,
            text="Another answer.",
            parent=discussion_data["alone"],
        )
    client.post("/en/accounts/password/reset/", {"email": EMAIL})
    assert _rows_naming(NAME) and _rows_naming(EMAIL)

    client.force_login(wilhelmina, backend="allauth.account.auth_backends.AuthenticationBackend")
    response = client.post(
        "/en/accounts/profile/delete/", {"contributions": keep, "password": PASSWORD}
    )

    assert response.url == "/en/accounts/deleted/"
    assert not get_user_model().objects.filter(username="wilhelmina").exists()
    assert _rows_naming(EMAIL) == []
    assert _rows_naming(NAME) == []
    assert _rows_naming(EMAIL.split("@")[0]) == []
    assert Comment.objects.filter(author=None).exists()


def test_the_discussion_parts_are_registered():
    assert {"comments", "endorsements", "follows", "reports", "suspension"} <= set(
        personal_data.REGISTRY
    )
