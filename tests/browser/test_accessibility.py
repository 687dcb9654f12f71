"""WCAG 2.0 and 2.1, levels A and AA, checked with axe-core on every kind of public page, in
Dutch and in English. A failure prints each violation with its impact and the nodes hit."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.axe import describe, id_problems, require_axe, run_axe
from tests.browser.harness import LANGUAGES
from tests.page_kinds import PAGE_KINDS
from tests.search_support import rebuild_search_index


@pytest.mark.browser
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_page_kind_has_no_wcag_a_or_aa_violations(axe_page: Page, site_data, kind):
    require_axe()
    spec = PAGE_KINDS[kind]
    if spec.needs_search:
        rebuild_search_index()
    reports, checked = [], 0
    for language in LANGUAGES:
        url = spec.url(site_data, language)
        if url is None:
            continue
        response = axe_page.goto(url)
        assert response is not None and response.status == spec.status, url
        for selector in spec.shows:
            expect(axe_page.locator(selector).first, url).to_be_visible()
        checked += 1
        violations, problems = run_axe(axe_page), id_problems(axe_page)
        if violations or problems:
            reports.append(describe(url, violations, problems))
    assert checked, f"no page of kind {kind} was checked"
    assert not reports, "\n\n".join(reports)


# WCAG 2.1 success criterion 1.4.10 (Reflow): usable at 320 CSS pixels without scrolling sideways.
REFLOW_VIEWPORT = {"width": 320, "height": 720}
PAGE_WIDTH = "() => document.documentElement.scrollWidth"
FILTER_TOGGLE = "summary.filters__toggle"


@pytest.mark.browser
@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_page_kind_reflows_at_320_pixels(axe_page: Page, site_data, kind):
    """No page scrolls sideways on a 320-pixel screen (wide tables scroll inside their own
    box); pages with filters are checked with the filters closed and open, axe included."""
    require_axe()
    spec = PAGE_KINDS[kind]
    if spec.needs_search:
        rebuild_search_index()
    axe_page.set_viewport_size(REFLOW_VIEWPORT)
    reports = []
    for language in LANGUAGES:
        url = spec.url(site_data, language)
        if url is None:
            continue
        axe_page.goto(url)
        states = (
            ["filters closed", "filters open"] if axe_page.locator(FILTER_TOGGLE).count() else [""]
        )
        for state in states:
            if state == "filters open":
                axe_page.locator(FILTER_TOGGLE).click()
            width = axe_page.evaluate(PAGE_WIDTH)
            if width > REFLOW_VIEWPORT["width"]:
                reports.append(f"{url} {state}: the page is {width} pixels wide")
            if state:
                violations, problems = run_axe(axe_page), id_problems(axe_page)
                if violations or problems:
                    reports.append(describe(f"{url} ({state})", violations, problems))
    assert not reports, "\n\n".join(reports)


SUGGEST = {"nl": ("Zoeken in alle centra", "steril"), "en": ("Search all centres", "steril")}


@pytest.mark.browser
def test_search_suggestions_open_and_highlighted_have_no_violations(axe_page: Page, search_index):
    """The header's search field with its list of suggestions open, one highlighted."""
    require_axe()
    reports = []
    for language in LANGUAGES:
        label, typed = SUGGEST[language]
        axe_page.goto(f"/{language}/")
        box = axe_page.get_by_role("combobox", name=label)
        box.press_sequentially(typed)
        expect(axe_page.get_by_role("option").first).to_be_visible()
        box.press("ArrowDown")
        expect(axe_page.get_by_role("option", selected=True)).to_have_count(1)
        violations, problems = run_axe(axe_page), id_problems(axe_page)
        if violations or problems:
            reports.append(describe(f"/{language}/ (suggestions open)", violations, problems))
    assert not reports, "\n\n".join(reports)


@pytest.mark.browser
def test_the_checker_itself_reports_violations(axe_page: Page, site_data):
    """Guards against a silently green sweep: a page made inaccessible on purpose fails."""
    require_axe()
    axe_page.goto(site_data.url("home", "en"))
    axe_page.evaluate(
        """() => {
            const main = document.querySelector('main');
            main.insertAdjacentHTML('beforeend',
                '<img src="/static/dare/none.png"><input type="text" aria-describedby="nowhere">'
                + '<p style="color:#ccc;background:#fff">faint</p><p id="main">again</p>');
            document.documentElement.removeAttribute('lang');
        }"""
    )
    found = {violation["id"] for violation in run_axe(axe_page)}
    assert {"image-alt", "label", "color-contrast", "html-has-lang"} <= found
    assert id_problems(axe_page) == [
        'id="main" is used 2 times',
        'aria-describedby="nowhere" on <input> points at nothing',
    ]
