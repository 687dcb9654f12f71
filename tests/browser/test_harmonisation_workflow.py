"""The editorial review in a real browser, in Dutch and in English: a centre editor drafts a
local SOP and submits it; the centre's reviewer requests changes with a comment; the editor
mends and resubmits; the reviewer approves and the page is live. A harmonised reference then
needs the committee's approval after the reviewer's. Everyone logs in through the admin
login (allauth); the admin speaks each user's preferred language."""

import re

import pytest
from allauth.account.models import EmailAddress
from playwright.sync_api import Page, expect
from wagtail.models import Page as WagtailPage
from wagtail.users.models import UserProfile

from harmonisation.tests import conftest as harmonisation_fixtures
from harmonisation.tests import workflow_site as workflow_fixtures
from tests.browser.harness import LANGUAGES, new_tab

pytestmark = pytest.mark.browser
# The harmonisation tests' fixtures: two centres with roles, workflows and content.
harmonised_site = harmonisation_fixtures.harmonised_site
workflow_site = workflow_fixtures.workflow_site

UI = {
    "nl": {
        "submit": "Stuur door naar UMC Utrecht review",
        "submit_reference": "Stuur door naar UMC Utrecht harmonised reference review",
        "resubmit": "Stuur opnieuw door naar UMC Utrecht QA review",
        "reject": "Wijzigingsverzoek",
        "approve": re.compile(r"^\s*Goedkeuren( en publiceren)?\s*$"),
    },
    "en": {
        "submit": "Submit to UMC Utrecht review",
        "submit_reference": "Submit to UMC Utrecht harmonised reference review",
        "resubmit": "Resubmit to UMC Utrecht QA review",
        "reject": "Request changes",
        "approve": re.compile(r"^\s*Approve( and Publish)?\s*$"),
    },
}


def ready_to_log_in(language, *users):
    """A verified e-mail address (allauth asks for one) and the admin in ``language``."""
    for user in users:
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()


def log_in(page: Page, user) -> None:
    """Through the admin's login, which is allauth's form; fails loudly on a second factor."""
    page.context.clear_cookies()
    page.goto("/admin/login/")
    page.fill('input[name="login"]', user.username)
    page.fill('input[name="password"]', "pw")
    page.locator('form input[name="password"]').press("Enter")
    page.wait_for_url("**/admin/")
    assert "/mfa/" not in page.url, "the admin login asked for a second factor"


def open_actions(page: Page, ui) -> None:
    """Wagtail's page editor keeps the workflow actions in the footer's dropdown."""
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()


def act(page: Page, ui, label) -> None:
    """Click a workflow action; "Approve" reads "Approve and Publish" on the last task."""
    open_actions(page, ui)
    page.get_by_role("button", name=label, exact=isinstance(label, str)).first.click()


@pytest.mark.parametrize("language", LANGUAGES)
def test_draft_submit_reject_mend_resubmit_approve_and_live(
    browser_context, workflow_site, live_server, language
):
    ui = UI[language]
    page = new_tab(browser_context)
    own = workflow_site["a"]
    ready_to_log_in(language, own["editor"], own["reviewer"], workflow_site["committee"])
    draft = own["draft"]
    edit_url = f"/admin/pages/{draft.pk}/edit/"

    log_in(page, own["editor"])
    page.goto(edit_url)
    page.fill('input[name="title"]', "Ontvangst leukaferese UMCU")
    act(page, ui, ui["submit"])
    expect(page.locator(".messages")).to_be_visible()
    assert WagtailPage.objects.get(pk=draft.pk).live is False

    log_in(page, own["reviewer"])
    page.goto(edit_url)
    act(page, ui, ui["reject"])
    page.locator('textarea[name="comment"]').fill("Houdtijd ontbreekt bij stap 1.")
    page.locator(".modal-content button[type='submit']").click()
    expect(page.locator(".messages")).to_be_visible()

    log_in(page, own["editor"])
    page.goto(edit_url)
    # the reviewer's comment is in the editor's status side panel
    expect(page.get_by_text("Houdtijd ontbreekt bij stap 1.").first).to_be_attached()
    page.fill('input[name="title"]', "Ontvangst leukaferese UMCU, met houdtijd")
    act(page, ui, ui["resubmit"])
    expect(page.locator(".messages")).to_be_visible()

    log_in(page, own["reviewer"])
    page.goto(edit_url)
    act(page, ui, ui["approve"])
    expect(page.locator(".messages")).to_be_visible()

    published = WagtailPage.objects.get(pk=draft.pk).specific
    assert (published.live, published.title) == (True, "Ontvangst leukaferese UMCU, met houdtijd")
    response = page.goto(published.url)
    assert response.status == 200
    expect(page.locator("h1")).to_contain_text("Ontvangst leukaferese UMCU, met houdtijd")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_harmonised_reference_goes_live_after_the_reviewer_and_the_committee(
    browser_context, workflow_site, live_server, language
):
    ui = UI[language]
    own, committee = workflow_site["a"], workflow_site["committee"]
    ready_to_log_in(language, own["editor"], own["reviewer"], committee)
    reference = workflow_site["reference_page"]
    edit_url = f"/admin/pages/{reference.pk}/edit/"
    page = new_tab(browser_context)

    log_in(page, own["editor"])
    page.goto(edit_url)
    page.fill('input[name="title"]', "Leukaferese-ontvangst, geharmoniseerd")
    page.fill('input[name="version"]', "3")
    page.fill('textarea[name="change_note"]', "Houdtijd geharmoniseerd.")
    act(page, ui, ui["submit_reference"])
    expect(page.locator(".messages")).to_be_visible()

    log_in(page, own["reviewer"])
    page.goto(edit_url)
    act(page, ui, ui["approve"])
    expect(page.locator(".messages")).to_be_visible()
    assert WagtailPage.objects.get(pk=reference.pk).title == "Leukaferese-ontvangst"

    log_in(page, committee)
    page.goto(edit_url)
    act(page, ui, ui["approve"])
    expect(page.locator(".messages")).to_be_visible()
    published = WagtailPage.objects.get(pk=reference.pk)
    assert (published.live, published.title) == (True, "Leukaferese-ontvangst, geharmoniseerd")
    page.goto(published.url)
    expect(page.locator("h1")).to_contain_text("Leukaferese-ontvangst, geharmoniseerd")
