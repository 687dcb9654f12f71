"""Every engine against the contract in base.py, through the service's collapsed search:
Tantivy always, Elasticsearch when ELASTICSEARCH_URL names a cluster."""

import datetime
import os

import pytest

from search import service
from search.engines.base import SearchQuery
from search.tests.conftest import make_document, run, search


@pytest.fixture(params=[service.EMBEDDED, service.ELASTICSEARCH])
def engine(request, db, settings):
    """An empty index of each engine."""
    if request.param == service.ELASTICSEARCH:
        if not os.environ.get("ELASTICSEARCH_URL"):
            pytest.skip("ELASTICSEARCH_URL is not set: no Elasticsearch cluster to test")
        settings.ELASTICSEARCH_URL = os.environ["ELASTICSEARCH_URL"]
        settings.SEARCH_INDEX_PREFIX = f"test-contract-{os.getpid()}"
    engine = service.get_engine(request.param)
    engine.rebuild(iter(()))
    return engine


def test_dutch_plural_with_diaeresis_finds_the_singular(engine):
    engine.index([make_document("a", "Celtherapie voor kinderen"), make_document("b", "Kweek")])
    assert run(engine, "celtherapieën") == ["a"]


def test_english_documents_are_stemmed_as_english(engine):
    engine.index([make_document("a", "Sterility testing", language="en")])
    assert run(engine, "sterile tests", language="en") == ["a"]


def test_snippet_marks_the_original_word(engine):
    engine.index([make_document("a", "Titel", body="Over celtherapieën bij kinderen.")])
    [hit] = search(engine, "celtherapie").hits
    assert "<mark>celtherapieën</mark>" in hit.snippet


def test_superscript_and_subscript_digits_match_digits(engine):
    """Content keeps "CO₂" and "10⁸" readable (knowledge.sections); readers type "CO2"."""
    engine.index([make_document("a", "Incubatie", body="Bij 5% CO₂ met 1 × 10⁸ cellen.")])
    [hit] = search(engine, "CO2").hits
    assert "CO₂" in hit.snippet and "10⁸" in hit.snippet
    assert run(engine, "co₂") == ["a"]


def test_title_matches_rank_above_body_matches(engine):
    engine.index(
        [
            make_document("body", "Kweekprotocol", body="Over leukaferese en meer."),
            make_document("title", "Leukaferese"),
        ]
    )
    assert run(engine, "leukaferese") == ["title", "body"]


@pytest.mark.parametrize("order", [("copy", "reference"), ("reference", "copy")])
def test_a_prominent_document_ranks_above_an_equal_match(engine, order):
    """A harmonised reference above a centre's local copy of it, whatever was indexed first."""
    documents = {
        "copy": make_document("copy", "Leukaferese-ontvangst", body="Ontvangst bij 2-8 °C."),
        "reference": make_document(
            "reference", "Leukaferese-ontvangst", body="Ontvangst bij 2-8 °C.", prominence=1.2
        ),
    }
    engine.index([documents[key] for key in order])
    assert run(engine, "leukaferese ontvangst") == ["reference", "copy"]


def test_prominence_does_not_overrule_a_clearly_better_match(engine):
    engine.index(
        [
            make_document("reference", "Kweekprotocol", body="Over leukaferese.", prominence=1.2),
            make_document("title", "Leukaferese"),
        ]
    )
    assert run(engine, "leukaferese") == ["title", "reference"]


def test_a_relaxed_query_finds_documents_with_all_words_but_one(engine):
    engine.index(
        [
            make_document("two", "Ontdooien van CAR-T-cellen"),
            make_document("one", "Ontdooien van plasma"),
        ]
    )
    assert run(engine, "ontdooien car infusie") == []
    assert run(engine, "ontdooien car infusie", relaxed=True) == ["two"]


def test_a_glossary_term_matches_by_another_name_on_its_own(engine):
    engine.index(
        [
            make_document("named", "Mesenchymale stromale cellen invriezen"),
            make_document("other", "Cellen invriezen"),
        ]
    )
    terms = (("msc", ("mesenchymale stromale cellen",)),)
    assert run(engine, "msc invriezen", terms=terms) == ["named"]


def test_phrase_needs_the_words_together_and_in_order(engine):
    engine.index(
        [
            make_document("together", "A", body="Werk in een gesloten systeem."),
            make_document("apart", "B", body="Het systeem is niet gesloten."),
        ]
    )
    assert run(engine, '"gesloten systeem"') == ["together"]
    assert sorted(run(engine, "gesloten systeem")) == ["apart", "together"]


def test_a_word_of_several_tokens_is_matched_as_a_phrase(engine):
    engine.index(
        [
            make_document("sop", "Kweek", identifier="DARE-SOP-0012"),
            make_document("qc", "Kweek", identifier="DARE-QC-0012", body="Zie de SOP van DARE."),
        ]
    )
    assert run(engine, "DARE-SOP-0012") == ["sop"]
    assert run(engine, "dare sop 0012") == ["sop", "qc"]


