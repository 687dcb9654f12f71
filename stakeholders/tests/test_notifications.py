"""The discussion's e-mails: a reply tells the author answered (in their language, plain text
only, never to oneself nor when turned off); the periodic command tells followers of a new
phase once and sends the daily digest of what is new."""

import re
from datetime import datetime, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command
from django.utils import timezone

from stakeholders import factories
from stakeholders.discussion import services as discussion
from stakeholders.models import (
    Comment,
    ConsultationPage,
    Follow,
    FollowFrequency,
    PhaseNotice,
    StakeholderRole,
)
from stakeholders.notifications import selectors

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
def consultation(site):
    """An open consultation in English with its Dutch translation."""
    index_nl = factories.consultation_index(site["home_nl"], "nl")
    index_en = factories.consultation_index(site["home_en"], "en", translation_of=index_nl)
    page_en = factories.consultation(index_en, title="Storage time", slug="storage-time")
    factories.consultation(index_nl, title="Bewaartijd", slug="bewaartijd", translation_of=page_en)
    return page_en


@pytest.fixture
def people(db):
    def person(name, language, **fields):
        return factories.ProfileFactory(
            display_name=name, preferred_language=language, user__username=name.lower(), **fields
        ).user

    return {
        "anna": person("Anna", "nl"),
        "ben": person("Ben", "en", role=StakeholderRole.PHARMACIST),
        "cas": person("Cas", "en"),
    }


def post(consultation, author, text, parent=None):
    return discussion.post_comment(
        author=author, consultation=consultation, text=text, parent=parent
    )


def reply(consultation, author, text, parent, capture):
    with capture(execute=True):
        return post(consultation, author, text, parent=parent)


