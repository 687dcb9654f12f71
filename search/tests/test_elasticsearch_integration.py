"""The Elasticsearch engine against a real cluster.

Run with ``ELASTICSEARCH_URL=http://127.0.0.1:9200 .venv/bin/pytest
search/tests/test_elasticsearch_integration.py`` (docs/elasticsearch.md shows how to start one).
Every test works on indices of its own random prefix and removes them afterwards; writes are
followed by an explicit refresh, never by a sleep.
"""

import datetime
import os
import uuid

import pytest
from django.test import override_settings
from elasticsearch import Elasticsearch

from search.engines.base import SearchDocument, SearchQuery
from search.engines.elasticsearch import ElasticsearchEngine, SearchUnavailable

pytestmark = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="set ELASTICSEARCH_URL to run against a real Elasticsearch 8 cluster",
)

DOCUMENTS = [
    SearchDocument(
        key="page:1",
        group="tk-1",
        type="protocol",
        language="nl",
        title="Bereiding van celtherapieën",
        body="Dit protocol beschrijft de aseptische bereiding van celtherapieën in de cleanroom.",
        url="/nl/protocollen/bereiding/",
        identifier="SOP-MAN-001",
        centre="umcu",
        centre_name="UMC Utrecht",
        facets={"modality": "cell", "process_stage": "manufacturing"},
        date=datetime.date(2024, 3, 1),
    ),
    SearchDocument(
        key="page:2",
        group="tk-1",
        type="protocol",
        language="en",
        title="Manufacturing cell therapies",
        body="This protocol describes aseptic manufacturing of cell therapies in the cleanroom.",
        url="/en/protocols/manufacturing/",
        identifier="SOP-MAN-001",
        centre="umcu",
        centre_name="UMC Utrecht",
        facets={"modality": "cell", "process_stage": "manufacturing"},
        date=datetime.date(2024, 3, 1),
    ),
    SearchDocument(
        key="page:3",
        group="tk-3",
        type="qc_method",
        language="nl",
        title="Celtherapie: kwaliteitscontrole met flowcytometrie",
        body="Bepaling van de viabiliteit van een celtherapie met flowcytometrie.",
        url="/nl/qc/flowcytometrie/",
        centre="lumc",
        centre_name="LUMC",
        facets={"modality": "cell", "quality_attribute": "viability"},
        date=datetime.date(2025, 1, 15),
    ),
    SearchDocument(
        key="page:4",
        group="tk-4",
        type="regulation",
        language="en",
        title="Regulation on advanced therapy medicinal products",
        body="The regulation governs ATMPs, including the hospital exemption.",
        url="/en/regulations/atmp/",
        facets={"jurisdiction": "eu", "authority": "ema"},
        date=datetime.date(2007, 11, 13),
    ),
    SearchDocument(
        key="glossary:hospital-exemption:en",
        group="glossary:hospital-exemption",
        type="glossary",
        language="en",
        title="Hospital exemption",
        body="ATMPs prepared on a non-routine basis in a hospital.",
        url="/en/glossary/hospital-exemption/",
    ),
    SearchDocument(
        key="glossary:hospital-exemption:nl",
        group="glossary:hospital-exemption",
        type="glossary",
        language="nl",
        title="Ziekenhuisvrijstelling",
        body="ATMP's die op niet-routinematige basis in een ziekenhuis worden bereid.",
        url="/nl/woordenlijst/ziekenhuisvrijstelling/",
    ),
    SearchDocument(
        key="page:7",
        group="tk-7",
        type="page",
        language="nl",
        title="<script>alert('title')</script> Veiligheid",
        body="Veiligheid <img src=x onerror=alert(1)> bij het kweken van cellen.",
        url="/nl/veiligheid/",
    ),
]


@pytest.fixture(scope="module")
def cluster():
    client = Elasticsearch(os.environ.get("ELASTICSEARCH_URL", ""), request_timeout=30)
    yield client
    client.close()


