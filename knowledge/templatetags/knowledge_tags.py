"""Template helpers of the knowledge base: taxonomy and section labels, glossary terms, and
links from identifiers in running text to the documents they name."""

import re

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from knowledge import taxonomy
from knowledge.blocks import MATERIAL_GRADES
from knowledge.labels import FIELD_LABELS, SECTION_LABELS
from knowledge.selectors import identifier_targets

register = template.Library()


@register.filter
def choice_label(value, choices_class):
    """``{{ page.modality|choice_label:"Modality" }}`` – a code's translated label."""
    choices = getattr(taxonomy, choices_class)
    return dict(choices.choices).get(value, value)


@register.filter
def in_language(term, language):
    """A glossary term in a given language."""
    return term.term(language)


@register.filter
def grade_label(value):
    return dict(MATERIAL_GRADES).get(value, value)


@register.filter
def section_label(key):
    return SECTION_LABELS.get(key, key)


@register.filter
def field_label(key):
    return FIELD_LABELS.get(key, key)


# A tag, or text between tags; rendered content is well-formed, cleaned HTML.
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
# Elements whose text must stay as it is: an existing link, and non-text content.
_UNLINKED_ELEMENT = re.compile(r"<(/?)(a|script|style|textarea)\b", re.IGNORECASE)


def link_identifiers_in(html: str, *, targets: dict, language: str, own_key: str) -> str:
    """``html`` with every identifier in ``targets`` turned into a link to its page in
    ``language`` (or the language it exists in), except inside existing links and where it
    names the page itself (``own_key``, its translation key)."""
    linkable = {
        identifier: target
        for identifier, target in targets.items()
        if target.translation_key != own_key
    }
    if not linkable:
        return html
    alternatives = "|".join(
        re.escape(identifier) for identifier in sorted(linkable, key=len, reverse=True)
    )
    # Not part of a longer identifier: "DARE-SOP-00271" or "Ph. Eur. 2.6.27.1" is another one.
    pattern = re.compile(rf"(?<![\w.-])(?:{alternatives})(?![\w-]|\.\d)")

    def link(match: re.Match) -> str:
        identifier = match.group(0)
        return format_html(
            '<a href="{}">{}</a>', linkable[identifier].url_for(language), identifier
        )

    parts = []
    unlinked_depth = 0
    for part in _TAG_OR_TEXT.split(html):
        element = _UNLINKED_ELEMENT.match(part)
        if element:
            closing = element.group(1) == "/"
            unlinked_depth = max(unlinked_depth + (-1 if closing else 1), 0)  # stray closers
        elif unlinked_depth == 0 and not part.startswith("<"):
            part = pattern.sub(link, part)
        parts.append(part)
    return "".join(parts)


class IdentifierLinksNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        request = context["request"]
        page = context.get("page")
        # The enclosed template output is already escaped; the links are built with format_html.
        return mark_safe(  # noqa: S308
            link_identifiers_in(
                self.nodelist.render(context),
                targets=identifier_targets(request),
                language=getattr(request, "LANGUAGE_CODE", None) or get_language(),
                own_key=str(page.translation_key) if page else "",
            )
        )


@register.tag
def link_identifiers(parser, token):
    """``{% link_identifiers %}…{% endlink_identifiers %}``: document identifiers and
    pharmacopoeia chapters the site has a page for become links in the enclosed content,
    in the reader's language."""
    nodelist = parser.parse(("endlink_identifiers",))
    parser.delete_first_token()
    return IdentifierLinksNode(nodelist)
