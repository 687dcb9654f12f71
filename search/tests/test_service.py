"""The query service: languages, glossary expansion, filters, engines and their fallback."""

import logging
import sys
import types

import pytest
from django.core.checks import run_checks
from django.core.exceptions import ImproperlyConfigured
from django.test import override_settings
from django.utils import translation

from knowledge import factories
from search import glossary, service
from search.engines.base import SearchEngine


def titles(text, language="nl", **fields):
    return [hit.title for hit in service.search(text, language=language, **fields).hits]


def english_page(site, title, body):
    owner = factories.centre(site, code="sanquin", title="Sanquin", language="en")
    return factories.protocol(owner, title=title, identifier="DARE-SOP-0100", purpose=body)


def test_dutch_stemming_finds_the_singular_for_a_plural(site):
    owner = factories.centre(site)
    factories.protocol(owner, title="Celtherapie bij kinderen")
    assert titles("celtherapieën") == ["Celtherapie bij kinderen"]


def test_english_stemming(site):
    english_page(site, "Sterility testing", "<p>Samples are tested.</p>")
    assert titles("tests sample", language="en") == ["Sterility testing"]


def test_glossary_expansion_crosses_languages(site):
    factories.GlossaryTermFactory(slug="vrijgifte", term_nl="vrijgifte", term_en="release")
    factories.GlossaryTermFactory(slug="steriliteit", term_nl="steriliteit", term_en="sterility")
    english_page(site, "Batch certification", "<p>Release of the batch by the QP.</p>")
    factories.protocol(
        factories.centre(site), title="Steriliteitstest", purpose="<p>Steriliteit van de kweek.</p>"
    )
    assert titles("vrijgifte") == ["vrijgifte", "Batch certification"]
    assert "Steriliteitstest" in titles("sterility", language="en")


def test_expansions_replace_the_named_term_by_its_other_forms(db):
    factories.GlossaryTermFactory(
        slug="atmp",
        term_nl="geneesmiddel voor geavanceerde therapie",
        term_en="advanced therapy medicinal product",
        abbreviation="ATMP",
        synonyms="gentherapie",
    )
    factories.GlossaryTermFactory(slug="vrijgifte", term_nl="vrijgifte", term_en="release")
    assert glossary.expansions("Vrijgiftes van ATMPs") == (
        "release van geneesmiddel voor geavanceerde therapie",
        "release van advanced therapy medicinal product",
        "release van gentherapie",
    )
    assert glossary.expansions("advanced therapy medicinal products") == (
        "geneesmiddel voor geavanceerde therapie",
        "ATMP",
        "gentherapie",
    )
    assert glossary.expansions("kweek") == ()


def test_part_of_an_identifier_is_not_a_glossary_term(db):
    factories.GlossaryTermFactory(
        slug="sop", term_nl="werkvoorschrift", term_en="procedure", abbreviation="SOP"
    )
    assert glossary.expansions("DARE-SOP-0012") == ()
    assert glossary.expansions("SOP 12") == ("werkvoorschrift 12", "procedure 12")


def test_a_page_in_both_languages_is_shown_once_in_the_readers_language(site):
    owner_nl = factories.centre(site)
    owner_en = factories.centre(site, language="en", translation_of=owner_nl)
    dutch = factories.protocol(owner_nl, title="Leukaferese-ontvangst")
    factories.protocol(owner_en, title="Leukaferese receipt", translation_of=dutch)
    assert titles("leukaferese", language="nl") == ["Leukaferese-ontvangst"]
    assert titles("leukaferese", language="en") == ["Leukaferese receipt"]
    assert service.search("leukaferese", language="en").count == 1


def test_the_query_is_cleaned_and_capped(db, settings):
    settings.SEARCH_QUERY_MAX_LENGTH = 20
    with translation.override("en"):
        outcome = service.search("  cel\x00\x1b   therapie " + "x" * 50, language="en")
    assert outcome.query == "cel therapie " + "x" * 7
    assert outcome.notices == ["Your search was shortened to its first 20 characters."]


def test_unknown_filter_values_are_ignored_with_a_notice(site):
    factories.protocol(factories.centre(site, code="umcu"))
    outcome = service.search(
        "leukaferese", language="en", filters={"centre": ["umcu", "nowhere"], "type": "protocol"}
    )
    assert outcome.count == 1
    assert outcome.filters == {"type": ("protocol",), "centre": ("umcu",)}
    assert outcome.ignored_filters == ["centre=nowhere"]
    assert "nowhere" in outcome.notices[0]


