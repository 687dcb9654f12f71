"""The matrix's CSV and XLSX exports: what the page shows under the same filters, valid when
empty, named, and safe to open in a spreadsheet whatever the records hold."""

import csv
import io
import re
from html import escape

import pytest
from openpyxl import load_workbook

from harmonisation.models import WorkingGroup
from harmonisation.tests.test_matrix import cells
from tests.payloads import xss_payloads

pytestmark = pytest.mark.django_db

HEADER_EN = [
    "Harmonised reference",
    "Identifier",
    "Type",
    "Working group",
    "Sanquin",
    "UMC Utrecht",
    "Centres adopting",
    "Centres it applies to",
    "Percentage adopted",
]


def read_csv(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def read_xlsx(response):
    return load_workbook(io.BytesIO(response.content))


def export(client, page, file_format, query=""):
    return client.get(page.route_url("export", file_format=file_format) + query)


def test_csv_holds_what_the_page_shows(client, matrix_site):
    page = matrix_site["harmonisation_en"]
    shown = cells(client.get(page.url).content.decode())
    response = export(client, page, "csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="harmonisation-matrix-en.csv"'
    rows = read_csv(response)
    assert rows[0] == HEADER_EN
    assert rows[1:] == [
        [
            "Sterility",
            "DARE-QC-0001",
            "QC method",
            "Viral vector QC",
            "Not applicable",
            "No record",
            "0",
            "1",
            "0",
        ],
        [
            "Leukaferese-ontvangst",
            "DARE-SOP-0001",
            "protocol (SOP)",
            "CAR-T uitgangsmateriaal",
            "Adopted with deviations",
            "Adopted as is",
            "2",
            "2",
            "100",
        ],
        ["Adopted per centre", "", "", "", "1", "1", "", "", ""],
        ["Percentage adopted per centre", "", "", "", "100", "50", "", "", ""],
    ]
    # The page's cells read "<centre>: <status>"; the export's the status under the centre.
    as_shown = [
        [
            row[0],
            *[f"{centre}: {label}" for centre, label in zip(HEADER_EN[4:6], row[4:6], strict=True)],
        ]
        for row in rows[1:3]
    ]
    assert as_shown == shown


def test_xlsx_holds_what_the_page_shows_with_frozen_header_and_the_filter(client, matrix_site):
    page = matrix_site["harmonisation_nl"]
    shown = cells(client.get(page.url + "?quality_attribute=sterility").content.decode())
    response = export(client, page, "xlsx", "?quality_attribute=sterility")
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert response["Content-Disposition"] == (
        'attachment; filename="harmonisation-matrix-nl-sterility.xlsx"'
    )
    workbook = read_xlsx(response)
    assert workbook.sheetnames == ["Matrix", "Filters"]
    sheet = workbook["Matrix"]
    assert sheet.freeze_panes == "B2"
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0][:6] == [
        "Geharmoniseerde referentie",
        "Identificatiecode",
        "Soort",
        "Werkgroep",
        "Sanquin",
        "UMC Utrecht",
    ]
    assert sheet["A1"].font.bold
    assert rows[1] == [
        "Steriliteit",
        "DARE-QC-0001",
        "QC-methode",
        "Virale-vector-QC",
        "Niet van toepassing",
        "Geen registratie",
        0,
        1,
        0,
    ]
    assert [[rows[1][0], f"Sanquin: {rows[1][4]}", f"UMC Utrecht: {rows[1][5]}"]] == shown
    assert len(rows) == 4  # header, one reference, the two per-centre rows
    filters = [list(row) for row in workbook["Filters"].iter_rows(values_only=True)]
    assert filters == [["Gebruikt filter", "Waarde"], ["Kwaliteitsattribuut", "Steriliteit"]]


def test_an_empty_result_is_a_valid_file_with_the_header_alone(client, matrix_site):
    page = matrix_site["harmonisation_en"]
    assert read_csv(export(client, page, "csv", "?modality=aav")) == [HEADER_EN]
    workbook = read_xlsx(export(client, page, "xlsx", "?modality=aav"))
    assert [list(row) for row in workbook["Matrix"].iter_rows(values_only=True)] == [HEADER_EN]


def test_unknown_filter_values_are_ignored_and_named_in_the_xlsx(client, matrix_site):
    page = matrix_site["harmonisation_en"]
    response = export(client, page, "xlsx", "?modality=warp-drive")
    assert response.status_code == 200
    workbook = read_xlsx(response)
    assert workbook["Matrix"].max_row == 5  # every reference: the filter was ignored
    filters = [list(row) for row in workbook["Filters"].iter_rows(values_only=True)]
    assert filters == [
        ["Filter used", "Value"],
        ["No filter: every harmonised reference", None],
        ["Ignored, not understood: Modality", "warp-drive"],
    ]
    assert export(client, page, "csv", "?modality=warp-drive").status_code == 200


def test_an_unknown_format_is_not_found(client, matrix_site):
    assert export(client, matrix_site["harmonisation_en"], "pdf").status_code == 404


FORMULAS = ['=HYPERLINK("http://x.example","ok")', "+1+1", "-2+3", "@SUM(A1)"]


@pytest.mark.parametrize("formula", FORMULAS)
def test_formulas_in_records_stay_text(client, matrix_site, formula):
    WorkingGroup.objects.filter(code="viral-vector-qc").update(name_en=formula)
    page = matrix_site["harmonisation_en"]
    rows = read_csv(export(client, page, "csv"))
    assert rows[1][3] == "'" + formula
    sheet = read_xlsx(export(client, page, "xlsx"))["Matrix"]
    assert sheet["D2"].value == formula
    assert sheet["D2"].data_type == "s"


def test_xss_payloads_in_records_are_escaped_on_the_page_and_plain_in_the_exports(
    client, matrix_site
):
    payloads = [payload for payload in xss_payloads() if "<" in payload][:15]
    page = matrix_site["harmonisation_en"]
    record = matrix_site["b_protocol"]
    for payload in payloads:
        WorkingGroup.objects.filter(code="viral-vector-qc").update(name_en=payload)
        record.contact_name = payload
        record.note = payload
        record.save()
        record.deviations.update(what=payload, why=payload)
        html = client.get(page.url).content.decode()
        group = re.search(r'<span class="matrix__group">(.*?)</span>', html, re.S).group(1)
        assert group == escape(payload)
        assert payload not in html
        csv_rows = read_csv(export(client, page, "csv"))
        guarded = "'" + payload if payload.startswith(("=", "+", "-", "@")) else payload
        assert csv_rows[1][3] == guarded  # the text itself, never run as a formula
        sheet = read_xlsx(export(client, page, "xlsx"))["Matrix"]
        assert sheet["D2"].value == payload


def test_text_that_reads_as_an_error_code_stays_text_in_the_xlsx(client, matrix_site):
    WorkingGroup.objects.filter(code="viral-vector-qc").update(name_en="#N/A")
    sheet = read_xlsx(export(client, matrix_site["harmonisation_en"], "xlsx"))["Matrix"]
    assert (sheet["D2"].value, sheet["D2"].data_type) == ("#N/A", "s")
    assert (sheet["E2"].value, sheet["E2"].data_type) == ("Not applicable", "s")
