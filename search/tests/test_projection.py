"""What the index is built from: live, public pages and the glossary."""

import datetime
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from knowledge import factories
from knowledge.models import InformationPage
from search import facets
from search.projection import (
    CONTEXT_LOADERS,
    ProjectionContext,
    all_documents,
    count_documents,
    documents_for,
    page_id_of,
    register_context,
)


def documents_by_key():
    return {document.key: document for document in all_documents()}


def test_protocol_document(site):
    owner = factories.centre(site, code="umcu", title="UMC Utrecht")
    protocol = factories.protocol(
        owner, modality="car-t", process_stage="expansion", summary="Korte samenvatting."
    )
    document = documents_by_key()[f"page:{protocol.pk}"]
    assert document.type == "protocol"
    assert document.language == "nl"
    assert document.title == "Leukaferese-ontvangst"
    assert document.identifier == "DARE-SOP-0001"
    assert document.summary == "Korte samenvatting."
    assert document.url == protocol.url
    assert (document.centre, document.centre_name) == ("umcu", "UMC Utrecht")
    assert document.facets == {"modality": "car-t", "process_stage": "expansion"}
    assert document.date == datetime.date(2025, 1, 15)
    assert "Ontvangst en acceptatie van leukaferesemateriaal." in document.body
    assert "Do step 1 in the cabinet." in document.body
    assert document.group == f"page:{protocol.translation_key}"


def test_translations_share_a_group(site):
    owner_nl = factories.centre(site)
    owner_en = factories.centre(site, language="en", translation_of=owner_nl)
    dutch = factories.protocol(owner_nl)
    english = factories.protocol(owner_en, title="Leukapheresis receipt", translation_of=dutch)
    documents = documents_by_key()
    assert documents[f"page:{dutch.pk}"].group == documents[f"page:{english.pk}"].group
    assert documents[f"page:{english.pk}"].language == "en"


def test_other_knowledge_pages(site):
    owner = factories.centre(site, code="lumc", title="LUMC")
    qc = factories.qc_method(owner)
    regulation = factories.regulation(site, applicable_date=datetime.date(2009, 1, 1))
    documents = documents_by_key()
    assert documents[f"page:{qc.pk}"].facets == {"quality_attribute": "sterility"}
    assert documents[f"page:{qc.pk}"].centre == "lumc"
    assert "Ph. Eur. 2.6.27" in documents[f"page:{qc.pk}"].body
    regulation_document = documents[f"page:{regulation.pk}"]
    assert regulation_document.type == "regulation"
    assert regulation_document.identifier == "Regulation (EC) No 1394/2007"
    assert regulation_document.facets == {"jurisdiction": "eu", "authority": "ec"}
    assert regulation_document.date == datetime.date(2009, 1, 1)
    centre_document = documents[f"page:{owner.pk}"]
    assert (centre_document.type, centre_document.centre) == ("centre", "lumc")
    assert "CAR-T" in centre_document.body


def test_information_page_text(site):
    page = factories.add_page(
        site["home_en"],
        InformationPage(
            title="Accessibility",
            slug="accessibility",
            locale=factories.locale("en"),
            body=json.dumps(
                [
                    {"type": "heading", "value": "Our promise", "id": "h1"},
                    {"type": "paragraph", "value": "<p>We test with <b>screen readers</b>.</p>"},
                ]
            ),
        ),
    )
    document = documents_by_key()[f"page:{page.pk}"]
    assert (document.type, document.language) == ("page", "en")
    assert document.body == "Our promise\nWe test with screen readers."


def test_drafts_and_private_pages_are_not_projected(site):
    owner = factories.centre(site)
    draft = factories.protocol(owner, identifier="DARE-SOP-0002", live=False)
    private = factories.protocol(owner, identifier="DARE-SOP-0003", title="Privé")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    keys = documents_by_key()
    assert f"page:{draft.pk}" not in keys
    assert f"page:{private.pk}" not in keys
    assert f"page:{owner.pk}" in keys


