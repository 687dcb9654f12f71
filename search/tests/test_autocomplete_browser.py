"""The autocomplete script (loaded by base.html) in Chromium, under the site's Content
Security Policy: the ARIA combobox pattern, with the keyboard."""

import pytest
from playwright.sync_api import expect

from knowledge import factories
from search import service
from tests.browser.harness import new_tab
from tests.search_support import search_url

pytestmark = pytest.mark.browser


@pytest.fixture
def searchable_site(transactional_db):
    site = factories.build_site()
    factories.protocol(factories.centre(site), title="Leukaferese-ontvangst")
    service.rebuild()


@pytest.fixture
def tab(browser_context, searchable_site):
    tab = new_tab(browser_context)
    yield tab
    tab.close()


def test_suggestions_form_an_accessible_listbox(tab):
    path = search_url("nl")
    tab.goto(path)
    box = tab.locator("#search-page-query")
    expect(box).to_have_attribute("role", "combobox")
    expect(box).to_have_attribute("aria-expanded", "false")

    box.press_sequentially("leuka")
    option = tab.get_by_role("option", name="Leukaferese-ontvangst")
    expect(option).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    listbox_id = box.get_attribute("aria-controls")
    expect(tab.locator(f"#{listbox_id}")).to_have_attribute("role", "listbox")

    option_id = option.get_attribute("id")
    box.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", option_id)
    expect(option).to_have_attribute("aria-selected", "true")
    box.press("Escape")
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).not_to_have_attribute("aria-activedescendant", option_id)

    box.press("ArrowDown")
    box.press("Enter")
    tab.wait_for_url(f"**{path}?q=Leukaferese-ontvangst")
    expect(tab.locator("main").get_by_role("link", name="Leukaferese-ontvangst")).to_be_visible()
    assert tab.js_errors == []
