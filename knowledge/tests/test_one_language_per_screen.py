"""One language per screen: names of languages and labels follow the reader's language; only a
page's own content may be in the other language, marked with ``lang``. Switching language
keeps a listing's filters."""

import re
from html import unescape

import pytest

from knowledge import factories


@pytest.fixture
def pages(site):
    owner_nl = factories.centre(site)
    owner_en = factories.centre(site, language="en", translation_of=owner_nl)
    both_nl = factories.protocol(owner_nl, title="Ontvangst van leukaferesemateriaal")
    factories.protocol(owner_en, title="Receipt of leukapheresis", translation_of=both_nl)
    only_nl = factories.protocol(owner_nl, identifier="DARE-SOP-0002", title="Alleen Nederlands")
    only_en = factories.protocol(
        owner_en,
        identifier="DARE-SOP-0003",
        title="English only",
        purpose="<p>Receipt of apheresis material.</p>",
    )
    return {**site, "only_nl": only_nl, "only_en": only_en}


def test_an_english_listing_names_the_other_language_in_english(client, pages):
    response = client.get(pages["protocols_en"].url)
    assert '<p class="tag tag--language">Only in Dutch</p>' in response.text
    assert "Nederlands</p>" not in response.text


def test_a_dutch_listing_names_the_other_language_in_dutch(client, pages):
    response = client.get(pages["protocols_nl"].url)
    assert '<p class="tag tag--language">Alleen in het Engels</p>' in response.text
    assert "English</p>" not in response.text


def test_a_dutch_page_in_the_english_interface_has_english_labels_and_dutch_content(client, pages):
    html = client.get(f"/en/untranslated/{pages['only_nl'].pk}/").text
    assert "This page has not been translated yet. You are reading the Dutch version." in html
    assert '<h1 lang="nl">Alleen Nederlands</h1>' in html
    assert (
        '<section id="purpose"><h2>Purpose</h2><div class="rich-text" lang="nl">'
        "<p>Ontvangst en acceptatie van leukaferesemateriaal.</p></div></section>"
    ) in html
    assert "<dt>Modality</dt>" in html


def test_an_english_page_in_the_dutch_interface_has_dutch_labels_and_english_content(client, pages):
    html = client.get(f"/nl/niet-vertaald/{pages['only_en'].pk}/").text
    assert "Deze pagina is nog niet vertaald. U leest de versie in het Engels." in html
    assert '<h1 lang="en">English only</h1>' in html
    assert (
        '<section id="purpose"><h2>Doel</h2><div class="rich-text" lang="en">'
        "<p>Receipt of apheresis material.</p></div></section>"
    ) in html
    assert "<dt>Modaliteit</dt>" in html


def test_a_page_in_its_own_language_carries_no_extra_lang_marks(client, pages):
    html = client.get(pages["only_nl"].url).text
    assert "<h1>Alleen Nederlands</h1>" in html
    assert re.findall(r"<(?!html)\w+[^>]* lang=", html) == [
        '<span aria-current="true" lang=',  # the switcher: each language under its own name
        '<a href="/en/untranslated/{}/" lang='.format(pages["only_nl"].pk),
    ]


def _switcher_link(html: str, language: str) -> str:
    return unescape(
        re.search(rf'<a href="([^"]*)" lang="{language}" hreflang="{language}">', html)[1]
    )


def test_switching_language_keeps_the_listings_filters_but_not_the_page_number(client, pages):
    english = client.get(
        pages["protocols_en"].url,
        {"modality": "car-t", "centre": "umcu", "q": "cells", "page": "2"},
    )
    link = _switcher_link(english.text, "nl")
    assert link == "/nl/protocollen/?modality=car-t&centre=umcu&q=cells"
    dutch = client.get(link)
    assert '<option value="car-t" selected>' in dutch.text
    assert "Ontvangst van leukaferesemateriaal" in dutch.text


def test_switching_language_on_a_page_without_a_page_object_keeps_the_query(client, pages):
    html = client.get("/en/search/", {"q": "freezing", "page": "3"}).text
    assert _switcher_link(html, "nl") == "/nl/zoeken/?q=freezing"


def test_the_structured_content_of_a_fallback_page_is_marked_with_its_language(client, pages):
    html = client.get(f"/en/untranslated/{pages['only_nl'].pk}/").text
    step_title = pages["only_nl"].procedure[0].value["title"]
    assert f'<span lang="nl">{step_title}</span>' in html
    assert '<tbody lang="nl">' in html  # materials and acceptance criteria
    assert '<th scope="col">Material</th>' in html  # the labels stay in the reader's language
    own = client.get(pages["only_nl"].url).text
    assert "<tbody>" in own and 'lang="nl">' not in own.split("<main", 1)[1]
