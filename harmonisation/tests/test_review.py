"""Periodic review: which documents are due, the dashboard panel of the user's centres, and
``send_review_reminders`` reminding each centre's editors once per document per period."""

import smtplib
from datetime import timedelta
from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.mail import EmailMessage
from django.core.management import call_command
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.users.models import UserProfile

from harmonisation.hooks_review import add_review_panel
from harmonisation.review_selectors import due_reviews, review_centres_of_user
from harmonisation.reviews import ReviewReminder
from harmonisation.tests.conftest import centre_editor
from knowledge import factories as knowledge
from knowledge.models import ProtocolPage

TODAY = timezone.localdate()


def due(page, days):
    """Set the live page's next review ``days`` from today (negative: overdue)."""
    ProtocolPage.objects.filter(pk=page.pk).update(next_review_date=TODAY + timedelta(days=days))


@pytest.fixture
def due_site(harmonised_site):
    """A's reference overdue by a day (in nl and en), B's local SOP due in 30 days, B's other
    SOP due in 90 days (not yet listed) and a retired SOP of A overdue (never listed)."""
    site = harmonised_site
    centre_a_en = knowledge.centre(
        site, code="umcu", title="UMC Utrecht", language="en", translation_of=site["centre_a"]
    )
    reference_en = knowledge.protocol(
        centre_a_en,
        identifier="DARE-SOP-0001",
        title="Leukapheresis receipt",
        translation_of=site["reference_page"],
    )
    later = knowledge.protocol(site["centre_b"], identifier="SANQ-SOP-0200", title="Later")
    retired = knowledge.protocol(
        site["centre_a"], identifier="UMCU-SOP-0900", title="Oud", status="retired"
    )
    for page, days in [
        (site["reference_page"], -1),
        (reference_en, -1),
        (site["local_b"], 30),
        (later, 90),
        (retired, -400),
    ]:
        due(page, days)
    return {**site, "reference_en": reference_en, "later": later}


def listed(reviews):
    return [
        (review.page.identifier, review.page.locale.language_code, review.centre.code,
         (review.due_date - TODAY).days, review.overdue)
        for review in reviews
    ]  # fmt: skip


def test_due_reviews_lists_overdue_and_due_soon_once_per_document(due_site):
    assert listed(due_reviews(today=TODAY)) == [
        ("DARE-SOP-0001", "nl", "umcu", -1, True),
        ("SANQ-SOP-0100", "nl", "sanquin", 30, False),
    ]
    assert listed(due_reviews(today=TODAY, language="en"))[0][:2] == ("DARE-SOP-0001", "en")
    assert listed(due_reviews(today=TODAY, within_days=90))[-1][0] == "SANQ-SOP-0200"


def test_the_users_centres_are_those_they_edit_or_review(due_site, editor_a):
    centre_b = due_site["centre_b"].centre
    reviewer_b = get_user_model().objects.create_user("reviewer-b", "rb@example.org", "pw")
    reviewer_b.groups.add(centre_b.reviewers)
    outsider = get_user_model().objects.create_user("outsider", "o@example.org", "pw")
    assert list(review_centres_of_user(editor_a)) == [due_site["centre_a"].centre]
    assert list(review_centres_of_user(reviewer_b)) == [centre_b]
    assert list(review_centres_of_user(outsider)) == []
    assert listed(due_reviews(centres=review_centres_of_user(reviewer_b), today=TODAY)) == [
        ("SANQ-SOP-0100", "nl", "sanquin", 30, False)
    ]


def panel_rows(html):
    panel = BeautifulSoup(html, "html.parser").select_one("#review-due-section")
    if panel is None:
        return None
    return [
        [" ".join(cell.get_text(" ", strip=True).split()) for cell in row.find_all("td")]
        + [row.select_one("a")["href"]]
        for row in panel.select("tbody tr")
    ]


def test_dashboard_panel_shows_the_editors_centre_only(client, due_site, editor_a):
    client.force_login(editor_a)
    response = client.get("/admin/")
    due_date = TODAY - timedelta(days=1)
    assert panel_rows(response.content.decode()) == [
        [
            "DARE-SOP-0001 Leukaferese-ontvangst",
            "UMC Utrecht",
            f"{due_date.day} {_dutch_month(due_date)} {due_date.year}",
            "Te laat",
            f"/admin/pages/{due_site['reference_page'].pk}/edit/",
        ]
    ]


def _dutch_month(day):
    return [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december",
    ][day.month - 1]  # fmt: skip


def test_dashboard_panel_in_english_picks_the_english_page(client, due_site, editor_a):
    profile = UserProfile.get_for_user(editor_a)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(editor_a)
    rows = panel_rows(client.get("/admin/").content.decode())
    assert [row[0] for row in rows] == ["DARE-SOP-0001 Leukapheresis receipt"]
    assert rows[0][3] == "Overdue"
    assert rows[0][4] == f"/admin/pages/{due_site['reference_en'].pk}/edit/"


