"""Comment text to the HTML readers see: a small markup subset, everything else escaped.

Participants type plain text, or a little HTML: paragraphs, emphasis, lists and links
(``<p>``, ``<em>``, ``<strong>``, ``<ul>``/``<ol>``/``<li>``, ``<a href>``). Anything else is
shown as the characters typed (``<script>`` reads as "<script>", it does not run). Links may
only go to http, https and mailto addresses; bare addresses ("see https://ema.europa.eu") become
links; every link gets ``rel="nofollow ugc noopener"`` so the platform vouches for none of
them. A blank line starts a paragraph and a single line break stays a line break, as people
expect from a text box.
"""

import re
import threading
from html import unescape

import bleach
from bleach.linkifier import LinkifyFilter

ALLOWED_TAGS = frozenset({"p", "br", "em", "strong", "ul", "ol", "li", "a"})
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})


def _link_attribute(tag: str, name: str, value: str) -> bool:
    """Only links with an allowed scheme: bleach lets relative ones through, which would keep
    ``href="javascript\\x00:…"`` or ``href="//elsewhere"`` (a relative path, a foreign host)."""
    scheme, colon, _rest = value.strip().partition(":")
    return name == "rel" or (name == "href" and colon and scheme.lower() in ALLOWED_PROTOCOLS)


ALLOWED_ATTRIBUTES = {"a": _link_attribute}
LINK_REL = "nofollow ugc noopener"
_BLOCK_TAG = re.compile(r"<\s*(p|ul|ol)\b", re.IGNORECASE)
_EXTRA_BLANK_LINES = re.compile(r"\n{3,}")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")

_local = threading.local()  # a bleach Cleaner keeps parser state: one per thread


def _set_rel(attrs, new=False):
    attrs[(None, "rel")] = LINK_REL
    return attrs


def _cleaner() -> bleach.Cleaner:
    cleaner = getattr(_local, "cleaner", None)
    if cleaner is None:
        cleaner = bleach.Cleaner(
            tags=ALLOWED_TAGS,
            attributes=ALLOWED_ATTRIBUTES,
            protocols=ALLOWED_PROTOCOLS,
            strip=False,  # escaped, so the reader sees what was typed
            filters=[
                lambda source: LinkifyFilter(
                    source, callbacks=[_set_rel], skip_tags={"pre"}, parse_email=True
                )
            ],
        )
        _local.cleaner = cleaner
    return cleaner


def _with_paragraphs(text: str) -> str:
    """Plain text's blank lines as paragraphs and its line breaks as ``<br>``; text that
    already has block markup is left to its author."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if _BLOCK_TAG.search(text):
        return text
    return "".join(
        "<p>{}</p>".format(paragraph.strip().replace("\n", "<br>"))
        for paragraph in _PARAGRAPH_BREAK.split(text)
        if paragraph.strip()
    )


def comment_html(text: str) -> str:
    """The HTML shown for a comment typed as ``text``."""
    return _cleaner().clean(_with_paragraphs(text))


def comment_plain_text(html: str) -> str:
    """A comment's readable text without markup, for e-mails."""
    text = bleach.clean(
        html.replace("</p>", "\n\n").replace("<br>", "\n").replace("</li>", "\n"),
        tags=set(),
        strip=True,
    )
    return _EXTRA_BLANK_LINES.sub("\n\n", unescape(text)).strip()
