"""Template helpers of the harmonisation matrix, whose page holds a thousand cells: built
here, each cell costs one ``format_html`` instead of a dozen template nodes, and each of the
six status icons is rendered once per page instead of once per cell."""

from django import template
from django.template.loader import get_template
from django.utils.html import format_html, format_html_join

register = template.Library()

ICON_TEMPLATE = "harmonisation/includes/status_icon.html"
# A cell: its status (for the colour), the icon, the centre's name for screen readers (the
# column header is far away in a wide table) and the status's name.
CELL = '<td class="status status--{}">{}<span class="visually-hidden">{}: </span>{}</td>'
LINKED_CELL = (
    '<td class="status status--{}"><a href="{}">{}<span class="visually-hidden">{}: </span>{}'
    "</a></td>"
)


@register.simple_tag(takes_context=True)
def status_icon(context, status: str):
    """The status's icon (decoration beside its text: colour is never the only sign)."""
    icons = context.render_context.setdefault("harmonisation:status_icons", {})
    if status not in icons:
        icons[status] = get_template(ICON_TEMPLATE).render({"status": status})
    return icons[status]


@register.simple_tag(takes_context=True)
def matrix_cells(context, row):
    """The row's cells, each linked to its adoption record when there is one."""
    cells = []
    for cell in row.cells:
        icon = status_icon(context, cell.status)
        if cell.url:
            cells.append(
                format_html(
                    LINKED_CELL, cell.css_status, cell.url, icon, cell.centre.name, cell.label
                )
            )
        else:
            cells.append(format_html(CELL, cell.css_status, icon, cell.centre.name, cell.label))
    return format_html_join("\n", "{}", ((cell,) for cell in cells))
