"""Wayfinding: breadcrumbs, the menu's current section, identifiers that link to their
documents, glossary terms only where they are meant, the favicon and the home page's figures."""

import re
from pathlib import Path

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from dare_platform.templatetags.dare_tags import breadcrumbs
from knowledge import factories
from knowledge.models import GlossaryTermExclusion
from knowledge.selectors import identifier_targets
from knowledge.templatetags.knowledge_tags import link_identifiers_in

BREADCRUMBS = re.compile(r'<nav class="breadcrumbs" aria-label="([^"]+)">\s*<ol>(.*?)</ol>', re.S)
CRUMB = re.compile(
    r'<li>(?:<a href="([^"]+)">|<span aria-current="page">)([^<]+)</(?:a|span)></li>'
)


def crumbs_of(html: str) -> tuple[str, list[tuple[str, str]]]:
    """The breadcrumb nav's label and its (url, title) items; url is "" for the current one."""
    label, items = BREADCRUMBS.search(html).groups()
    return label, CRUMB.findall(items)


def main_menu(html: str) -> dict[str, str]:
    """Each main-menu title with its aria-current value ("" when not current)."""
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    return {
        title: current
        for current, title in re.findall(
            r'<a href="[^"]+"(?: aria-current="(\w+)")?>([^<]+)</a>', nav
        )
    }


@pytest.fixture
def documents(site):
    owner_nl = factories.centre(site)
    owner_en = factories.centre(site, language="en", translation_of=owner_nl)
    sop_nl = factories.protocol(owner_nl, identifier="DARE-SOP-0027", title="Cryopreservatie")
    sop_en = factories.protocol(
        owner_en, identifier="DARE-SOP-0027", title="Cryopreservation", translation_of=sop_nl
    )
    only_nl = factories.qc_method(owner_nl, identifier="DARE-QC-0003", title="Endotoxine")
    chapter = factories.regulation(site, title="Steriliteit Ph Eur", reference="Ph. Eur. 2.6.27")
    return {
        **site,
        "owner_nl": owner_nl,
        "owner_en": owner_en,
        "sop_nl": sop_nl,
        "sop_en": sop_en,
        "only_nl": only_nl,
        "chapter": chapter,
    }


# ---- breadcrumbs -----------------------------------------------------------------------------
def test_a_protocol_page_has_the_trail_from_home_ending_in_itself(client, documents):
    response = client.get(documents["sop_en"].url)
    assert crumbs_of(response.text) == (
        "Breadcrumb",
        [
            ("/en/", "Home"),
            ("/en/centres/", "Centres"),
            ("/en/centres/umcu/", "UMC Utrecht"),
            ("", "Cryopreservation"),
        ],
    )


def test_breadcrumbs_are_in_the_readers_language(client, documents):
    response = client.get(documents["sop_nl"].url)
    assert crumbs_of(response.text) == (
        "Kruimelpad",
        [
            ("/nl/", "Startpagina"),
            ("/nl/centra/", "Centra"),
            ("/nl/centra/umcu/", "UMC Utrecht"),
            ("", "Cryopreservatie"),
        ],
    )


def test_an_untranslated_page_has_the_trail_in_the_readers_language(client, documents):
    html = client.get(f"/en/untranslated/{documents['only_nl'].pk}/").text
    trail = BREADCRUMBS.search(html).group(2)
    assert re.findall(r"<li>(.*?)</li>", trail) == [
        '<a href="/en/">Home</a>',
        '<a href="/en/centres/">Centres</a>',
        '<a href="/en/centres/umcu/">UMC Utrecht</a>',
        '<span aria-current="page" lang="nl">Endotoxine</span>',
    ]


def test_the_search_page_is_below_home(client, site):
    assert crumbs_of(client.get("/en/search/").text) == (
        "Breadcrumb",
        [("/en/", "Home"), ("", "Search")],
    )


def test_the_home_page_has_no_breadcrumbs(client, site):
    assert 'class="breadcrumbs"' not in client.get("/en/").text
    assert 'class="breadcrumbs"' in client.get(site["protocols_en"].url).text


def test_version_history_ends_the_trail_in_the_view(client, documents):
    response = client.get(documents["sop_en"].url + "versions/")
    assert crumbs_of(response.text)[1][-2:] == [
        ("/en/centres/umcu/dare-sop-0027/", "Cryopreservation"),
        ("", "Version history"),
    ]