def new_engine():
    """An engine on indices of its own; the caller drops them with ``drop``."""
    prefix = f"dare-test-{uuid.uuid4().hex[:8]}"
    with override_settings(
        ELASTICSEARCH_URL=os.environ["ELASTICSEARCH_URL"], SEARCH_INDEX_PREFIX=prefix
    ):
        return ElasticsearchEngine()


def drop(cluster, engine):
    # Elasticsearch 8 refuses wildcard deletes (action.destructive_requires_name): name them.
    names = list(cluster.indices.get(index=f"{engine.alias}-*"))
    if names:
        cluster.indices.delete(index=",".join(names))


@pytest.fixture(scope="module")
def loaded(cluster):
    """One index with DOCUMENTS, shared by the tests that only read."""
    engine = new_engine()
    assert engine.rebuild(iter(DOCUMENTS)) == len(DOCUMENTS)
    yield engine
    drop(cluster, engine)


@pytest.fixture
def engine(cluster):
    engine = new_engine()
    yield engine
    drop(cluster, engine)


def search(engine, text, language="nl", **kwargs):
    return engine.search(SearchQuery(text=text, language=language, **kwargs))


def keys(results):
    return {hit.key for hit in results.hits}


def tokens(cluster, engine, field, text):
    analysed = cluster.indices.analyze(index=engine.alias, field=field, text=text)
    return [token["token"] for token in analysed["tokens"]]


def test_status_and_rebuild(cluster, loaded):
    assert loaded.status() == "ok"
    (index,) = cluster.indices.get_alias(name=loaded.alias)
    assert index.startswith(f"{loaded.alias}-")
    assert search(loaded, "").count == len(DOCUMENTS)


def test_dutch_stemming(cluster, loaded):
    def stems(text):
        return tokens(cluster, loaded, "body_nl", text)

    assert stems("celtherapieën") == stems("celtherapie") == ["celtherapie"]
    assert stems("bacteriën") == stems("bacterie")
    assert stems("de bereidingen") == stems("bereiding") == ["bereid"]  # no stop word
    assert {"page:1", "page:3"} <= keys(search(loaded, "celtherapie"))
    assert {"page:1", "page:3"} <= keys(search(loaded, "celtherapieën"))
    # Phrases are not fuzzy: this one matches "celtherapieën in de cleanroom" by its stems.
    assert keys(search(loaded, '"celtherapie in de cleanroom"')) == {"page:1"}


def test_english_stemming(cluster, loaded):
    def stems(text):
        return tokens(cluster, loaded, "body_en", text)

    assert stems("the therapies") == stems("therapy") == ["therapi"]  # no stop word
    assert stems("generously") == ["generous"]  # Snowball English; Porter would say "gener"
    assert "page:2" in keys(search(loaded, "therapy manufactured", language="en"))


def test_phrase_and_expansion(loaded):
    assert keys(search(loaded, '"hospital exemption"', language="en")) == {
        "page:4",
        "glossary:hospital-exemption:en",
    }
    assert keys(search(loaded, '"exemption hospital"', language="en")) == set()
    expanded = search(loaded, "ziekenhuisvrijstelling", expansions=("hospital exemption",))
    assert {"glossary:hospital-exemption:nl", "glossary:hospital-exemption:en"} <= keys(expanded)


def test_identifier(loaded):
    assert keys(search(loaded, "sop-man-001")) >= {"page:1", "page:2"}


def test_facet_counts_leave_out_their_own_filter(loaded):
    results = search(loaded, "", filters={"type": ("protocol",)})
    assert results.count == 2
    assert keys(results) == {"page:1", "page:2"}
    # The type facet counts every type (its own filter left out), the others only protocols.
    assert results.facets["type"] == {
        "protocol": 2,
        "qc_method": 1,
        "regulation": 1,
        "glossary": 2,
        "page": 1,
    }
    assert results.facets["centre"] == {"umcu": 2}
    assert results.facets["language"] == {"nl": 1, "en": 1}
    assert results.facets["process_stage"] == {"manufacturing": 2}


