import re

import pytest

from knowledge import factories


@pytest.fixture
def content(site):
    owner_nl = factories.centre(site)
    owner_en = factories.centre(site, title="UMC Utrecht", language="en", translation_of=owner_nl)
    sop_nl = factories.protocol(owner_nl, title="Ontvangst van leukaferesemateriaal")
    sop_en = factories.protocol(
        owner_en, title="Receipt of leukapheresis material", translation_of=sop_nl
    )
    only_nl = factories.protocol(
        owner_nl, identifier="DARE-SOP-0002", title="Alleen in het Nederlands", modality="til"
    )
    return {
        **site,
        "owner_nl": owner_nl,
        "owner_en": owner_en,
        "sop_nl": sop_nl,
        "sop_en": sop_en,
        "only_nl": only_nl,
    }


def test_home_pages_render_in_both_languages(client, site):
    response_nl = client.get("/nl/")
    response_en = client.get("/en/")
    assert response_nl.status_code == 200 and response_en.status_code == 200
    assert '<html lang="nl">' in response_nl.text
    assert '<html lang="en">' in response_en.text
    assert '<a class="skip-link" href="#main">Naar de inhoud</a>' in response_nl.text
    assert '<a class="skip-link" href="#main">Skip to main content</a>' in response_en.text


def test_root_redirects_to_a_language(client, site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_protocol_page_shows_structured_sections_with_stable_anchors(client, content):
    response = client.get(content["sop_en"].url)
    assert response.status_code == 200
    for anchor in ("purpose", "materials", "procedure"):
        assert f'id="{anchor}"' in response.text
    step_ids = re.findall(r'id="step-([0-9a-f-]{36})"', response.text)
    stored = [block.id for block in content["sop_en"].procedure]
    assert step_ids == stored
    assert "UMC Utrecht" in response.text  # owning centre


def test_protocol_index_lists_and_filters(client, content):
    index = content["protocols_en"]
    response = client.get(index.url)
    assert "Receipt of leukapheresis material" in response.text
    assert "Alleen in het Nederlands" in response.text  # untranslated page still listed
    assert "Only in Dutch" in response.text
    filtered = client.get(index.url, {"modality": "til"})
    assert "Alleen in het Nederlands" in filtered.text
    assert "Receipt of leukapheresis material" not in filtered.text
    by_centre = client.get(index.url, {"centre": "umcu", "modality": "car-t"})
    assert "Receipt of leukapheresis material" in by_centre.text


def test_the_same_page_is_listed_once_in_the_readers_language(client, content):
    response = client.get(content["protocols_nl"].url)
    assert "Ontvangst van leukaferesemateriaal" in response.text
    assert "Receipt of leukapheresis material" not in response.text


@pytest.mark.parametrize(
    "query",
    [
        {"modality": "warp-drive"},
        {"centre": "<script>alert(1)</script>"},
        {"page": "-1"},
        {"page": "abc"},
        {"page": "99999"},
        {"sort": "'; DROP TABLE x"},
        {"status": ["effective", "nonsense"]},
    ],
)
def test_bad_filter_values_never_fail(client, content, query):
    response = client.get(content["protocols_en"].url, query)
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.text


def test_unknown_filter_value_is_reported_in_the_readers_language(client, content):
    response = client.get(content["protocols_nl"].url, {"modality": "warp-drive"})
    assert "niet begrepen" in response.text


def test_centre_page_lists_its_protocols(client, content):
    response = client.get(content["owner_en"].url)
    assert "DARE-SOP-0001" in response.text


def test_qc_method_index_filters_by_attribute(client, content):
    factories.qc_method(content["owner_nl"], title="Kweek volgens 2.6.27")
    response = client.get(content["qc_nl"].url, {"quality_attribute": "sterility"})
    assert "Kweek volgens 2.6.27" in response.text
    response = client.get(content["qc_nl"].url, {"quality_attribute": "potency"})
    assert response.status_code == 200
    assert "Kweek volgens 2.6.27" not in response.text


def test_regulatory_index_filters_by_jurisdiction(client, site):
    factories.regulation(site)
    assert "ATMP-verordening" in client.get(site["regulations_nl"].url, {"jurisdiction": "eu"}).text
    national = client.get(site["regulations_nl"].url, {"jurisdiction": "nl"})
    assert national.status_code == 200
    assert "ATMP-verordening" not in national.text


def test_glossary_terms_are_linked_from_pages_that_use_them(client, content):
    term = factories.GlossaryTermFactory(
        slug="leukapheresis", term_nl="leukaferese", term_en="leukapheresis"
    )
    response = client.get(content["sop_en"].url)
    assert f"#{term.slug}" in response.text
    glossary = client.get(content["glossary_en"].url)
    assert f'id="{term.slug}"' in glossary.text
    assert "leukaferese" in glossary.text


def test_404_is_branded_and_bilingual(client, site):
    response = client.get("/en/does-not-exist/")
    assert response.status_code == 404
    assert "Page not found" in response.text
    assert 'lang="nl"' in response.text and "Pagina niet gevonden" in response.text
