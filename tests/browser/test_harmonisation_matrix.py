"""A researcher's journey through the harmonisation matrix, in Dutch and in English: filter
it, download the XLSX and find in it what the page showed, then follow a cell to the
centre's adoption record."""

import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.sync_api import Page, expect

from tests.browser.harness import LANGUAGES

pytestmark = pytest.mark.browser

UI = {
    "nl": {
        "modality": "Modaliteit",
        "car_t": "CAR-T-cellen",
        "apply": "Filters toepassen",
        "xlsx": "Downloaden als Excel (XLSX)",
        "compare": "Vergelijk de lokale SOP met de referentie, sectie voor sectie",
        "comparison_path": "vergelijking",
        "reference": "Referentie",
        "local": "Lokaal SOP",
    },
    "en": {
        "modality": "Modality",
        "car_t": "CAR-T cells",
        "apply": "Apply filters",
        "xlsx": "Download as Excel (XLSX)",
        "compare": "Compare the local SOP with the reference, section by section",
        "comparison_path": "comparison",
        "reference": "Reference",
        "local": "Local SOP",
    },
}


def text(locator) -> str:
    return " ".join((locator.text_content() or "").split())


def matrix_on_page(page: Page) -> tuple[list[str], list[list[str]]]:
    """The centre names of the header, and per reference its title and each cell's text."""
    centres = [text(cell) for cell in page.locator("table.matrix thead th").all()[1:-1]]
    rows = []
    for row in page.locator("table.matrix tbody tr").all():
        title = text(row.locator("th a"))
        rows.append([title, *[text(cell) for cell in row.locator("td.status").all()]])
    return centres, rows


@pytest.mark.parametrize("language", LANGUAGES)
def test_filter_download_and_follow_a_cell(page: Page, site_data, language):
    ui = UI[language]
    page.goto(site_data.url("harmonisation", language))
    main = page.locator("main")
    main.get_by_label(ui["modality"], exact=True).select_option("car-t")
    main.get_by_role("button", name=ui["apply"]).click()
    expect(page).to_have_url(re.compile(r"\?(.*&)?modality=car-t"))
    centres, rows = matrix_on_page(page)
    assert len(rows) == 1 and len(centres) == 2

    with page.expect_download() as download_info:
        main.get_by_role("link", name=ui["xlsx"]).click()
    download = download_info.value
    assert download.suggested_filename == f"harmonisation-matrix-{language}-car-t.xlsx"
    workbook = load_workbook(io.BytesIO(Path(download.path()).read_bytes()))
    sheet_rows = [list(row) for row in workbook.worksheets[0].iter_rows(values_only=True)]
    header, first = sheet_rows[0], sheet_rows[1]
    assert header[4:6] == centres
    assert [
        first[0],
        *[f"{c}: {label}" for c, label in zip(centres, first[4:6], strict=True)],
    ] == rows[0]
    filters = [list(row) for row in workbook.worksheets[1].iter_rows(values_only=True)]
    assert filters[1:] == [[ui["modality"], ui["car_t"]]]

    record = site_data.ids["adoption_record"][language]
    main.locator("table.matrix td.status--adopted-with-deviations a").click()
    expect(page).to_have_url(re.compile(rf"/{record}/$"))

    # and from the record to the local SOP beside the reference, section by section
    main.get_by_role("link", name=ui["compare"]).click()
    expect(page).to_have_url(re.compile(rf"/{record}/{ui['comparison_path']}/$"))
    procedure = main.locator("section.comparison-section", has=page.locator(".side-by-side"))
    expect(procedure.first).to_be_visible()
    pair = procedure.first.locator(".side-by-side").first
    headings = [text(h).split(" — ")[0] for h in pair.locator(":scope > div > :is(h3, h4)").all()]
    assert headings == [ui["reference"], ui["local"]]
    # the deviation Sanquin declared stands beside the step it concerns
    expect(main.get_by_text("Invriezen tot -90 °C in plaats van -80 °C").first).to_be_visible()
    assert page.js_errors == []
