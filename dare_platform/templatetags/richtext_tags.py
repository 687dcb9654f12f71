"""The filter our copy of ``wagtailcore/shared/richtext.html`` applies (dare_platform.richtext)."""

from django import template

from dare_platform.richtext import clean_rich_text

register = template.Library()


@register.filter(name="clean_rich_text")
def clean_rich_text_filter(html: str):
    return clean_rich_text(str(html))