@translation.override("en")
def test_breadcrumbs_take_the_same_queries_however_deep_the_page(documents):
    request = RequestFactory().get("/en/", HTTP_HOST="localhost")
    shallow, deep = documents["protocols_en"], documents["sop_en"]
    for page in (shallow, deep):  # warm the request's site root paths and each page's locale
        breadcrumbs({"request": request, "page": page})

    def queries(page):
        with CaptureQueriesContext(connection) as captured:
            trail = breadcrumbs({"request": request, "page": page})["crumbs"]
        return len(captured), len(trail)

    assert queries(shallow) == (1, 2)
    assert queries(deep) == (1, 4)


# ---- the main menu ---------------------------------------------------------------------------
def test_a_protocol_highlights_protocols_not_the_centre_it_lives_under(client, documents):
    menu = main_menu(client.get(documents["sop_en"].url).text)
    assert menu == {
        "Centres": "",
        "Protocols": "true",
        "QC methods": "",
        "Regulations": "",
        "Glossary": "",
    }


def test_a_qc_method_highlights_qc_methods(client, documents):
    menu = main_menu(client.get(documents["only_nl"].url).text)
    assert [title for title, current in menu.items() if current] == ["QC-methoden"]
    assert menu["QC-methoden"] == "true"


def test_a_centre_highlights_centres_by_its_place_in_the_tree(client, documents):
    menu = main_menu(client.get(documents["owner_en"].url).text)
    assert [(title, current) for title, current in menu.items() if current] == [("Centres", "true")]


def test_a_section_page_is_the_current_page_in_the_menu(client, documents):
    menu = main_menu(client.get(documents["protocols_en"].url).text)
    assert [(title, current) for title, current in menu.items() if current] == [
        ("Protocols", "page")
    ]


# ---- identifiers become links ----------------------------------------------------------------
def test_identifiers_with_a_page_link_to_it_in_the_readers_language(client, documents):
    page = factories.regulation(
        documents,
        title="Verwijzingen",
        plain_summary=(
            "<p>Zie DARE-SOP-0027, DARE-QC-0003 en Ph. Eur. 2.6.27. DARE-SOP-0099 bestaat niet.</p>"
        ),
    )
    english = factories.regulation(
        documents,
        title="References",
        language="en",
        translation_of=page,
        plain_summary="<p>See DARE-SOP-0027, DARE-QC-0003 and Ph. Eur. 2.6.27.</p>",
    )
    summary = re.search(r'<section id="summary">.*?</section>', client.get(english.url).text)
    assert summary.group(0) == (
        '<section id="summary"><h2>In plain language</h2><div class="rich-text"><p>See '
        '<a href="/en/centres/umcu/dare-sop-0027/">DARE-SOP-0027</a>, '
        '<a href="/nl/centra/umcu/dare-qc-0003/">DARE-QC-0003</a> and '
        '<a href="/nl/regelgeving/steriliteit-ph-eur/">Ph. Eur. 2.6.27</a>.</p></div></section>'
    )
    dutch = client.get(page.url).text
    assert '<a href="/nl/centra/umcu/dare-sop-0027/">DARE-SOP-0027</a>' in dutch
    assert "DARE-SOP-0099 bestaat niet" in dutch


def test_a_page_does_not_link_its_own_identifier(client, documents):
    page = factories.protocol(
        documents["owner_en"],
        identifier="DARE-SOP-0031",
        title="Thawing",
        purpose="<p>Thaw what DARE-SOP-0031 and DARE-SOP-0027 froze.</p>",
    )
    text = client.get(page.url).text
    assert "Thaw what DARE-SOP-0031 and " in text
    assert 'href="/en/centres/umcu/dare-sop-0031/">DARE-SOP-0031' not in text
    assert '<a href="/en/centres/umcu/dare-sop-0027/">DARE-SOP-0027</a> froze.' in text


def _targets(documents):
    request = RequestFactory().get("/en/", HTTP_HOST="localhost")
    return identifier_targets(request)


