"""The matrix one page of references at a time, in both languages: the pager leads to the
next references, the totals per centre stay those of every page, and a later page has no
WCAG A/AA violations and reflows at 320 pixels. The site has fewer references than a page
holds, so the page size is made one (the live server runs in this process) and the site's
sterility QC method is made a second reference."""

import re

import pytest
from playwright.sync_api import Page, expect

from harmonisation import factories, matrix
from knowledge.models import QCMethodPage
from tests.browser.axe import describe, id_problems, require_axe, run_axe
from tests.browser.harness import LANGUAGES

pytestmark = pytest.mark.browser

NEXT = {"nl": "Volgende", "en": "Next"}


def footer(page: Page) -> list[str]:
    return [
        " ".join((cell.text_content() or "").split())
        for cell in page.locator("table.matrix tfoot td.matrix__tally").all()
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_later_page_keeps_the_totals_and_is_accessible(
    axe_page: Page, site_data, language, monkeypatch
):
    require_axe()
    monkeypatch.setattr(matrix, "PAGE_SIZE", 1)
    qc_method = QCMethodPage.objects.filter(
        quality_attribute="sterility", locale__language_code="nl"
    ).first()
    factories.reference(qc_method)
    axe_page.goto(site_data.url("harmonisation", language))
    first_title = axe_page.locator("table.matrix tbody th a").text_content()
    totals = footer(axe_page)
    centres = axe_page.locator("table.matrix thead th").count() - 2  # less title and total
    assert len(totals) == centres >= 2
    axe_page.locator("nav.pagination").get_by_role("link", name=NEXT[language]).click()
    expect(axe_page).to_have_url(re.compile(r"\?page=2$"))
    expect(axe_page.locator("table.matrix tbody tr")).to_have_count(1)
    assert axe_page.locator("table.matrix tbody th a").text_content() != first_title
    assert footer(axe_page) == totals
    violations, problems = run_axe(axe_page), id_problems(axe_page)
    assert not violations and not problems, describe(axe_page.url, violations, problems)
    axe_page.set_viewport_size({"width": 320, "height": 720})
    assert axe_page.evaluate("() => document.documentElement.scrollWidth") <= 320