def test_a_reply_is_mailed_to_the_author_answered_in_their_language(
    client, consultation, people, mailoutbox, django_capture_on_commit_callbacks
):
    question = post(consultation, people["anna"], "Is 24 uur haalbaar?")
    answer = reply(
        consultation,
        people["ben"],
        "Yes, with a <em>validated</em> shipper.\n\nSee https://example.org",
        question,
        django_capture_on_commit_callbacks,
    )

    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == [people["anna"].email]
    assert message.subject == "[DARE-NL] Ben heeft gereageerd op uw reactie"
    body = message.body
    assert 'Ben (Apotheker) heeft gereageerd op uw reactie bij de consultatie "Bewaartijd":' in body
    assert "Yes, with a validated shipper.\n\nSee https://example.org" in body
    assert f"http://testserver/en/consultations/storage-time/comments/{answer.pk}/" in body
    assert "U krijgt deze e-mail omdat u wilt horen wanneer iemand op uw reacties reageert." in body
    unsubscribe = re.search(r"http://testserver/nl/accounts/unsubscribe/[^/\s]+/", body)
    assert unsubscribe is not None
    assert message.extra_headers == {
        "List-Unsubscribe": f"<{unsubscribe.group(0)}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    assert people["ben"].email not in body

    client.post(unsubscribe.group(0).removeprefix("http://testserver"))
    people["anna"].stakeholder_profile.refresh_from_db()
    assert people["anna"].stakeholder_profile.reply_emails is False


@pytest.fixture(autouse=True)
def _base_url(settings):
    settings.SITE_BASE_URL = "http://testserver"


def test_the_mail_is_plain_text_and_shows_hostile_text_as_typed(
    consultation, people, mailoutbox, django_capture_on_commit_callbacks
):
    hostile = factories.ProfileFactory(
        display_name='<script>alert("name")</script>', preferred_language="en"
    ).user
    question = post(consultation, people["cas"], "What about transport?")
    payload = '<img src=x onerror=alert(1)> & "quotes" <a href="javascript:alert(2)">x</a>'
    reply(consultation, hostile, payload, question, django_capture_on_commit_callbacks)

    (message,) = mailoutbox
    assert message.content_subtype == "plain"
    assert not getattr(message, "alternatives", [])
    assert message.subject == '[DARE-NL] <script>alert("name")</script> replied to your comment'
    assert '<script>alert("name")</script> (Patient) replied to your comment' in message.body
    assert '<img src=x onerror=alert(1)> & "quotes" ' in message.body
    assert "&lt;" not in message.body and "&amp;" not in message.body


def test_no_mail_to_oneself_when_turned_off_or_when_the_author_is_gone(
    consultation, people, mailoutbox, django_capture_on_commit_callbacks
):
    own = post(consultation, people["anna"], "Eerste gedachte.")
    reply(
        consultation, people["anna"], "Nog een gedachte.", own, django_capture_on_commit_callbacks
    )

    people["cas"].stakeholder_profile.reply_emails = False
    people["cas"].stakeholder_profile.save()
    quiet = post(consultation, people["cas"], "No mail please.")
    reply(consultation, people["ben"], "Noted.", quiet, django_capture_on_commit_callbacks)

    orphan = post(consultation, people["ben"], "Soon gone.")
    Comment.objects.filter(pk=orphan.pk).update(author=None)
    orphan.refresh_from_db()
    reply(consultation, people["anna"], "Antwoord.", orphan, django_capture_on_commit_callbacks)

    assert mailoutbox == []


def test_a_reply_to_someone_else_only_mails_the_author_answered(
    consultation, people, mailoutbox, django_capture_on_commit_callbacks
):
    question = post(consultation, people["anna"], "Vraag.")
    first = reply(
        consultation, people["ben"], "First answer.", question, django_capture_on_commit_callbacks
    )
    reply(consultation, people["cas"], "To Ben.", first, django_capture_on_commit_callbacks)
    assert [message.to for message in mailoutbox] == [
        [people["anna"].email],
        [people["ben"].email],
    ]


def test_nothing_is_queued_before_the_reply_is_committed(
    consultation, people, mailoutbox, django_capture_on_commit_callbacks
):
    question = post(consultation, people["anna"], "Vraag.")
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        post(consultation, people["ben"], "Answer.", parent=question)
    assert mailoutbox == []
    assert len(callbacks) == 1


# ---- Phases ---------------------------------------------------------------------------------
def run_command() -> str:
    out = StringIO()
    call_command("send_consultation_notifications", stdout=out)
    return out.getvalue()


def test_followers_hear_of_a_new_phase_once(
    consultation, people, mailoutbox, django_capture_on_commit_callbacks
):
    discussion.follow(consultation=consultation, user=people["anna"])
    discussion.follow(
        consultation=consultation, user=people["ben"], frequency=FollowFrequency.DAILY
    )

    with django_capture_on_commit_callbacks(execute=True):
        output = run_command()

    assert "Phases to announce: 2" in output  # the English page and its Dutch translation
    assert "Storage time (en): open: 2 follower(s) to e-mail" in output
    assert "Bewaartijd (nl): open: 0 follower(s) to e-mail" in output
    by_recipient = {message.to[0]: message for message in mailoutbox}
    assert sorted(by_recipient) == sorted([people["anna"].email, people["ben"].email])
    dutch = by_recipient[people["anna"].email]
    assert dutch.subject == "[DARE-NL] Nu open: Bewaartijd"
    assert 'De consultatie "Bewaartijd" is nu open.' in dutch.body
    assert "alleen in de dagelijkse samenvatting" in dutch.body
    english = by_recipient[people["ben"].email]
    assert english.subject == "[DARE-NL] Now open: Storage time"
    assert "http://testserver/en/consultations/storage-time/" in english.body
    assert "once a day with the new comments" in english.body
    assert "/en/accounts/unsubscribe/" in english.extra_headers["List-Unsubscribe"]

    with django_capture_on_commit_callbacks(execute=True):
        output = run_command()
    assert "Phases to announce: 0" in output
    assert len(mailoutbox) == 2
    assert PhaseNotice.objects.filter(consultation=consultation).count() == 1

    ConsultationPage.objects.filter(pk=consultation.pk).update(
        closes_at=timezone.now() - timedelta(minutes=1), outcome="<p>Agreed.</p>"
    )
    with django_capture_on_commit_callbacks(execute=True):
        run_command()
    assert [message.subject for message in mailoutbox[2:]].count(
        "[DARE-NL] Outcome published: Storage time"
    ) == 1
    assert set(
        PhaseNotice.objects.filter(consultation=consultation).values_list("phase", flat=True)
    ) == {"open", "outcome_published"}


def test_announced_and_unpublished_consultations_are_not_announced(consultation, people):
    ConsultationPage.objects.update(opens_at=timezone.now() + timedelta(days=1))
    assert selectors.phases_to_announce(now=timezone.now()) == []


# ---- Daily digest ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("local_now", "expected"),
    [
        (datetime(2026, 3, 2, 6, 59, tzinfo=AMSTERDAM), datetime(2026, 3, 1, 7, tzinfo=AMSTERDAM)),
        (datetime(2026, 3, 2, 7, 0, tzinfo=AMSTERDAM), datetime(2026, 3, 2, 7, tzinfo=AMSTERDAM)),
        (datetime(2026, 3, 29, 8, 0, tzinfo=AMSTERDAM), datetime(2026, 3, 29, 7, tzinfo=AMSTERDAM)),
    ],
)
def test_the_digest_moment_is_seven_in_the_morning_in_amsterdam(local_now, expected):
    assert selectors.latest_digest_time(local_now) == expected


