"""The editorial review in a real browser, in Dutch and in English: a centre editor drafts a
local SOP, records in the admin that it adopts the reference with a deviation, and submits
it; the centre's reviewer requests changes with a comment; the editor mends and resubmits;
the reviewer approves and the page is live, and the public matrix and the local-versus-
reference page show the adoption and its deviation. A harmonised reference then needs the
committee's approval after the reviewer's. Everyone logs in through the admin login
(allauth); the admin speaks each user's preferred language."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse
from playwright.sync_api import Page, expect
from wagtail.models import Page as WagtailPage
from wagtail.search.backends import get_search_backend
from wagtail.users.models import UserProfile

from harmonisation.models import Adoption
from harmonisation.tests import conftest as harmonisation_fixtures
from harmonisation.tests import workflow_site as workflow_fixtures
from knowledge.models import PublishedVersion
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
        "with_deviations": "Overgenomen met afwijkingen",
        "compare": "Vergelijk de lokale SOP met de referentie, sectie voor sectie",
    },
    "en": {
        "submit": "Submit to UMC Utrecht review",
        "submit_reference": "Submit to UMC Utrecht harmonised reference review",
        "resubmit": "Resubmit to UMC Utrecht QA review",
        "reject": "Request changes",
        "approve": re.compile(r"^\s*Approve( and Publish)?\s*$"),
        "with_deviations": "Adopted with deviations",
        "compare": "Compare the local SOP with the reference, section by section",
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


DEVIATION = ("Centrifugeren bij 300 g in plaats van 400 g", "Andere centrifuge in ons lab")


def choose_snippet(page: Page, field: str, pk: int) -> None:
    """Centres and references are snippets: chosen in Wagtail's chooser modal."""
    page.locator(f"#id_{field}-chooser .unchosen [data-chooser-action-choose]").click()
    page.locator(f".modal-content a[data-chooser-modal-choice][href*='/chosen/{pk}/']").click()
    expect(page.locator(f"#id_{field}")).to_have_value(str(pk))
    expect(page.locator(".modal-content")).to_have_count(0)


def record_adoption(page: Page, site, own) -> None:
    """The editor records, in the admin, that the draft local SOP adopts the reference with
    one deviation on its first step: the local SOP picked through the page chooser's search,
    the followed version from the select."""
    draft = own["draft"].specific
    # Test settings index nothing by themselves; the chooser's search needs the draft indexed.
    get_search_backend().add(draft)
    followed = PublishedVersion.objects.get(page=site["reference_page"], number=2)
    page.goto(reverse("adoptions:add"))
    form = page.locator("main form").filter(has=page.locator("#id_status"))
    choose_snippet(page, "centre", own["centre"].pk)
    choose_snippet(page, "reference", site["reference"].pk)
    form.locator("#id_status").select_option("adopted-with-deviations")
    form.locator("#id_status_date").fill("2026-11-02")
    form.locator("#id_status_date").press("Escape")
    page.locator("#id_local_sop-chooser .unchosen [data-chooser-action-choose]").click()
    modal = page.locator(".modal-content")
    modal.locator("input[name='q']").fill("Concept")
    modal.locator("input[name='q']").press("Enter")
    modal.locator(f"a.choose-page[data-id='{draft.pk}']").click()
    expect(page.locator("#id_local_sop")).to_have_value(str(draft.pk))
    form.locator("#id_followed_version").select_option(str(followed.pk))
    page.locator("#id_deviations-ADD").click()
    form.locator("#id_deviations-0-anchor").fill(draft.procedure[0].id)
    form.locator("#id_deviations-0-what").fill(DEVIATION[0])
    form.locator("#id_deviations-0-why").fill(DEVIATION[1])
    form.locator("footer button[type='submit']").first.click()
    page.wait_for_url(f"**{reverse('adoptions:index')}")
    adoption = Adoption.objects.get(centre=own["centre"], reference=site["reference"])
    assert (adoption.status, adoption.local_sop_id, adoption.followed_version_id) == (
        "adopted-with-deviations",
        draft.pk,
        followed.pk,
    )
    assert [(d.anchor, d.what, d.why) for d in adoption.deviations.all()] == [
        (draft.procedure[0].id, *DEVIATION)
    ]


def matrix_shows_the_adoption(page: Page, site, ui, language) -> None:
    """The public matrix shows the centre's status for the reference; its cell leads to the
    record, and the record to the comparison, where the declared deviation stands."""
    page.goto(site[f"harmonisation_{language}"].url)
    cell = page.locator("table.matrix td.status", has_text="UMC Utrecht:")
    expect(cell).to_have_count(1)
    expect(cell).to_contain_text(ui["with_deviations"])
    cell.locator("a").click()
    expect(page).to_have_url(re.compile(r"/\d+/$"))
    page.locator("main").get_by_role("link", name=ui["compare"]).click()
    expect(page.locator("main .side-by-side").first).to_be_visible()
    expect(page.locator("main").get_by_text(DEVIATION[0]).first).to_be_visible()
    expect(page.locator("main").get_by_text(DEVIATION[1]).first).to_be_visible()


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
    # The fixture's placeholder record ("planned") makes way for the one the editor records.
    own["adoption"].delete()

    log_in(page, own["editor"])
    record_adoption(page, workflow_site, own)
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
    matrix_shows_the_adoption(page, workflow_site, ui, language)
    assert page.js_errors == []


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
