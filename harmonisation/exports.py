"""The harmonisation matrix as CSV and XLSX: the rows and columns the page shows, under the
same filters, in the reader's language.

Both files start with the header row, so a filter that matches nothing still gives a valid
file (the header alone). Text that a spreadsheet would run as a formula (a working group
named ``=HYPERLINK(…)``) stays text: in CSV it gets a leading apostrophe, the usual guard
against formula injection; in XLSX the cell is stored as a string, so it reads as typed.
The XLSX keeps the header row and reference column in view (frozen panes) and names the
filters used, and those ignored, on a second sheet.
"""

from __future__ import annotations

import csv
import io

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES
from openpyxl.styles import Font

from harmonisation.matrix import Matrix

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def table(matrix: Matrix) -> list[list]:
    """The matrix as rows of plain values: the header, one row per reference, and (when there
    is any reference) the adopted count and percentage per centre."""
    header = [
        _("Harmonised reference"),
        _("Identifier"),
        _("Type"),
        _("Working group"),
        *[centre.name for centre in matrix.centres],
        _("Centres adopting"),
        _("Centres it applies to"),
        _("Percentage adopted"),
    ]
    rows = [header]
    for row in matrix.rows:
        rows.append(
            [
                row.title,
                row.identifier,
                row.kind,
                row.working_group,
                *[cell.label for cell in row.cells],
                row.tally.adopted,
                row.tally.applicable,
                row.tally.percent,
            ]
        )
    if matrix.rows:
        padding = ["", "", ""]
        rows.append(
            [
                _("Adopted per centre"),
                *padding,
                *[tally.adopted for tally in matrix.centre_tallies],
                "",
                "",
                "",
            ]
        )
        rows.append(
            [
                _("Percentage adopted per centre"),
                *padding,
                *[tally.percent for tally in matrix.centre_tallies],
                "",
                "",
                "",
            ]
        )
    return rows


def _csv_safe(value):
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def as_csv(matrix: Matrix) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in table(matrix):
        writer.writerow([_csv_safe(value) for value in row])
    # A byte-order mark, so spreadsheet programs read the accents (Sanquin, 's-Hertogenbosch).
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _needs_text_cell(value) -> bool:
    """Text openpyxl would store as a formula or an error code unless told it is text."""
    return isinstance(value, str) and (value.startswith("=") or value in ERROR_CODES)


def _xlsx_row(sheet, values, bold=False) -> list:
    """A row for a write-only sheet: plain values, which openpyxl writes fastest, except the
    cells that need a style or must be kept from becoming a formula."""
    if not bold and not any(_needs_text_cell(value) for value in values):
        return values
    cells = []
    for value in values:
        cell = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # never a formula, whatever the text starts with
        if bold:
            cell.font = Font(bold=True)
        cells.append(cell)
    return cells


def as_xlsx(matrix: Matrix) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Matrix"))
    sheet.freeze_panes = "B2"
    rows = table(matrix)
    sheet.append(_xlsx_row(sheet, rows[0], bold=True))
    for values in rows[1:]:
        sheet.append(_xlsx_row(sheet, values))

    filters = workbook.create_sheet(_("Filters"))
    filters.append(_xlsx_row(filters, [_("Filter used"), _("Value")], bold=True))
    used = matrix.form.described_filters()
    for label, value in used:
        filters.append(_xlsx_row(filters, [label, value]))
    if not used:
        filters.append(_xlsx_row(filters, [_("No filter: every harmonised reference"), ""]))
    for label, value in matrix.form.ignored_filters():
        filters.append(
            _xlsx_row(
                filters, [_("Ignored, not understood: %(filter)s") % {"filter": label}, value]
            )
        )

    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def filename(matrix: Matrix, language: str, extension: str) -> str:
    """``harmonisation-matrix-en-car-t.xlsx``: the language and the filter values used (choice
    codes, so safe in a header)."""
    parts = ["harmonisation-matrix", language, *matrix.form.active_filters().values()]
    return "-".join(parts) + "." + extension
