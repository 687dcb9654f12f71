"""The admin dashboard's review panel, as a centre editor sees it, in both languages: axe-core
finds no WCAG 2.0/2.1 A or AA violation on the dashboard with the panel on it."""

from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone
from playwright.sync_api import Page, expect
from wagtail.users.models import UserProfile

from knowledge.editorial_roles import ensure_centre_roles
from knowledge.models import Centre, ProtocolPage
from tests.browser.axe import describe, id_problems, require_axe, run_axe
from tests.browser.harness import LANGUAGES

pytestmark = pytest.mark.browser

# Wagtail's own site summary panel (wagtailadmin/home/site_summary.html) is labelled by the
# id of a heading the dashboard does not have; not axe-core's finding, and not this panel's.
WAGTAIL_SUMMARY_LABEL = 'aria-labelledby="header-title" on <section> points at nothing'
OVERDUE = {"nl": "Te laat", "en": "Overdue"}
HEADINGS = {"nl": "Documenten die herzien moeten worden", "en": "Documents due for review"}


def log_in(page: Page, live_server, user) -> None:
    """Put a session of ``user`` into the browser, as the admin's login would."""
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": django_settings.SESSION_COOKIE_NAME,
                "value": client.cookies[django_settings.SESSION_COOKIE_NAME].value,
                "domain": urlsplit(live_server.url).hostname,
                "path": "/",
            }
        ]
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_review_panel_on_the_dashboard_has_no_violations(
    axe_page: Page, site_data, live_server, language
):
    require_axe()
    centre = Centre.objects.get(code="umcu")
    ensure_centre_roles(centre)
    editor = get_user_model().objects.create_user(
        "umcu-editor", "editor@umcu.example", "pw", first_name="Eva", last_name="Editor"
    )
    editor.groups.add(centre.editors)
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    today = timezone.localdate()
    ProtocolPage.objects.filter(identifier="DARE-SOP-0001").update(
        next_review_date=today - timedelta(days=3)
    )

    log_in(axe_page, live_server, editor)
    axe_page.goto("/admin/")
    panel = axe_page.locator("#review-due-section")
    expect(panel.get_by_role("heading", name=HEADINGS[language])).to_be_visible()
    first = panel.locator("tbody tr").first  # soonest first: the overdue one
    expect(first.locator("a")).to_contain_text("DARE-SOP-0001")
    expect(first).to_contain_text(OVERDUE[language])
    violations, problems = run_axe(axe_page), id_problems(axe_page)
    problems = [problem for problem in problems if problem != WAGTAIL_SUMMARY_LABEL]
    assert (violations, problems) == ([], []), describe(axe_page.url, violations, problems)