def _age(comment, delta):
    Comment.objects.filter(pk=comment.pk).update(created_at=timezone.now() - delta)


def test_the_digest_holds_only_what_is_new_and_is_sent_once(
    consultation, people, mailoutbox, django_capture_on_commit_callbacks
):
    PhaseNotice.objects.create(consultation=consultation, phase="open")
    for page in ConsultationPage.objects.exclude(pk=consultation.pk):
        PhaseNotice.objects.create(consultation=page, phase="open")
    following = discussion.follow(
        consultation=consultation, user=people["ben"], frequency=FollowFrequency.DAILY
    )
    last_digest = timezone.now() - timedelta(days=2)
    Follow.objects.filter(pk=following.pk).update(digest_sent_at=last_digest)
    old = post(consultation, people["anna"], "Oude reactie van vorige week.")
    _age(old, timedelta(days=3))
    new_thread = post(consultation, people["anna"], "Nieuwe <strong>draad</strong>.")
    reply_to_old = post(consultation, people["cas"], "A late answer.", parent=old)
    own = post(consultation, people["ben"], "Ben's own words.")
    hidden = post(consultation, people["cas"], "Hidden words.")
    Comment.objects.filter(pk=hidden.pk).update(state="hidden")
    quiet = discussion.follow(
        consultation=consultation, user=people["cas"], frequency=FollowFrequency.DAILY
    )
    # Cas's last digest came after these comments and before this morning's digest moment.
    Follow.objects.filter(pk=quiet.pk).update(
        digest_sent_at=timezone.now() - timedelta(hours=24, minutes=30)
    )
    Comment.objects.exclude(pk=old.pk).update(created_at=timezone.now() - timedelta(hours=25))

    with django_capture_on_commit_callbacks(execute=True):
        output = run_command()

    assert "Daily digests due: 2" in output
    assert "1 digest(s) queued with 2 comment(s)." in output
    assert f"follow {quiet.pk} of Storage time: nothing new, nothing sent" in output
    (digest,) = mailoutbox
    assert digest.to == [people["ben"].email]
    assert digest.subject == "[DARE-NL] 2 new comments: Storage time"
    body = digest.body
    assert "Nieuwe draad." in body
    assert "A late answer." in body
    assert 'In the thread of Anna: "Oude reactie van vorige week."' in body
    assert "Oude reactie van vorige week.\n" not in body.split("==")[-1]
    assert "Ben's own words." not in body
    assert "Hidden words." not in body
    assert f"/comments/{new_thread.pk}/" in body and f"/comments/{reply_to_old.pk}/" in body
    assert f"/comments/{own.pk}/" not in body
    assert "daily digest" in body
    following.refresh_from_db()
    quiet.refresh_from_db()
    assert following.digest_sent_at == quiet.digest_sent_at > last_digest

    with django_capture_on_commit_callbacks(execute=True):
        output = run_command()
    assert "Daily digests due: 0" in output
    assert len(mailoutbox) == 1