def test_highlight_is_safe_html(loaded):
    (hit,) = [h for h in search(loaded, "veiligheid").hits if h.key == "page:7"]
    assert "<mark>Veiligheid</mark>" in hit.snippet
    assert "<img" not in hit.snippet and "&lt;img" in hit.snippet
    assert hit.title == "<script>alert('title')</script> Veiligheid"  # plain text
    (hit,) = [h for h in search(loaded, "celtherapieën").hits if h.key == "page:1"]
    assert "<mark>" in hit.snippet


def test_sort_by_date_and_pagination(loaded):
    dated = search(loaded, "", sort="date", limit=3)
    assert [hit.date for hit in dated.hits] == sorted(
        (hit.date for hit in dated.hits), reverse=True
    )
    assert dated.hits[0].key == "page:3"
    second_page = search(loaded, "", sort="date", offset=3, limit=3)
    assert not keys(dated) & keys(second_page)
    assert second_page.count == len(DOCUMENTS)


@pytest.mark.parametrize(
    "text", ["NEAR *", '"', '{"json": 1}', "title:x^9 OR /.*/ AND (", "x" * 10_000]
)
def test_hostile_text_is_answered_not_refused(loaded, text):
    search(loaded, text, expansions=(text,))  # raises SearchUnavailable if the cluster refused


def test_autocomplete(loaded):
    assert loaded.autocomplete("bere", "nl") == ["Bereiding van celtherapieën"]
    assert loaded.autocomplete("celth", "nl") == [
        "Celtherapie: kwaliteitscontrole met flowcytometrie",  # whole title ranks first
        "Bereiding van celtherapieën",  # a later word of the title
    ]
    assert loaded.autocomplete("celth", "en") == []
    assert loaded.autocomplete("hosp", "en") == ["Hospital exemption"]
    assert loaded.autocomplete("celth", "nl", limit=1) == [
        "Celtherapie: kwaliteitscontrole met flowcytometrie"
    ]


def test_suggest(loaded):
    assert loaded.suggest("kwaliteitscontrle", "nl") == "kwaliteitscontrole"
    assert loaded.suggest("aseptische kwaliteitscontrle", "nl") == ("aseptische kwaliteitscontrole")
    assert loaded.suggest("cleanroom", "nl") is None
    assert loaded.suggest("hospital", "nl") is None  # right in English is right


def test_index_and_delete(cluster, engine):
    engine.rebuild(iter(DOCUMENTS))
    extra = SearchDocument(
        key="page:99",
        group="tk-99",
        type="protocol",
        language="en",
        title="Cryopreservation",
        body="Freezing cells for storage.",
        url="/en/cryo/",
    )
    assert engine.index([extra]) == 1
    cluster.indices.refresh(index=engine.alias)
    assert keys(search(engine, "cryopreservation", language="en")) == {"page:99"}

    engine.delete(["page:99", "page:does-not-exist"])
    cluster.indices.refresh(index=engine.alias)
    assert keys(search(engine, "cryopreservation", language="en")) == set()


def test_alias_swap_keeps_answering(cluster, engine):
    engine.rebuild(iter(DOCUMENTS))
    (first_index,) = cluster.indices.get_alias(name=engine.alias)
    replacement = DOCUMENTS[:2]

    def documents_while_old_index_answers():
        for document in replacement:
            assert search(engine, "").count == len(DOCUMENTS)  # still the old index
            yield document

    assert engine.rebuild(documents_while_old_index_answers()) == len(replacement)
    assert search(engine, "").count == len(replacement)
    (second_index,) = cluster.indices.get_alias(name=engine.alias)
    assert second_index != first_index
    assert list(cluster.indices.get(index=f"{engine.alias}-*")) == [second_index]


def test_missing_index_is_unavailable_not_empty(engine):
    with pytest.raises(SearchUnavailable):
        search(engine, "celtherapie")
    with pytest.raises(SearchUnavailable):
        engine.index(DOCUMENTS[:1])  # never creates an index behind the alias's back