def test_no_panel_without_anything_due(client, harmonised_site, editor_b):
    due(harmonised_site["local_b"], 200)
    client.force_login(editor_b)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert panel_rows(response.content.decode()) is None


def _panel_queries(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    with CaptureQueriesContext(connection) as queries:
        panels = []
        add_review_panel(request, panels)
        html = panels[0].render_html({"request": request})
    return len(queries), html


def test_panel_queries_do_not_grow_with_documents(due_site):
    superuser = get_user_model().objects.create_superuser("admin", "a@example.org", "pw")
    few, html = _panel_queries(superuser)
    assert len(panel_rows(html)) == 2
    for number in range(3):
        centre = knowledge.centre(due_site, code=f"c{number}", title=f"Centre {number}")
        for index in range(2):
            page = knowledge.protocol(centre, identifier=f"C{number}-SOP-{index}", title="X")
            due(page, -index)
    many, html = _panel_queries(superuser)
    assert len(panel_rows(html)) == 8
    assert many == few


# ---- send_review_reminders --------------------------------------------------------------------
def run(*args) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("send_review_reminders", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def owners(due_site, editor_a, editor_b):
    """Each centre's editors; A has a second editor who reads English."""
    english = centre_editor(due_site["centre_a"].centre, "editor-a-en")
    profile = UserProfile.get_for_user(english)
    profile.preferred_language = "en"
    profile.save()
    return {"a": editor_a, "a_en": english, "b": editor_b}


def test_dry_run_lists_and_sends_nothing(owners):
    out, _ = run("--dry-run")
    assert out.splitlines() == [
        f"[1/2] DARE-SOP-0001 (umcu), review overdue since {TODAY - timedelta(days=1)}: "
        "would remind editor-a@example.org, editor-a-en@example.org",
        f"[2/2] SANQ-SOP-0100 (sanquin), review due {TODAY + timedelta(days=30)}: "
        "would remind editor-b@example.org",
        "Dry run, nothing sent: 2 due; 0 sent, 0 skipped, 0 without editors.",
    ]
    assert mail.outbox == []
    assert ReviewReminder.objects.count() == 0


def test_reminds_each_owner_in_their_language_once_per_period(owners, due_site):
    out, _ = run()
    assert out.splitlines()[-1] == "2 due; 2 sent, 0 skipped, 0 without editors."
    assert sorted((message.to[0], message.subject) for message in mail.outbox) == [
        ("editor-a-en@example.org", "[DARE-NL] Review overdue: DARE-SOP-0001"),
        ("editor-a@example.org", "[DARE-NL] Herziening te laat: DARE-SOP-0001"),
        ("editor-b@example.org", "[DARE-NL] Herziening nodig: SANQ-SOP-0100"),
    ]
    english = next(m for m in mail.outbox if m.to == ["editor-a-en@example.org"])
    assert '"Leukapheresis receipt" (UMC Utrecht)' in english.body
    assert f"/admin/pages/{due_site['reference_en'].pk}/edit/" in english.body

    mail.outbox.clear()
    out, _ = run()  # the same day again (cron): nothing new
    assert mail.outbox == []
    assert out.splitlines()[-1] == "2 due; 0 sent, 2 skipped, 0 without editors."

    due(due_site["local_b"], 45)  # reviewed and given a new date: a new period
    out, _ = run()
    assert [message.to for message in mail.outbox] == [["editor-b@example.org"]]
    assert ReviewReminder.objects.count() == 3


def test_one_failing_email_does_not_stop_the_rest(owners, monkeypatch):
    send = EmailMessage.send

    def flaky_send(message, *args, **kwargs):
        if message.to == ["editor-a@example.org"]:
            raise smtplib.SMTPRecipientsRefused({"editor-a@example.org": (550, b"no")})
        return send(message, *args, **kwargs)

    monkeypatch.setattr(EmailMessage, "send", flaky_send)
    run()
    assert sorted(message.to[0] for message in mail.outbox) == [
        "editor-a-en@example.org",
        "editor-b@example.org",
    ]


def test_without_a_task_backend_it_sends_directly(owners, settings):
    del settings.TASKS
    run()
    assert len(mail.outbox) == 3


def test_with_a_task_queue_the_emails_wait_for_the_worker(owners, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    out, _ = run()
    assert mail.outbox == []
    assert DBTaskResult.objects.filter(task_path__endswith="send_review_reminder").count() == 2
    assert out.splitlines()[-1] == "2 due; 2 sent, 0 skipped, 0 without editors."


def test_a_centre_without_editors_is_reported(due_site, editor_a):
    _, err = run()
    assert err.splitlines() == [
        f"[2/2] SANQ-SOP-0100 (sanquin), review due {TODAY + timedelta(days=30)}: "
        "the centre has no editor with an e-mail address"
    ]
    assert ReviewReminder.objects.count() == 1
