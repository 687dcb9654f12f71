"""Consultations in a real browser: a reader goes from the index to the open consultation and
on to the protocol it asks about (with the mouse, and with the keyboard only), editor text
full of XSS payloads stays text, and the editor sees the readability hint while typing."""

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.test import Client
from playwright.sync_api import Page, expect
from wagtail.users.models import UserProfile

from stakeholders import factories as consultation_factories
from tests.browser.harness import LANGUAGES
from tests.browser.test_journeys import expect_path, tab_to
from tests.payloads import xss_payloads
from tests.security.hostile import editor_rich_text
from tests.security.test_xss import XssWatch, assert_clean
from tests.sitedata import LEUKAPHERESIS

pytestmark = pytest.mark.browser

UI = {
    "nl": {"nav": "Hoofdmenu", "index": "Consultaties", "open": "Open voor reacties"},
    "en": {"nav": "Main", "index": "Consultations", "open": "Open for comments"},
}
CLOSED = {"opens_in": timedelta(days=-30), "closes_in": timedelta(days=-1)}
OPEN_TITLES = {
    "nl": "Bewaartijd van leukaferesemateriaal",
    "en": "Storage time of leukapheresis material",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_reader_goes_from_the_index_to_the_open_consultation_and_its_sop(
    page: Page, site_data, language
):
    ui = UI[language]
    page.goto(f"/{language}/")
    nav = page.get_by_role("navigation", name=ui["nav"], exact=True)
    nav.get_by_role("link", name=ui["index"], exact=True).click()
    expect_path(page, site_data.url("consultations", language))
    expect(page.get_by_role("heading", level=1)).to_have_text(ui["index"])
    open_section = page.locator("section#open")
    expect(open_section.get_by_role("heading", level=2)).to_have_text(ui["open"])
    open_section.get_by_role("link", name=OPEN_TITLES[language]).click()

    expect_path(page, site_data.url("consultation_open", language))
    expect(page.get_by_role("heading", level=1)).to_have_text(OPEN_TITLES[language])
    expect(page.locator("#plain-summary p")).to_have_text(
        "Wij willen weten wat u vindt. Het gaat om de tijd tot de bewerking."
    )
    sop_title = LEUKAPHERESIS[language]["title"]
    page.locator("#linked-protocols").get_by_role("link", name=sop_title).click()
    expect_path(page, site_data.url("protocol_v2", language))
    expect(page.get_by_role("heading", level=1)).to_have_text(sop_title)
    assert page.js_errors == []


def test_the_same_journey_with_the_keyboard_only(page: Page, site_data):
    language = "nl"
    page.goto(f"/{language}/")
    nav = page.get_by_role("navigation", name=UI[language]["nav"], exact=True)
    tab_to(page, nav.get_by_role("link", name=UI[language]["index"], exact=True))
    page.keyboard.press("Enter")
    expect_path(page, site_data.url("consultations", language))
    tab_to(page, page.locator("section#open").get_by_role("link", name=OPEN_TITLES[language]))
    page.keyboard.press("Enter")
    expect_path(page, site_data.url("consultation_open", language))
    sop_title = LEUKAPHERESIS[language]["title"]
    sop_link = page.locator("#linked-protocols").get_by_role("link", name=sop_title)
    tab_to(page, sop_link)
    page.keyboard.press("Enter")
    expect_path(page, site_data.url("protocol_v2", language))


def test_stored_payloads_in_every_consultation_field_stay_text(page: Page, site_data):
    """Each payload is stored once, in one field of one consultation (title, summary,
    plain-language summary, question, background), five to a consultation; its links and
    outcome repeat the consultation's own payloads. Every consultation is visited, and the
    index in both languages."""
    payloads = list(xss_payloads())
    index = site_data.page("consultations", "nl")
    pages = []
    for number, first in enumerate(range(0, len(payloads), 5)):
        title, summary, plain, question, background = (
            payloads[(first + offset) % len(payloads)] for offset in range(5)
        )
        pages.append(
            consultation_factories.consultation(
                index,
                title=title[:255],
                slug=f"gevaar-{number}",
                summary=summary,
                plain_summary=plain,
                questions=consultation_factories.questions(question, title),
                background=editor_rich_text(background, link_url=title),
                outcome=editor_rich_text(summary, link_url=question),
                protocols=[site_data.page("protocol_v2", "nl")],
                **(CLOSED if number % 2 else {}),
            )
        )
    watch = XssWatch(page)
    findings = {
        "index": watch.visit(index.url),
        "index, English": watch.visit(site_data.url("consultations", "en")),
    }
    for consultation in pages:
        findings[consultation.url] = watch.visit(consultation.url)
    # The payloads are on the pages, as text: every title is listed on the index.
    page.goto(index.url)
    titles = page.locator(".consultation-item h3").all_text_contents()
    assert [item.title for item in pages if item.title not in titles] == []
    assert_clean(findings)


def test_editor_sees_the_readability_hint_while_typing(
    page: Page, site_data, settings, live_server
):
    settings.MFA_REQUIRED_FOR_STAFF = False  # the second factor is tested with the accounts
    editor = get_user_model().objects.create_superuser("hint-editor", "e@example.org", "pw")
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    client = Client()
    client.force_login(editor)
    host = urlsplit(live_server.url).hostname
    session = client.cookies[django_settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [
            {
                "name": django_settings.SESSION_COOKIE_NAME,
                "value": session,
                "domain": host,
                "path": "/",
            }
        ]
    )
    consultation = site_data.page("consultation_open", "en")
    page.goto(f"/admin/pages/{consultation.pk}/edit/")
    field = page.locator('textarea[name="plain_summary"]')
    hint = page.locator("#id_plain_summary-readability")
    expect(hint).to_contain_text("Readable for most patients (B1).")
    field.fill(
        "Wegens de noodzakelijke harmonisatie van kwaliteitsbewakingsprocedures in alle "
        "deelnemende academische productiefaciliteiten wordt de bewaartermijn van "
        "leukaferesemateriaal geëvalueerd in overeenstemming met toepasselijke regelgeving"
    )
    expect(hint).to_contain_text("Hard to read")
    expect(hint).to_contain_text("kwaliteitsbewakingsprocedures")
    field.fill("Wij halen cellen bij u op. Het lab maakt uw medicijn.")
    expect(hint).to_contain_text("Average sentence: 5.5 words (aim for 15 or fewer).")
    expect(field).to_have_attribute(
        "aria-describedby", re.compile(r"(^| )id_plain_summary-readability$")
    )