def test_expansions_are_alternative_queries(engine):
    engine.index(
        [
            make_document("nl", "Vrijgifte van de batch"),
            make_document("en", "Batch release", language="en"),
        ]
    )
    assert sorted(run(engine, "vrijgifte", expansions=("release",))) == ["en", "nl"]


def test_language_versions_are_shown_once_in_the_readers_language(engine):
    engine.index(
        [
            make_document("p-nl", "Steriliteit", group="page:1", language="nl"),
            make_document("p-en", "Sterility", group="page:1", language="en"),
            make_document("only-en", "Sterility of vectors", group="page:2", language="en"),
        ]
    )
    results = search(engine, "steriliteit", expansions=("sterility",), language="en")
    assert [hit.key for hit in results.hits] == ["p-en", "only-en"]
    assert results.count == 2
    assert search(engine, "sterility", language="nl").hits[0].key == "p-en"
    results = search(engine, "steriliteit", expansions=("sterility",), language="nl")
    assert sorted(hit.key for hit in results.hits) == ["only-en", "p-nl"]


def test_facets_count_each_value_with_the_other_facets_filters_applied(engine):
    engine.index(
        [
            make_document("a", "Kweek A", centre="umcu", facets={"modality": "car-t"}),
            make_document("b", "Kweek B", centre="umcu", facets={"modality": "msc"}),
            make_document("c", "Kweek C", centre="lumc", facets={"modality": "car-t"}),
            make_document("d", "Kweek D", type="qc_method", centre="lumc"),
        ]
    )
    results = search(engine, "kweek", filters={"centre": ("umcu",), "modality": ("car-t",)})
    assert [hit.key for hit in results.hits] == ["a"]
    assert results.count == 1
    # centre counts use the modality filter only; modality counts use the centre filter only
    assert results.facets["centre"] == {"umcu": 1, "lumc": 1}
    assert results.facets["modality"] == {"car-t": 1, "msc": 1}
    assert results.facets["type"] == {"protocol": 1}
    combined = search(engine, "kweek", filters={"centre": ("umcu", "lumc"), "type": ("protocol",)})
    assert combined.count == 3
    assert combined.facets["type"] == {"protocol": 3, "qc_method": 1}


def test_facet_counts_count_language_versions_once(engine):
    engine.index(
        [
            make_document("nl", "Kweek", group="page:1", language="nl", centre="umcu"),
            make_document("en", "Kweek", group="page:1", language="en", centre="umcu"),
        ]
    )
    results = search(engine, "kweek")
    assert results.count == 1
    assert results.facets["centre"] == {"umcu": 1}
    assert results.facets["language"] == {"nl": 1, "en": 1}


def test_sort_by_date_puts_the_newest_first_and_undated_last(engine):
    engine.index(
        [
            make_document("old", "Kweek", date=datetime.date(2020, 1, 1)),
            make_document("undated", "Kweek kweek", date=None),
            make_document("new", "Kweek", date=datetime.date(2025, 6, 1)),
        ]
    )
    assert run(engine, "kweek", sort="date") == ["new", "old", "undated"]
    assert search(engine, "kweek", sort="date").hits[0].date == datetime.date(2025, 6, 1)


def test_pagination_over_collapsed_results(engine):
    documents = []
    for number in range(7):
        documents.append(make_document(f"{number}-nl", f"Kweek {number}", group=str(number)))
        documents.append(
            make_document(f"{number}-en", f"Kweek {number}", group=str(number), language="en")
        )
    engine.index(documents)
    pages = [run(engine, "kweek", offset=offset, limit=3) for offset in (0, 3, 6)]
    assert [len(page) for page in pages] == [3, 3, 1]
    assert len({key for page in pages for key in page}) == 7
    assert all(key.endswith("-nl") for page in pages for key in page)
    assert search(engine, "kweek", offset=3, limit=3).count == 7


def test_the_ranked_window_grows_until_it_holds_the_page(engine):
    """A group with more versions than the first window of ranked rows holds (the window is
    sized for two languages) must not hide the results after it."""
    many = [make_document(f"many-{n}", "Kweek kweek kweek", group="many") for n in range(100)]
    engine.index([*many, make_document("other", "Kweek", body="Over iets anders.")])
    results = search(engine, "kweek", offset=1, limit=1)
    assert [hit.key for hit in results.hits] == ["other"]
    assert results.count == 2


def test_a_group_is_placed_where_the_version_shown_ranks(engine):
    """The reader's version is shown, and ranks its group, even when the other language's
    version ranks first and the reader's lies beyond the rows ranked for the page."""
    filler = " ".join(["woorden"] * 200)
    engine.index(
        [
            make_document("g-en", "Kweek kweek", group="g", language="en"),
            make_document("g-nl", "Protocol", group="g", body=f"{filler} kweek"),
            *(make_document(f"other-{n}", f"Kweek {n}", body=f"kweek {filler}") for n in range(70)),
        ]
    )
    results = search(engine, "kweek", limit=1)
    assert results.hits[0].key.startswith("other-")
    assert results.count == 71
    assert [hit.key for hit in search(engine, "kweek", offset=70, limit=1).hits] == ["g-nl"]
    assert search(engine, "kweek", limit=1, language="en").hits[0].key == "g-en"


