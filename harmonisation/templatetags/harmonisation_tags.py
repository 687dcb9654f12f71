"""Template helpers of the harmonisation pages."""

from django import template

register = template.Library()

# A status is never told by colour alone: each has a symbol beside its text (the symbol is
# decoration, hidden from screen readers, which read the text).
STATUS_ICONS = {
    "adopted": "✔",
    "adopted-with-deviations": "◐",
    "planned": "◷",
    "not-applicable": "–",
    "not-adopted": "✖",
}


@register.filter
def status_icon(status: str) -> str:
    return STATUS_ICONS.get(status, "")