def test_facets_carry_labels_in_the_readers_language(site):
    factories.protocol(factories.centre(site, code="umcu", title="UMC Utrecht"))
    outcome = service.search("leukaferese", language="en", filters={"type": ["protocol"]})
    facets = {facet.name: facet for facet in outcome.facets}
    assert [(o.label, o.count, o.selected) for o in facets["type"].options] == [
        ("Protocol", 1, True)
    ]
    assert facets["centre"].options[0].label == "UMC Utrecht"
    assert facets["modality"].options[0].label == "CAR-T cells"
    assert facets["language"].options[0].label == "Dutch"


def test_a_page_past_the_end_shows_the_last_page(site):
    owner = factories.centre(site)
    for number in range(3):
        factories.protocol(owner, identifier=f"DARE-SOP-{number:04d}", title=f"Kweek {number}")
    outcome = service.search("kweek", language="nl", page=99, page_size=2)
    assert (outcome.page, outcome.num_pages, len(outcome.hits)) == (2, 2, 1)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_misspelling_that_finds_nothing_shows_the_corrected_results(site, language):
    factories.protocol(factories.centre(site), title="Leukaferese-ontvangst")
    outcome = service.search("leukafrese", language=language)
    assert (outcome.query, outcome.corrected_query, outcome.searched_query) == (
        "leukafrese",
        "leukaferese",
        "leukaferese",
    )
    assert (outcome.count, [hit.title for hit in outcome.hits]) == (1, ["Leukaferese-ontvangst"])
    assert outcome.suggestion is None  # the results are the correction's already
    assert outcome.facet_counts["type"] == {"protocol": 1}
    spelt_right = service.search("leukaferese", language=language)
    assert (spelt_right.count, spelt_right.corrected_query, spelt_right.suggestion) == (
        1,
        None,
        None,
    )


def test_without_correction_a_misspelling_finds_nothing_and_offers_did_you_mean(site):
    factories.protocol(factories.centre(site), title="Leukaferese-ontvangst")
    outcome = service.search("leukafrese", language="nl", correct=False)
    assert (outcome.count, outcome.hits, outcome.corrected_query, outcome.suggestion) == (
        0,
        [],
        None,
        "leukaferese",
    )


def test_a_correction_that_finds_nothing_either_is_not_offered(site):
    factories.protocol(factories.centre(site), title="Leukaferese-ontvangst")
    outcome = service.search("leukafrese", language="nl", filters={"type": ["qc_method"]})
    assert (outcome.count, outcome.corrected_query, outcome.suggestion) == (0, None, None)


def test_a_corrected_page_past_the_end_shows_its_last_page(site):
    owner = factories.centre(site)
    for number in range(3):
        factories.protocol(
            owner, identifier=f"DARE-SOP-{number:04d}", title=f"Leukaferese {number}"
        )
    outcome = service.search("leukafrese", language="nl", page=99, page_size=2)
    assert (outcome.corrected_query, outcome.page, len(outcome.hits)) == ("leukaferese", 2, 1)


def test_autocomplete_needs_two_characters(site):
    factories.protocol(factories.centre(site), title="Leukaferese-ontvangst")
    assert service.autocomplete("l", language="nl") == []
    assert service.autocomplete("leu", language="nl") == ["Leukaferese-ontvangst"]


# ---- engines ------------------------------------------------------------------------------
def test_tantivy_is_the_engine_when_none_is_configured(db, settings):
    settings.SEARCH_ENGINE = ""
    assert service.configured_engine_name() == "tantivy"
    assert service.engines_in_use() == ["tantivy"]


@pytest.mark.parametrize("name", ["sqlite", "postgres", "solr"])
def test_an_unknown_engine_is_refused(db, settings, name):
    settings.SEARCH_ENGINE = name
    with pytest.raises(ImproperlyConfigured):
        service.configured_engine_name()
    assert [message.id for message in run_checks(tags=["search"])] == ["search.E001"]


class Unreachable(SearchEngine):
    """Stands in for an Elasticsearch server that cannot be reached."""

    name = "elasticsearch"

    def __getattribute__(self, name):
        if name in {"ranked", "tally", "autocomplete", "suggest", "replace", "delete", "status"}:
            raise ConnectionError("connection refused")
        return super().__getattribute__(name)


@pytest.fixture
def elasticsearch_module(monkeypatch):
    """Replace the Elasticsearch engine module by ``module`` (None: the import fails)."""

    def install(module):
        monkeypatch.setitem(sys.modules, "search.engines.elasticsearch", module)

    return install


def unreachable_module():
    return types.SimpleNamespace(ElasticsearchEngine=Unreachable)