def test_identifiers_inside_links_and_longer_identifiers_stay_as_they_are(documents):
    html = (
        '<p><a href="https://example.org/">DARE-SOP-0027</a> DARE-SOP-00271 '
        "Ph. Eur. 2.6.27.1 XDARE-SOP-0027 <strong>DARE-SOP-0027</strong></p>"
    )
    linked = link_identifiers_in(html, targets=_targets(documents), language="en", own_key="")
    assert linked == (
        '<p><a href="https://example.org/">DARE-SOP-0027</a> DARE-SOP-00271 '
        "Ph. Eur. 2.6.27.1 XDARE-SOP-0027 "
        '<strong><a href="/en/centres/umcu/dare-sop-0027/">DARE-SOP-0027</a></strong></p>'
    )


def test_only_chapters_of_the_pharmacopoeia_are_identifiers(documents):
    factories.regulation(documents, title="Gentherapie", reference="Ph. Eur. 5.14, gene transfer")
    assert sorted(_targets(documents)) == ["DARE-QC-0003", "DARE-SOP-0027", "Ph. Eur. 2.6.27"]


def test_identifier_targets_are_kept_until_the_next_publication(documents, page_cache_on):
    _targets(documents)
    with CaptureQueriesContext(connection) as captured:
        _targets(documents)
    assert len(captured) == 0
    factories.protocol(documents["owner_nl"], identifier="DARE-SOP-0040", title="Nieuw")
    assert "DARE-SOP-0040" in _targets(documents)


# ---- glossary terms only where they are meant ------------------------------------------------
@pytest.fixture
def release(db):
    return factories.GlossaryTermFactory(slug="release", term_nl="Vrijgifte", term_en="Release")


def _glossary_box(html):
    box = re.search(r'<aside class="glossary-box".*?</aside>', html, re.S)
    return re.findall(r'href="[^"]*#([\w-]+)"', box.group(0)) if box else []


def test_an_excluded_term_is_not_explained_on_that_page_in_any_language(client, site, release):
    text = "<p>Deliberate release of genetically modified organisms.</p>"
    gmo_nl = factories.regulation(site, title="Besluit ggo", plain_summary=text)
    gmo_en = factories.regulation(
        site, title="GMO decree", language="en", translation_of=gmo_nl, plain_summary=text
    )
    batch_en = factories.regulation(
        site, title="Batch release", language="en", plain_summary="<p>Batch release.</p>"
    )
    assert _glossary_box(client.get(gmo_en.url).text) == ["release"]

    GlossaryTermExclusion.objects.create(term=release, page=gmo_nl)

    assert _glossary_box(client.get(gmo_en.url).text) == []
    assert _glossary_box(client.get(gmo_nl.url).text) == []
    assert _glossary_box(client.get(batch_en.url).text) == ["release"]


def test_removing_the_exclusion_explains_the_term_again(client, site, release):
    page = factories.regulation(
        site, title="Besluit", language="en", plain_summary="<p>Release.</p>"
    )
    exclusion = GlossaryTermExclusion.objects.create(term=release, page=page)
    assert _glossary_box(client.get(page.url).text) == []
    exclusion.delete()
    assert _glossary_box(client.get(page.url).text) == ["release"]


# ---- favicon and the home page ---------------------------------------------------------------
def test_every_page_links_the_favicon_with_a_fallback(client, site):
    head = client.get("/en/").text.split("</head>")[0]
    assert '<link rel="icon" href="/static/dare/favicon.svg" type="image/svg+xml">' in head
    assert '<link rel="icon" href="/static/dare/favicon.ico" sizes="48x48">' in head
    static = Path(__file__).resolve().parents[2] / "dare_platform" / "static" / "dare"
    assert (static / "favicon.svg").read_text().startswith("<svg ")
    assert (static / "favicon.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


def test_home_figures_link_to_their_listings(client, documents, release):
    html = client.get("/en/").text
    figures = re.findall(r'<dt><a href="([^"]+)">([^<]+)</a></dt><dd>(\d+)</dd>', html)
    assert figures == [
        ("/en/centres/", "Member centres", "1"),
        ("/en/protocols/", "Protocols", "1"),
        ("/en/qc-methods/", "QC methods", "1"),
        ("/en/regulations/", "Regulations", "1"),
        ("/en/glossary/", "Glossary terms", "1"),
    ]