def test_a_glossary_term_is_one_document_per_language(site):
    term = factories.GlossaryTermFactory(slug="vrijgifte", synonyms="batchvrijgave")
    documents = documents_by_key()
    dutch, english = documents[f"glossary:{term.pk}:nl"], documents[f"glossary:{term.pk}:en"]
    assert (dutch.title, english.title) == ("vrijgifte", "release")
    assert dutch.url == site["glossary_nl"].url + "#vrijgifte"
    assert english.url == site["glossary_en"].url + "#vrijgifte"
    assert dutch.group == english.group == "glossary:vrijgifte"
    assert dutch.type == "glossary"
    assert "batchvrijgave" in dutch.body


def test_count_documents_matches_what_is_projected(site):
    owner = factories.centre(site)
    factories.protocol(owner)
    factories.GlossaryTermFactory()
    assert count_documents() == len(list(all_documents()))


def _queries_to_project(batch_size):
    with CaptureQueriesContext(connection) as captured:
        list(all_documents(batch_size=batch_size))
    return len(captured)


def test_projection_costs_the_same_queries_for_every_batch(site):
    """References to other pages are not resolved page by page: the live version's
    snapshot holds the sections."""
    owner = factories.centre(site)
    regulation = factories.regulation(site)
    references = json.dumps([{"type": "regulation", "value": regulation.pk, "id": "r1"}])

    def add_protocols(numbers):
        for number in numbers:
            factories.protocol(owner, identifier=f"DARE-SOP-{number:04d}", references=references)

    add_protocols(range(1, 3))
    one_batch = _queries_to_project(batch_size=100)
    add_protocols(range(3, 12))
    assert _queries_to_project(batch_size=100) == one_batch
    two_batches = _queries_to_project(batch_size=10)
    add_protocols(range(12, 22))
    assert _queries_to_project(batch_size=10) == two_batches + 2  # the batch and its snapshots


def test_pages_published_without_a_snapshot_fall_back_to_their_sections(site):
    protocol = factories.protocol(factories.centre(site))
    protocol.published_versions.all().delete()
    [document] = documents_for([protocol.specific], ProjectionContext())
    assert "Ontvangst en acceptatie van leukaferesemateriaal." in document.body


# ---- the registries the domain apps fill ------------------------------------------------------
def test_a_shared_lookup_is_loaded_once_per_run(monkeypatch):
    monkeypatch.setattr("search.projection.CONTEXT_LOADERS", dict(CONTEXT_LOADERS))
    loads = []
    register_context("test.answer", lambda: loads.append(1) or 42)
    context = ProjectionContext()
    assert (context.shared("test.answer"), context.shared("test.answer")) == (42, 42)
    assert loads == [1]
    assert ProjectionContext().shared("test.answer") == 42
    assert loads == [1, 1]


def test_page_id_of_reads_only_page_keys():
    assert [page_id_of(key) for key in ("page:42", "glossary:42:nl", "page:", "page:x")] == [
        42,
        None,
        None,
        None,
    ]


def test_only_facets_of_the_engine_contract_can_be_registered():
    with pytest.raises(ValueError, match="'colour' is not a facet"):
        facets.register_facet("colour", "Colour", choices=[("red", "Red")])
    with pytest.raises(ValueError, match="'type' is not a facet"):
        facets.register_facet("type", "Type", choices=[("protocol", "Protocol")])


def test_knowledge_registers_its_types_taxonomies_and_centres(site):
    factories.centre(site, code="umcu", title="UMC Utrecht")
    labels = facets.FacetCatalogue("nl").labels
    assert labels["type"]["qc_method"] == "QC-methode"
    assert labels["modality"]["car-t"] == "CAR-T-cellen"
    assert labels["centre"]["umcu"] == "UMC Utrecht"
