"""Labels for search results: result types and language names in the reader's language."""

from django import template

from search.facets import TYPE_LABELS
from search.facets import language_name as translated_language_name

register = template.Library()


@register.filter
def type_label(code: str) -> str:
    return TYPE_LABELS.get(code, code)


@register.filter
def language_name(code: str) -> str:
    return translated_language_name(code)
