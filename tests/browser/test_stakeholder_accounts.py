"""A participant's account in a real browser, in Dutch and in English: sign up, confirm the
address from the e-mail, see oneself logged in, edit the profile, download one's data and
delete the account; and axe-core on every account page kind."""

import json
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from playwright.sync_api import Page, expect

from stakeholders.factories import PASSWORD, ProfileFactory, UserFactory
from tests.browser.axe import describe, id_problems, require_axe, run_axe
from tests.browser.harness import LANGUAGES

pytestmark = pytest.mark.browser

UI = {
    "nl": {
        "display_name": "Weergavenaam",
        "role": "Rol als belanghebbende",
        "organisation": "Organisatie",
        "language": "Voorkeurstaal",
        "consent": "Ik ga akkoord met de privacyverklaring",
        "save": "Profiel opslaan",
        "saved": "Uw profiel is opgeslagen.",
        "download": "Mijn gegevens downloaden (JSON)",
        "data_link": "Mijn gegevens downloaden",
        "delete_link": "Mijn account verwijderen",
        "keep": 'Bewaren, getoond als geschreven door "verwijderde deelnemer"',
        "confirm_password": "Uw wachtwoord, ter bevestiging",
        "deleted": "Uw account is verwijderd",
        "log_out": "Uitloggen",
        "log_in": "Inloggen",
    },
    "en": {
        "display_name": "Display name",
        "role": "Stakeholder role",
        "organisation": "Organisation",
        "language": "Preferred language",
        "consent": "I agree to the privacy statement",
        "save": "Save profile",
        "saved": "Your profile has been saved.",
        "download": "Download my data (JSON)",
        "data_link": "Download my data",
        "delete_link": "Delete my account",
        "keep": 'Keep it, shown as written by "deleted participant"',
        "confirm_password": "Your password, to confirm",
        "deleted": "Your account has been deleted",
        "log_out": "Log out",
        "log_in": "Log in",
    },
}
LINK = re.compile(r"https?://\S+?(/(?:nl|en)/accounts/confirm-email/\S+/)")


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_participant_signs_up_confirms_edits_downloads_and_leaves(page: Page, language):
    ui = UI[language]
    email = f"journey-{language}@example.org"
    name = f"Journey {language.upper()} <b>patient</b>"
    mail.outbox.clear()

    page.goto(f"/{language}/accounts/signup/")
    page.locator("#id_email").fill(email)  # allauth's own fields and labels
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_label(ui["display_name"]).fill(name)
    page.get_by_label(ui["role"]).select_option("patient")
    page.get_by_label(ui["language"]).select_option(language)
    page.get_by_label(ui["consent"]).check()
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(f"/{language}/accounts/confirm-email/$"))

    [message] = mail.outbox
    assert message.to == [email]
    page.goto(LINK.search(message.body).group(1))
    page.locator("main form button[type=submit]").click()

    expect(page).to_have_url(re.compile(f"/{language}/accounts/profile/$"))
    menu = page.locator(".account-menu")
    expect(menu.get_by_role("link", name=name)).to_be_visible()
    expect(menu.get_by_role("button", name=ui["log_out"])).to_be_visible()

    page.get_by_label(ui["organisation"]).fill("Stichting Hematon")
    page.get_by_role("button", name=ui["save"]).click()
    expect(page.get_by_text(ui["saved"])).to_be_visible()
    expect(page.get_by_label(ui["organisation"])).to_have_value("Stichting Hematon")

    page.get_by_role("link", name=ui["data_link"], exact=True).click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name=ui["download"]).click()
    data = json.loads(download_info.value.path().read_text(encoding="utf-8"))
    assert data["account"]["profile"]["display_name"] == name
    assert data["account"]["profile"]["organisation"] == "Stichting Hematon"

    page.get_by_role("link", name=ui["delete_link"], exact=True).click()
    page.get_by_label(ui["keep"]).check()
    page.get_by_label(ui["confirm_password"]).fill(PASSWORD)
    page.get_by_role("button", name=ui["delete_link"]).click()

    expect(page.get_by_role("heading", level=1)).to_have_text(ui["deleted"])
    expect(page.locator(".account-menu").get_by_role("link", name=ui["log_in"])).to_be_visible()
    assert not get_user_model().objects.filter(email=email).exists()
    assert page.js_errors == []


def _log_in(page: Page, language: str, user) -> None:
    page.goto(f"/{language}/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()


ANONYMOUS_PAGES = [
    "accounts/signup/",
    "accounts/login/",
    "accounts/password/reset/",
    "accounts/privacy/",
]
PARTICIPANT_PAGES = [
    "accounts/profile/",
    "accounts/profile/data/",
    "accounts/profile/delete/",
    "accounts/email/",
    "accounts/password/change/",
    "accounts/2fa/",
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_account_pages_have_no_wcag_a_or_aa_violations(axe_page: Page, language):
    require_axe()
    reports = []

    def check(url):
        response = axe_page.goto(url)
        assert response is not None and response.status == 200, url
        expect(axe_page.locator("html")).to_have_attribute("lang", language)
        expect(axe_page.get_by_role("heading", level=1)).to_be_visible()
        violations, problems = run_axe(axe_page), id_problems(axe_page)
        if violations or problems:
            reports.append(describe(url, violations, problems))

    for path in ANONYMOUS_PAGES:
        check(f"/{language}/{path}")
    # The sign-up form with its errors shown.
    axe_page.goto(f"/{language}/accounts/signup/")
    axe_page.locator("main form button[type=submit]").click()
    violations, problems = run_axe(axe_page), id_problems(axe_page)
    if violations or problems:
        reports.append(describe("signup with errors", violations, problems))

    participant = ProfileFactory(preferred_language=language).user
    _log_in(axe_page, language, participant)
    for path in PARTICIPANT_PAGES:
        check(f"/{language}/{path}")
    # The second factor's set-up (after allauth asks for the password again).
    axe_page.goto(f"/{language}/accounts/2fa/totp/activate/")
    axe_page.locator("#id_password").fill(PASSWORD)
    axe_page.locator("main form button[type=submit]").click()
    expect(axe_page).to_have_url(re.compile("/2fa/totp/activate/$"))
    check(axe_page.url)
    assert not reports, "\n\n".join(reports)


@pytest.mark.parametrize("language", LANGUAGES)
def test_account_pages_reflow_at_320_pixels(axe_page: Page, language):
    axe_page.set_viewport_size({"width": 320, "height": 720})
    user = UserFactory(username=f"reflow-{language}")
    ProfileFactory(user=user, display_name="Anna-Maria van den Berg-Oosterhuis")
    reports = []
    for path in ANONYMOUS_PAGES:
        axe_page.goto(f"/{language}/{path}")
        if (width := axe_page.evaluate("() => document.documentElement.scrollWidth")) > 320:
            reports.append(f"{path}: {width}px")
    _log_in(axe_page, language, user)
    for path in PARTICIPANT_PAGES:
        axe_page.goto(f"/{language}/{path}")
        if (width := axe_page.evaluate("() => document.documentElement.scrollWidth")) > 320:
            reports.append(f"{path}: {width}px")
    assert not reports, reports