@pytest.mark.parametrize("module", [None, unreachable_module()], ids=["import fails", "down"])
def test_elasticsearch_failures_fall_back_to_tantivy(site, elasticsearch_module, module, caplog):
    factories.protocol(factories.centre(site), title="Leukaferese-ontvangst")
    elasticsearch_module(module)
    with (
        override_settings(SEARCH_ENGINE="elasticsearch", ELASTICSEARCH_URL="http://127.0.0.1:9"),
        caplog.at_level(logging.WARNING, logger="search.service"),
        translation.override("en"),
    ):
        outcome = service.search("leukaferese", language="nl")
        assert service.autocomplete("leuka", language="nl") == ["Leukaferese-ontvangst"]
        assert service.engine_status().startswith("degraded: elasticsearch")
    assert [hit.title for hit in outcome.hits] == ["Leukaferese-ontvangst"]
    assert outcome.from_backup
    assert "backup search" in outcome.notices[-1]
    assert "search engine elasticsearch failed" in caplog.text


def test_unreachable_elasticsearch_server_falls_back_to_tantivy(site):
    """The real engine module (when present) against a port where nothing listens."""
    factories.protocol(factories.centre(site), title="Leukaferese-ontvangst")
    with override_settings(SEARCH_ENGINE="elasticsearch", ELASTICSEARCH_URL="http://127.0.0.1:9"):
        outcome = service.search("leukaferese", language="nl")
        assert service.engines_in_use() == ["elasticsearch", "tantivy"]
    assert [hit.title for hit in outcome.hits] == ["Leukaferese-ontvangst"]
    assert outcome.from_backup


def test_publishing_with_elasticsearch_configured_still_updates_the_tantivy_index(
    site, elasticsearch_module, django_capture_on_commit_callbacks, caplog
):
    elasticsearch_module(unreachable_module())
    with (
        override_settings(SEARCH_ENGINE="elasticsearch"),
        caplog.at_level(logging.WARNING, logger="search.service"),
    ):
        with django_capture_on_commit_callbacks(execute=True):
            factories.protocol(factories.centre(site), title="Leukaferese-ontvangst")
        assert "updating the elasticsearch search index failed" in caplog.text
        assert titles("leukaferese") == ["Leukaferese-ontvangst"]


def test_engine_status_is_ok_for_tantivy_once_it_has_an_index(db):
    assert service.engine_status() == "tantivy: missing: run rebuild_search_index"
    service.rebuild()
    assert service.engine_status() == "ok"


def test_each_glossary_term_may_match_by_any_of_its_names_on_its_own(db):
    factories.GlossaryTermFactory(slug="msc", term_nl="mesenchymale stromale cel", term_en="MSC")
    factories.GlossaryTermFactory(slug="vrijgifte", term_nl="vrijgifte", term_en="release")
    assert glossary.terms("MSC release") == (
        ("MSC", ("mesenchymale stromale cel",)),
        ("release", ("vrijgifte",)),
    )
    assert glossary.terms("kweek") == ()


def test_a_query_mixing_a_term_as_typed_and_one_translated_finds_the_page(site):
    """No whole-text expansion says "MSC vrijgifte"; each term matching on its own does."""
    factories.GlossaryTermFactory(slug="msc", term_nl="mesenchymale stromale cel", term_en="MSC")
    factories.GlossaryTermFactory(slug="vrijgifte", term_nl="vrijgifte", term_en="release")
    owner = factories.centre(site)
    factories.protocol(owner, title="Vrijgifte van MSC-batches")
    factories.protocol(owner, title="Vrijgifte", identifier="DARE-SOP-0002")
    outcome = service.search("MSC release", language="en")
    assert [hit.title for hit in outcome.hits] == ["Vrijgifte van MSC-batches"]
    assert outcome.relaxed is False


def test_when_no_page_has_every_word_pages_with_all_but_one_are_shown_saying_so(site):
    owner = factories.centre(site)
    factories.protocol(owner, title="Ontdooien van een CAR-T-infuus", purpose="<p>Thawing.</p>")
    factories.protocol(owner, title="Kweek van T-cellen", identifier="DARE-SOP-0002")
    with translation.override("en"):
        outcome = service.search("thawing CAR-T bedside", language="nl")
    assert outcome.relaxed is True
    assert [hit.title for hit in outcome.hits] == ["Ontdooien van een CAR-T-infuus"]
    assert outcome.count == 1
    assert outcome.notices == [
        "No result contains all of your words; these contain all of them but one."
    ]


def test_a_query_that_matches_every_word_is_not_relaxed(site):
    owner = factories.centre(site)
    factories.protocol(owner, title="Ontdooien van een CAR-T-infuus", purpose="<p>Thawing.</p>")
    factories.protocol(owner, title="CAR-T bij het bed", identifier="DARE-SOP-0002")
    outcome = service.search("thawing CAR-T", language="nl")
    assert (outcome.relaxed, outcome.count, outcome.notices) == (False, 1, [])


def test_one_word_is_never_relaxed(site):
    factories.protocol(factories.centre(site), title="Kweek")
    outcome = service.search("bedside", language="nl")
    assert (outcome.relaxed, outcome.count) == (False, 0)
