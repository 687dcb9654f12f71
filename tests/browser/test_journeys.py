"""A reader's journeys through the site in a real browser, in Dutch and in English: with the
mouse, and with the keyboard only (Tab, Shift+Tab, Enter, Space and typing)."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Page, expect

from tests.browser.harness import LANGUAGES
from tests.page_kinds import COMPARE, HISTORY

pytestmark = pytest.mark.browser

OTHER = {"nl": "en", "en": "nl"}
UI = {
    "nl": {
        "main_nav": "Hoofdmenu",
        "language_nav": "Taal",
        "protocols": "Protocollen",
        "centre": "Centrum",
        "modality": "Modaliteit",
        "modality_typed": "CAR",
        "apply": "Filters toepassen",
        "history": "Versiegeschiedenis en vergelijking",
        "compare": "Vergelijken",
        "language_name": "Nederlands",
        "search_term": "steriliteit",
        "search_label": "Zoeken in alle centra",
        "apply_facets": "Toepassen",
        "filters_toggle": "Filters tonen of verbergen",
        "one_chosen": "(1 gekozen)",
    },
    "en": {
        "main_nav": "Main",
        "language_nav": "Language",
        "protocols": "Protocols",
        "centre": "Centre",
        "modality": "Modality",
        "modality_typed": "CAR",
        "apply": "Apply filters",
        "history": "Version history and comparison",
        "compare": "Compare",
        "language_name": "English",
        "search_term": "sterility",
        "search_label": "Search all centres",
        "apply_facets": "Apply",
        "filters_toggle": "Show or hide the filters",
        "one_chosen": "(1 chosen)",
    },
}
TITLES = {
    "nl": {
        "home": "DARE-NL kennisplatform",
        "sop": "Ontvangst van leukaferesemateriaal",
        "msc": "Vrijgifte van het MSC-product",
        "qc": "Steriliteit met BacT/ALERT",
    },
    "en": {
        "home": "DARE-NL knowledge platform",
        "sop": "Receipt of leukapheresis material",
        "msc": "Release of the MSC product",
        "qc": "Sterility by BacT/ALERT",
    },
}


def query_of(page: Page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.url).query)


def expect_path(page: Page, path: str) -> None:
    expect(page).to_have_url(re.compile(re.escape(path) + "$"))


def expect_diff_visible(page: Page) -> None:
    """Both kinds of change are shown in the changed sections (not only in the legend)."""
    changed = page.locator(".diff-section--changed")
    expect(changed.locator("ins").first).to_be_visible()
    expect(changed.locator("del").first).to_be_visible()


# ---- with the mouse -------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_reader_finds_a_protocol_and_compares_its_versions(page: Page, site_data, language):
    ui, other = UI[language], OTHER[language]

    page.goto(f"/{language}/")
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLES[language]["home"])

    main_nav = page.get_by_role("navigation", name=ui["main_nav"], exact=True)
    main_nav.get_by_role("link", name=ui["protocols"], exact=True).click()
    expect_path(page, site_data.url("protocols", language))
    expect(page.get_by_role("heading", level=1)).to_have_text(ui["protocols"])
    results = page.locator(".document-list__item")
    expect(results).to_have_count(4)  # three in the reader's language, one only in Dutch

    page.get_by_label(ui["centre"], exact=True).select_option("umcu")
    page.get_by_label(ui["modality"], exact=True).select_option("car-t")
    page.get_by_role("button", name=ui["apply"]).click()
    expect(page).to_have_url(re.compile(r"centre=umcu"))
    assert query_of(page)["modality"] == ["car-t"]
    expect(results).to_have_count(1)
    expect(results.first).to_contain_text("DARE-SOP-0001")

    results.first.get_by_role("link").click()
    expect_path(page, site_data.url("protocol_v2", language))
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLES[language]["sop"])

    switcher = page.get_by_role("navigation", name=ui["language_nav"], exact=True)
    switcher.get_by_role("link", name=UI[other]["language_name"]).click()
    expect_path(page, site_data.url("protocol_v2", other))
    expect(page.locator("html")).to_have_attribute("lang", other)
    expect(page.get_by_role("heading", level=1)).to_have_text(TITLES[other]["sop"])

    page.get_by_role("link", name=UI[other]["history"]).click()
    expect(page).to_have_url(re.compile(rf"/{HISTORY[other]}$"))
    expect(page.locator("table.versions tbody tr")).to_have_count(2)

    page.get_by_role("button", name=UI[other]["compare"]).click()
    expect(page).to_have_url(re.compile(rf"/{COMPARE[other]}\?"))
    assert query_of(page) == {"a": ["1"], "b": ["2"]}
    expect_diff_visible(page)
    assert page.js_errors == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_reader_searches_narrows_with_a_facet_and_opens_a_result(
    page: Page, search_index, language
):
    site_data = search_index
    ui = UI[language]
    page.goto(f"/{language}/")
    box = page.get_by_role("combobox", name=ui["search_label"])  # with suggestions
    box.fill(ui["search_term"])
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]q=" + ui["search_term"]))
    main = page.locator("main")
    qc_method = main.get_by_role("link", name=TITLES[language]["qc"], exact=True)
    protocol = main.get_by_role("link", name=TITLES[language]["msc"])  # "sterility" in summary
    expect(qc_method).to_be_visible()
    expect(protocol).to_be_visible()

    # Narrow to QC methods with the "type" facet.
    main.locator("input[name='type'][value='qc_method']").check()
    page.get_by_role("button", name=ui["apply_facets"], exact=True).click()
    expect(page).to_have_url(re.compile(r"type=qc_method"))
    expect(protocol).to_have_count(0)
    expect(qc_method).to_be_visible()
    qc_method.click()
    expect_path(page, site_data.url("qc_method", language))
    assert page.js_errors == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_on_a_phone_the_results_come_first_and_the_filters_open_on_request(
    page: Page, search_index, language
):
    """Below 48rem the filters sit above the results; closed, they leave the first results
    on the first screen. A wide window shows them open beside the results, with no toggle."""
    ui = UI[language]
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"/{language}/")
    box = page.get_by_role("combobox", name=ui["search_label"])
    box.fill(ui["search_term"])
    box.press("Enter")
    main = page.locator("main")
    toggle = main.get_by_text(ui["filters_toggle"])
    facet = main.locator("input[name='type'][value='qc_method']")
    expect(main.get_by_role("link", name=TITLES[language]["qc"], exact=True)).to_be_in_viewport()
    expect(facet).to_be_hidden()

    toggle.click()
    facet.check()
    page.get_by_role("button", name=ui["apply_facets"], exact=True).click()
    expect(page).to_have_url(re.compile(r"type=qc_method"))
    expect(facet).to_be_hidden()  # closed again on the new page, saying what is chosen
    expect(toggle).to_contain_text(ui["one_chosen"])

    page.set_viewport_size({"width": 1280, "height": 900})
    expect(facet).to_be_visible()
    expect(facet).to_be_checked()
    expect(toggle).to_be_hidden()

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"/{language}/")
    page.get_by_role("navigation", name=ui["main_nav"]).get_by_role(
        "link", name=ui["protocols"]
    ).click()
    expect(main.get_by_label(ui["modality"])).to_be_hidden()  # the listings' filters too
    main.get_by_text(ui["filters_toggle"]).click()
    expect(main.get_by_label(ui["modality"])).to_be_visible()
    assert page.js_errors == []


# ---- with the keyboard only -----------------------------------------------------------------

FOCUS_STATE = """() => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return null;
  // Two links with the same text (a breadcrumb and the owning centre) are two stops, not a
  // trap: each element gets a number of its own the first time it has focus.
  window.__focusStops = window.__focusStops || new WeakMap();
  if (!window.__focusStops.has(el)) {
    window.__focusStopCount = (window.__focusStopCount || 0) + 1;
    window.__focusStops.set(el, window.__focusStopCount);
  }
  const style = getComputedStyle(el);
  return {
    element: window.__focusStops.get(el),
    tag: el.tagName.toLowerCase(),
    text: (el.getAttribute('aria-label') || el.innerText || el.value || el.id || '')
      .trim().slice(0, 60),
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    shadow: style.boxShadow !== 'none' && style.boxShadow !== '',
    inFooter: !!el.closest('footer'),
    path: el.id ? '#' + el.id : el.tagName.toLowerCase() + '.' + el.className,
  };
}"""


def focused(page: Page) -> dict | None:
    return page.evaluate(FOCUS_STATE)


def assert_focus_visible(state: dict) -> None:
    assert state is not None, "nothing is focused"
    assert state["outline"] or state["shadow"], f"focus is not visible on {state}"


def tab_to(page: Page, target, *, backwards=False, limit=150) -> list[dict]:
    """Press Tab (or Shift+Tab) until ``target`` has focus, checking every stop on the way
    shows a visible focus indicator and that focus keeps moving (no trap)."""
    key = "Shift+Tab" if backwards else "Tab"
    stops: list[dict] = []
    for _ in range(limit):
        page.keyboard.press(key)
        state = focused(page)
        if state is not None:
            assert_focus_visible(state)
            if stops and state == stops[-1]:
                raise AssertionError(f"focus is stuck on {state}")
            stops.append(state)
        if target.evaluate("el => el === document.activeElement"):
            return stops
    raise AssertionError(f"{key} × {limit} never reached {target}; last stops: {stops[-5:]}")


def tab_to_footer(page: Page, limit=200) -> list[dict]:
    """No focus trap: tabbing forward from where focus is reaches the footer."""
    stops: list[dict] = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        state = focused(page)
        assert state is not None, f"focus left the page before the footer; stops: {stops[-5:]}"
        assert_focus_visible(state)
        stops.append(state)
        if state["inFooter"]:
            return stops
    raise AssertionError(f"Tab × {limit} never reached the footer; last stops: {stops[-5:]}")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_same_journey_with_the_keyboard_only(page: Page, site_data, language):
    ui, other = UI[language], OTHER[language]
    page.goto(f"/{language}/")

    # The skip link is the first stop, visibly focused, and moves focus to the main content.
    page.keyboard.press("Tab")
    skip_link = page.locator("a.skip-link")
    expect(skip_link).to_be_focused()
    assert_focus_visible(focused(page))
    expect(skip_link).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("#main")).to_be_focused()
    assert page.url.endswith("#main")
    tab_to_footer(page)

    # Back up to the main navigation and open the protocols.
    main_nav = page.get_by_role("navigation", name=ui["main_nav"], exact=True)
    protocols_link = main_nav.get_by_role("link", name=ui["protocols"], exact=True)
    tab_to(page, protocols_link, backwards=True)
    page.keyboard.press("Enter")
    expect_path(page, site_data.url("protocols", language))

    # Filter by typing into the focused selects, then press the button with Space.
    centre = page.get_by_label(ui["centre"], exact=True)
    tab_to(page, centre)
    page.keyboard.type("UMC")
    expect(centre).to_have_value("umcu")
    modality = page.get_by_label(ui["modality"], exact=True)
    tab_to(page, modality)
    page.keyboard.type(ui["modality_typed"])
    expect(modality).to_have_value("car-t")
    tab_to(page, page.get_by_role("button", name=ui["apply"]))
    page.keyboard.press("Space")
    expect(page).to_have_url(re.compile(r"centre=umcu"))
    assert query_of(page)["modality"] == ["car-t"]
    results = page.locator(".document-list__item")
    expect(results).to_have_count(1)

    tab_to(page, results.first.get_by_role("link"))
    page.keyboard.press("Enter")
    expect_path(page, site_data.url("protocol_v2", language))

    # The longest page: every stop is visible and Tab gets through it to the footer.
    tab_to_footer(page)
    switcher = page.get_by_role("navigation", name=ui["language_nav"], exact=True)
    tab_to(page, switcher.get_by_role("link", name=UI[other]["language_name"]), backwards=True)
    page.keyboard.press("Enter")
    expect_path(page, site_data.url("protocol_v2", other))
    expect(page.locator("html")).to_have_attribute("lang", other)

    tab_to(page, page.get_by_role("link", name=UI[other]["history"]))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/{HISTORY[other]}$"))
    tab_to(page, page.get_by_role("button", name=UI[other]["compare"]))
    page.keyboard.press("Space")
    expect(page).to_have_url(re.compile(rf"/{COMPARE[other]}\?"))
    expect_diff_visible(page)
    tab_to_footer(page)
    assert page.js_errors == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_search_part_with_the_keyboard_only(page: Page, search_index, language):
    ui = UI[language]
    page.goto(f"/{language}/")
    tab_to(page, page.get_by_role("combobox", name=ui["search_label"]))
    page.keyboard.type(ui["search_term"])
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"[?&]q=" + ui["search_term"]))

    facet = page.locator("main input[name='type'][value='qc_method']")
    tab_to(page, facet)
    page.keyboard.press("Space")
    expect(facet).to_be_checked()
    tab_to(page, page.get_by_role("button", name=ui["apply_facets"], exact=True))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"type=qc_method"))

    result = page.locator("main").get_by_role("link", name=TITLES[language]["qc"], exact=True)
    tab_to(page, result)
    page.keyboard.press("Enter")
    expect_path(page, search_index.url("qc_method", language))
    tab_to_footer(page)
    assert page.js_errors == []
