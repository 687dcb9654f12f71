"""Rich text is cleaned once more on its way to the browser (defence in depth).

What an editor types passes Wagtail's Draftail converter, which keeps only the editor's
features (``RICH_TEXT_FEATURES``). HTML that reaches the database another way — an import, a
shell session, a migration — does not, and without this module it would be sent to readers
as it is. Every rich text the site renders goes through Wagtail's template
``wagtailcore/shared/richtext.html``: ``{{ value|richtext }}`` renders it, and so does a
``RichText`` value (a ``RichTextBlock`` in a StreamField, ``{% include_block %}``). Our copy of
that template (``dare_platform/templates/wagtailcore/shared/``) passes the expanded HTML through
:func:`clean_rich_text`.

The allow-list is what the editor's features can produce, read from Wagtail's feature
registry: ``bold`` accepts ``<b>`` and ``<strong>``, ``link`` ``<a>``, ``ol`` ``<ol>`` and ``<li>``,
and so on, plus the paragraphs and line breaks every Draftail text has. Links keep ``href``
with http(s), mailto, tel or a relative address (internal page and document links are expanded
to relative addresses before cleaning); block elements keep Wagtail's ``data-block-key``.
Anything else — scripts, event handlers, ``style``, iframes, images — is dropped, keeping its
text. Editors' own content comes out byte for byte as it went in (``<br/>`` stays ``<br/>``).
The system check ``dare.E003`` (``dare_platform.checks``) refuses a rich text field with
features outside the list.
"""

import threading
from functools import cache, lru_cache

import bleach
from django.core.exceptions import ImproperlyConfigured
from django.utils.safestring import SafeString, mark_safe
from wagtail.rich_text import features as feature_registry

from dare_platform.blocks.content import RICH_TEXT_FEATURES

# Every Draftail text is made of paragraphs; Shift+Enter inserts a line break.
ALWAYS_ALLOWED_TAGS = frozenset({"p", "br"})
ALLOWED_ATTRIBUTES = {"*": ["data-block-key"], "a": ["href"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto", "tel"})

_cleaners = threading.local()  # a bleach Cleaner holds parser state: one per thread


def tags_of_features(features: list[str]) -> frozenset[str]:
    """The tags Wagtail's converter accepts for ``features`` (selectors such as
    ``a[linktype="page"]`` count as their tag)."""
    tags = set(ALWAYS_ALLOWED_TAGS)
    for feature in features:
        rule = feature_registry.get_converter_rule("contentstate", feature)
        if rule is None:
            raise ImproperlyConfigured(f"Unknown rich text feature {feature!r}.")
        for selector in rule["from_database_format"]:
            tag = selector.split("[", 1)[0]
            if tag == "embed":  # images and media are rewritten to other markup on output
                raise ImproperlyConfigured(
                    f"The rich text feature {feature!r} has no output allow-list; extend "
                    "dare_platform.richtext before enabling it."
                )
            tags.add(tag)
    return frozenset(tags)


@cache
def allowed_tags() -> frozenset[str]:
    return tags_of_features(RICH_TEXT_FEATURES)


def _cleaner() -> bleach.Cleaner:
    cleaner = getattr(_cleaners, "cleaner", None)
    if cleaner is None:
        cleaner = bleach.Cleaner(
            tags=allowed_tags(),
            attributes=ALLOWED_ATTRIBUTES,
            protocols=ALLOWED_PROTOCOLS,
            strip=True,
        )
        # Wagtail stores void elements as ``<br/>``; serialise them the same way.
        cleaner.serializer.use_trailing_solidus = True
        cleaner.serializer.space_before_trailing_solidus = False
        _cleaners.cleaner = cleaner
    return cleaner


@lru_cache(maxsize=4096)  # html5lib is slow and pages render the same texts again and again
def clean_rich_text(html: str) -> SafeString:
    """``html`` (rich text after Wagtail expanded its links) with only the allowed markup."""
    return mark_safe(_cleaner().clean(html))  # noqa: S308 - bleach's output is the safe part
