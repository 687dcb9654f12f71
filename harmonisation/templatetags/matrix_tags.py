"""Template helpers of the harmonisation matrix, whose page holds a thousand cells. A cell's
markup is the same for every cell of its column with the same status but for the link to its
record, so it is formatted and escaped once per (centre, status) and page, and each cell only
puts its link in; each of the six status icons is rendered once per page, not once per cell.
A tally is formatted here too: an ``{% include %}`` per row and per centre cost more than the
table's cells."""

from html import escape

from django import template
from django.template.loader import get_template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from dare_platform.rendering import once_per_render

register = template.Library()

ICON_TEMPLATE = "harmonisation/includes/status_icon.html"
# A cell: its status (for the colour), the icon, the centre's name for screen readers (the
# column header is far away in a wide table) and the status's name.
CELL = '<td class="status status--{}">{}<span class="visually-hidden">{}: </span>{}</td>'
# A cell with a link to its record, in two parts: the link's address goes between them.
LINKED_CELL_START = '<td class="status status--{}"><a href="'
LINKED_CELL_END = '">{}<span class="visually-hidden">{}: </span>{}</a></td>'
# A percentage adopted, then its count ("4 of 5"); a dash, read out as words, where the
# reference or centre applies nowhere.
TALLY = '<strong>{}%</strong> <span class="matrix__count">{}</span>'
NO_TALLY = '<span aria-hidden="true">—</span><span class="visually-hidden">{}</span>'


@register.simple_tag(takes_context=True)
def status_icon(context, status: str):
    """The status's icon (decoration beside its text: colour is never the only sign)."""
    return once_per_render(
        context,
        ("harmonisation:status_icon", status),
        lambda: get_template(ICON_TEMPLATE).render({"status": status}),
    )


def _cell_parts(context, cell) -> tuple[str, str]:
    """The cell's markup before and after its link's address (all of it before, when the
    cell links nowhere)."""
    icon = status_icon(context, cell.status)
    if cell.url:
        return (
            format_html(LINKED_CELL_START, cell.css_status),
            format_html(LINKED_CELL_END, icon, cell.centre.name, cell.label),
        )
    return format_html(CELL, cell.css_status, icon, cell.centre.name, cell.label), ""


@register.simple_tag(takes_context=True)
def matrix_cells(context, row):
    """The row's cells, each linked to its adoption record when there is one."""
    cells = []
    for cell in row.cells:
        start, end = once_per_render(
            context,
            ("harmonisation:cell", cell.centre.centre_id, cell.status, cell.label, bool(cell.url)),
            lambda cell=cell: _cell_parts(context, cell),
        )
        cells.append(f"{start}{escape(cell.url)}{end}")
    return mark_safe("\n".join(cells))  # noqa: S308 - its parts escaped, each link too


@register.simple_tag
def tally(tally):
    """The percentage adopted and its count, or a dash where nothing applies."""
    if tally.percent is None:
        return format_html(NO_TALLY, _("applies nowhere"))
    count = _("%(adopted)s of %(applicable)s") % {
        "adopted": tally.adopted,
        "applicable": tally.applicable,
    }
    return format_html(TALLY, tally.percent, count)