def test_index_replaces_and_delete_removes(engine):
    engine.index([make_document("a", "Kweek")])
    engine.index([make_document("a", "Vrijgifte")])
    assert run(engine, "kweek") == []
    assert run(engine, "vrijgifte") == ["a"]
    engine.delete(["a", "never-indexed"])
    assert run(engine, "vrijgifte") == []


def test_rebuild_replaces_everything_and_the_old_index_answers_until_the_swap(engine):
    engine.index([make_document("old", "Kweek")])

    def documents():
        yield make_document("new", "Kweek")
        assert run(engine, "kweek") == ["old"]  # mid-rebuild, searches use the old index

    class Progress:
        steps = 0

        def advance(self, steps=1):
            self.steps += steps

    progress = Progress()
    assert engine.rebuild(documents(), progress) == 1
    assert progress.steps == 1
    assert run(engine, "kweek") == ["new"]


def test_autocomplete_prefers_the_readers_language(engine):
    engine.index(
        [
            make_document("nl", "Leukaferese-ontvangst", group="g", identifier="DARE-SOP-0001"),
            make_document("en", "Leukapheresis receipt", group="g", language="en"),
            make_document("other", "Kweek"),
        ]
    )
    assert engine.autocomplete("leuka", "en") == ["Leukapheresis receipt", "Leukaferese-ontvangst"]
    assert engine.autocomplete("leukaferese ontv", "nl") == ["Leukaferese-ontvangst"]
    assert engine.autocomplete("sop-00", "nl") == ["Leukaferese-ontvangst"]
    assert engine.autocomplete('"*:^', "nl") == []


def test_suggest_corrects_unknown_words_with_frequent_close_ones(engine):
    engine.index(
        [
            make_document("a", "Steriliteit van het eindproduct"),
            make_document("b", "Steriliteit en endotoxine"),
            make_document("c", "Sterilisatie"),
        ]
    )
    assert engine.suggest("steriliet eindproduct", "nl") == "steriliteit eindproduct"
    assert engine.suggest("steriliteit", "nl") is None
    assert engine.suggest("qqqqqqqq", "nl") is None


def test_snippets_escape_html_from_documents(engine):
    engine.index(
        [
            make_document(
                "a",
                "<script>alert(1)</script> Kweek",
                body='Kweek <img src=x onerror="alert(2)"> & meer',
                summary="<b>vet</b> kweek",
            )
        ]
    )
    [hit] = search(engine, "kweek").hits
    assert "&amp; meer" in hit.snippet
    assert hit.snippet.replace("<mark>", "").replace("</mark>", "").count("<") == 0
    assert "&lt;img" in hit.snippet


# What a reader may type, and whether it finds the document "Kweek" (body "steriel"): only
# words count, so operators of any engine are ignored characters or words of their own.
NASTY_QUERIES = [
    ('"', 0),
    ('""', 0),
    ('"""', 0),
    ("NEAR", 0),
    ("NEAR(kweek steriel, 2)", 0),
    ("kweek*", 1),
    ("*", 0),
    ("^kweek", 1),
    ("title:kweek", 0),
    ("{title}: kweek", 0),
    ("- kweek", 1),
    ("kweek -steriel", 1),
    ("(kweek", 1),
    ("kweek)", 1),
    ("AND OR NOT", 0),
    ("kweek OR", 0),
    ("'; DROP TABLE search_document; --", 0),
    ("%' OR 1=1 --", 0),
    ("<script>alert(1)</script>", 0),
    ("a:* & b | !c <-> d", 0),
    ("\\", 0),
    ("\x00kweek\x00", 1),
    ("😀 kweek", 1),
    ("k" * 10_000, 0),
    ("kweek " * 2_000, 1),
    ("\ue000kweek\ue001", 1),
]


@pytest.mark.parametrize(("text", "found"), NASTY_QUERIES)
def test_any_text_is_searched_as_data(engine, text, found):
    engine.index([make_document("a", "Kweek", body="steriel")])
    query = SearchQuery(text=text, language="nl", filters={"type": ("protocol", text)})
    assert service.collapsed_search(engine, query).count == found
    with_itself = SearchQuery(text=text, language="nl", expansions=(text,))
    assert service.collapsed_search(engine, with_itself).count == found
    assert set(engine.autocomplete(text, "nl")) <= {"Kweek"}
    assert engine.suggest(text, "nl") is None


def test_unknown_filter_values_match_nothing(engine):
    engine.index([make_document("a", "Kweek")])
    assert search(engine, "kweek", filters={"centre": ("'; DROP TABLE x; --",)}).count == 0
    assert search(engine, "kweek").count == 1


def test_status(engine):
    assert engine.status() == "ok"
