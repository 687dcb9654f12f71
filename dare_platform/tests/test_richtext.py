"""Rich text is cleaned on output (dare_platform.richtext): HTML stored by an import or a shell
loses everything an editor could not have written, and what editors write is sent unchanged."""

import json
import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.documents.models import Document
from wagtail.rich_text import expand_db_html

from dare_platform.blocks.content import RICH_TEXT_FEATURES
from dare_platform.richtext import tags_of_features
from knowledge import factories
from knowledge.models import InformationPage

HOSTILE = (
    '<p data-block-key="h1">Before<script>alert(1)</script>'
    '<img src="x" onerror="alert(2)">'
    '<a href="javascript:alert(3)">link</a>'
    '<iframe src="https://evil.example/"></iframe>'
    '<span style="color:red" onmouseover="alert(4)">styled</span></p>'
)
HOSTILE_CLEANED = '<p data-block-key="h1">Beforealert(1)<a>link</a>styled</p>'


def _render_richtext(value) -> str:
    return Template("{% load wagtailcore_tags %}{{ value|richtext }}").render(
        Context({"value": value})
    )


def _span(text: str, part: str, **entry) -> dict:
    return {"offset": text.index(part), "length": len(part), **entry}


def _editor_html(page_id: int) -> str:
    """What the Draftail editor stores for a text using every feature of the editor."""
    first = "Store < 8 °C & thaw at 37 °C for 10⁸ cells, see EMA\nand the SOP"
    second, third = "CO2 level", "ask the QP"
    state = {
        "blocks": [
            {
                "key": "a1b2c",
                "text": first,
                "type": "unstyled",
                "depth": 0,
                "inlineStyleRanges": [
                    _span(first, "Store", style="BOLD"),
                    _span(first, "8 °C", style="ITALIC"),
                    _span(first, "⁸", style="SUPERSCRIPT"),
                ],
                "entityRanges": [_span(first, "EMA", key=1), _span(first, "the SOP", key=0)],
                "data": {},
            },
            {
                "key": "d3e4f",
                "text": second,
                "type": "ordered-list-item",
                "depth": 0,
                "inlineStyleRanges": [_span(second, "2", style="SUBSCRIPT")],
                "entityRanges": [_span(second, "level", key=2)],
                "data": {},
            },
            {
                "key": "g5h6i",
                "text": third,
                "type": "unordered-list-item",
                "depth": 1,
                "inlineStyleRanges": [],
                "entityRanges": [_span(third, "QP", key=3)],
                "data": {},
            },
        ],
        "entityMap": {
            "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"id": page_id, "url": "/"}},
            "1": {
                "type": "LINK",
                "mutability": "MUTABLE",
                "data": {"url": "https://www.ema.europa.eu/en/search?q=atmp&type=guideline"},
            },
            "2": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "#step-2"}},
            "3": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "mailto:qp@umcu.nl"}},
        },
    }
    return ContentstateConverter(features=RICH_TEXT_FEATURES).to_database_format(json.dumps(state))


@pytest.fixture
def owner(site):
    return factories.centre(site)


@pytest.mark.django_db
def test_hostile_markup_in_a_rich_text_field_is_removed_from_the_page(client, owner):
    sop = factories.protocol(owner, purpose=HOSTILE)

    html = client.get(sop.url).content.decode()

    assert (
        f'<section id="purpose"><h2>Doel</h2><div class="rich-text">{HOSTILE_CLEANED}</div>' in html
    )


@pytest.mark.django_db
def test_hostile_markup_in_a_stream_field_rich_text_block_is_removed(client, owner):
    procedure = factories.stream(
        "step",
        [
            {
                "title": "Ontdooien",
                "text": HOSTILE,
                "critical": False,
                "hold_time": "",
                "safety_note": "",
                "figure": None,
                "figure_alt_text": "",
            }
        ],
    )
    sop = factories.protocol(owner, procedure=procedure)

    html = client.get(sop.url).content.decode()

    assert f'<div class="rich-text">{HOSTILE_CLEANED}</div>' in html
    assert "<script>alert" not in html
    assert "onerror" not in html


@pytest.mark.django_db
def test_hostile_markup_in_an_included_paragraph_block_is_removed(client, site):
    page = factories.add_page(
        site["home_nl"],
        InformationPage(
            title="Over ons",
            slug="over-ons",
            locale=factories.locale("nl"),
            body=json.dumps([{"type": "paragraph", "value": HOSTILE, "id": str(uuid.uuid4())}]),
        ),
    )

    html = client.get(page.url).content.decode()

    assert f'<div class="rich-text">{HOSTILE_CLEANED}</div>' in html


@pytest.mark.django_db
def test_editor_content_renders_byte_for_byte_as_wagtail_expands_it(owner):
    document = Document.objects.create(
        title="Formulier", file=SimpleUploadedFile("formulier.pdf", b"%PDF-1.4")
    )
    stored = (
        _editor_html(owner.id)
        + f'<p data-block-key="j7k8l">Download <a linktype="document" id="{document.id}">'
        "het formulier</a>.</p>"
    )
    expanded = expand_db_html(stored)
    assert f'<a href="{owner.url}">the SOP</a>' in expanded  # the links really were expanded
    assert f'<a href="{document.url}">het formulier</a>' in expanded

    assert _render_richtext(stored) == expanded


def test_the_allow_list_is_what_the_editor_features_produce():
    assert tags_of_features(RICH_TEXT_FEATURES) == {
        "p",
        "br",
        "a",
        "b",
        "strong",
        "i",
        "em",
        "ol",
        "ul",
        "li",
        "sup",
        "sub",
    }
