"""Ranking from postings (search.engines.postings): the arithmetic on its own; on SQLite the
matches, scores and order FTS5's bm25() gives for the same expression, and on PostgreSQL the
matches of its own ``@@`` and bm25 computed here from the vectors' positions, through writes,
deletions, merges and rebuilds."""

# ruff: noqa: S608 -- table names are constants of the engine.

import datetime
import math
import random
import threading
from itertools import pairwise

import numpy as np
import pytest
from django.db import connection, connections
from django.test.utils import CaptureQueriesContext

from knowledge.factories import GlossaryTermFactory
from search import service
from search.engines import database, postgres, sqlite
from search.engines.base import FACETS, SearchQuery
from search.engines.columns import IndexColumns
from search.engines.database import content_languages
from search.engines.postings import (
    Bm25,
    PostingsBuilder,
    TermWeights,
    bm25,
    merged_rows,
    top,
    weighted_terms,
)
from search.query import parse
from search.tests.conftest import make_document

sqlite_only = pytest.mark.skipif(
    connection.vendor != "sqlite",
    reason="FTS5's snippets and scoring of phrases are SQLite's own",
)


def test_weighted_terms_count_occurrences_by_column_weight_and_every_token():
    terms, tokens = weighted_terms(["a b", "", "a", "a c c", "f1x00"], (8, 8, 3, 1, 0))
    assert terms == {"a": 8 + 3 + 1, "b": 8, "c": 2}
    assert tokens == 7  # the facet token is part of the row's length, weighing nothing


def test_a_vectors_text_gives_weighted_lexemes_and_its_glossary_phrases():
    """PostgreSQL writes a tsvector as 'lexeme':positions with weight letters (none: D),
    quotes doubled and backslashes escaped; a phrase counts where its lexemes stand at their
    distances, weighing what its first position weighs."""
    vector = r"'chain':1A,5C,9C 'ident':3A,7C 'it''s':4 'a\\b':6B"
    phrases = postgres.phrases_by_first(["0enchain 2enident", "0enident 1enchain"])
    assert postgres.vector_terms(vector, "en", phrases) == {
        "enchain": 8 + 1 + 1,
        "enident": 8 + 1,
        "enit's": 1,
        "ena\\b": 3,
        "0enchain 2enident": 8 + 1,  # at 1 and 5, not at 9
    }
    assert postgres.phrase_key("'chain':1 'ident':3", "en") == "0enchain 2enident"
    assert postgres.phrase_key("'cell':1,3", "en") == "0encell 2encell"
    assert postgres.phrase_key("'cell':2", "en") is None
    assert postgres.phrase_parts("0nlt-cel 1nlt 2nl0012") == [
        (0, "nlt-cel"),
        (1, "nlt"),
        (2, "nl0012"),
    ]


def columns_of(*ids) -> IndexColumns:
    return IndexColumns("t", [(ref, f"g{ref}", *[""] * 8) for ref in ids])


def test_a_merged_segment_keeps_only_rows_still_indexed():
    first, second = PostingsBuilder(), PostingsBuilder()
    first.add(1, {"a": 2, "b": 1})
    first.add(2, {"a": 5})
    second.add(3, {"a": 1})
    rows = sorted(
        [(term, refs, weights) for term, _s, refs, weights in [*first.rows(1), *second.rows(2)]]
    )
    merged = {term: (refs, weights) for term, _s, refs, weights in merged_rows(rows, [2, 3], 9)}
    refs, weights = merged["a"]
    assert np.frombuffer(refs, "<i4").tolist() == [2, 3]
    assert np.frombuffer(weights, "<i4").tolist() == [5, 1]
    assert "b" not in merged  # only in a row no longer indexed


def test_a_phrase_counts_only_where_its_whole_conjunction_matches():
    """FTS5 clears the positions of an AND that fails in a row, even when another branch of
    the OR matches it: ("a" AND "b") OR "c" scores a row holding a and c by c alone."""
    columns = columns_of(1, 2, 3)
    builder = PostingsBuilder()
    builder.add(1, {"a": 1, "c": 1})
    builder.add(2, {"c": 1})
    builder.add(3, {"a": 1, "b": 1})
    weights = TermWeights(columns, [(t, r, w) for t, _s, r, w in builder.rows(1)])
    scorer = Bm25(weights, np.array([10, 10, 10]), 3, 30)
    both, matches = bm25([("a", "b"), ("c",)], scorer)
    alone, _matches = bm25([("c",)], scorer)
    assert both[0] == alone[0] == alone[1]
    assert both[2] > 0 and alone[2] == 0
    assert matches[("a", "b")].tolist() == [False, False, True]


def test_rows_the_columns_do_not_hold_are_left_out_of_postings():
    columns = columns_of(1, 3)
    builder = PostingsBuilder()
    for ref in (1, 2, 3, 99):
        builder.add(ref, {"a": ref})
    weights = TermWeights(columns, [(t, r, w) for t, _s, r, w in builder.rows(1)])
    assert weights.rows_with["a"] == 2  # of all rows held, for the idf
    assert weights.holding("a").tolist() == [True, True]
    weights.focus(np.array([1]))
    assert weights.of("a").tolist() == [3.0]  # for the rows in focus
    assert weights.of("unknown").tolist() == [0.0]


def test_top_sorts_only_the_best_and_breaks_ties_by_ref():
    scores = np.array([1.0, 3.0, 3.0, 2.0, 3.0])
    refs = np.array([10, 40, 20, 30, 50])
    assert top(scores, refs, 2).tolist() == [2, 1]
    assert top(scores, refs, 10).tolist() == [2, 1, 4, 3, 0]


# ---- the same ranking as FTS5 ----------------------------------------------------------------
WORDS = {  # words of both kinds: one token, and several (a phrase)
    "nl": "kweek cellen vrijgifte steriliteit product monster T-cellen transductie",
    "en": "culture cells release sterility product sample T-cells transduction",
}


def corpus(prefix: str, number: int, seed: int) -> list:
    """Documents of every length, words repeated in every column, both languages."""
    chance = random.Random(seed)
    documents = []
    for index in range(number):
        language = chance.choice(("nl", "en"))
        words = WORDS[language].split()

        def text(most, words=words):
            return " ".join(chance.choices(words, k=chance.randint(0, most)))

        documents.append(
            make_document(
                f"{prefix}{index}",
                text(4) or words[0],
                body=text(60),
                summary=text(12),
                identifier=chance.choice(["", "DARE-SOP-0012"]),
                language=language,
                centre=chance.choice(("umcu", "lumc")),
                date=chance.choice((None, datetime.date(2024, 1, 1), datetime.date(2025, 3, 1))),
            )
        )
    return documents


QUERIES = [
    (["cellen"], {}),
    (["cells"], {}),
    (["product"], {}),  # in both languages: each ranked with its own stems
    (["kweek cellen"], {}),
    (["vrijgifte", "release"], {}),  # a glossary expansion: alternatives
    (["vrijgifte monster", "release monster"], {}),  # a phrase in both conjunctions
    (["sterility", "steriliteit", "Sterility"], {"centre": ("lumc",)}),
    (["product transduction"], {"centre": ("umcu",)}),
    (["onbekend"], {}),
    # Phrases of several tokens, alone and in conjunctions with words:
    (['"kweek cellen"'], {}),
    (["transductie T-cellen", "transduction T-cells", "transductie"], {}),
    (['"cells sample" release', "T-cells"], {"centre": ("lumc",)}),
    (["DARE-SOP-0012 kweek"], {}),
    (['"kweek cellen" T-cellen', "kweek"], {}),  # two longer phrases in one conjunction
    (["T-cells", "T-cells release"], {}),  # a phrase alone, and with a word
]


def fts5_ranking(queries, filters, sort) -> list[tuple[int, float]]:
    """FTS5's own matching and ranking of the same expression, language by language (how the
    engine ranked before it had postings), filtered and ordered in Python."""
    rows = []
    with connection.cursor() as cursor:
        for language in content_languages():
            expression = " OR ".join(
                map(sqlite.conjunction_expression, sqlite.conjunctions(queries, language))
            )
            cursor.execute(
                f"SELECT f.rowid, -bm25(search_fts, {sqlite.BM25_WEIGHTS}), e.date, "
                f"{', '.join(f'e.{facet}' for facet in FACETS)} FROM search_fts f "
                "JOIN search_entry e ON e.id = f.rowid WHERE search_fts MATCH %s",
                [expression],
            )
            rows += cursor.fetchall()
    return in_result_order(rows, filters, sort)


def in_result_order(rows, filters, sort) -> list[tuple[int, float]]:
    """(ref, score) of the rows (ref, score, date, *FACETS) that pass the filters, in the
    order the engine promises."""
    allowed = [
        row
        for row in rows
        if all(not values or row[3 + FACETS.index(f)] in values for f, values in filters.items())
    ]
    if sort == "date":
        allowed.sort(key=lambda row: (row[2] is None, -day(row[2]), -row[1], row[0]))
    else:
        allowed.sort(key=lambda row: (-row[1], row[0]))
    return [(ref, score) for ref, score, *_rest in allowed]


def day(date: str | datetime.date | None) -> int:
    if isinstance(date, str):
        date = datetime.date.fromisoformat(date)
    return date.toordinal() if date else 0


def vector_ranking(engine, queries, filters, sort) -> list[tuple[int, float]]:
    """PostgreSQL's own matching (``@@``) of the same queries, and bm25 computed from the rows'
    vectors as the engine documents it: occurrences weighted by their positions' weights, a
    glossary phrase counted where its lexemes stand at their distances, another phrase as
    often as its rarest lexeme where PostgreSQL finds it."""
    weight = postgres.LETTER_WEIGHTS
    with connection.cursor() as cursor:
        expression, phrases = engine._expression(cursor, queries)
        matching, params = [], []
        for language in content_languages():
            tsquery, tsquery_params = postgres.tsquery_sql(queries, language)
            matching.append(f"(d.language = '{language}' AND d.tsv @@ {tsquery})")
            params += tsquery_params
        cursor.execute(f"SELECT d.id FROM search_document d WHERE {' OR '.join(matching)}", params)
        matched = {ref for (ref,) in cursor.fetchall()}
        cursor.execute(
            f"SELECT d.id, d.date, {', '.join(f'd.{facet}' for facet in FACETS)}, d.language "
            "FROM search_document d"
        )
        documents = {row[0]: row for row in cursor.fetchall()}
        vectors = {ref: {} for ref in documents}
        cursor.execute(
            "SELECT d.id, u.lexeme, u.positions, u.weights FROM search_document d, unnest(d.tsv) u"
        )
        for ref, lexeme, positions, weights in cursor.fetchall():
            term = documents[ref][-1] + lexeme
            vectors[ref][term] = dict(zip(positions, weights, strict=True))
        cursor.execute(f"SELECT phrase FROM {database.PHRASE_TABLE}")
        registered = {phrase for (phrase,) in cursor.fetchall()}
        found_by_postgres = {}
        for key, (text, language) in phrases.items():
            cursor.execute(
                f"SELECT d.id FROM search_document d WHERE {postgres.phrase_condition(language)}",
                [postgres.text_search_config(language), postgres.prepared(text.lower(), language)],
            )
            found_by_postgres[key] = {ref for (ref,) in cursor.fetchall()}

    def frequency(ref, term):
        vector = vectors[ref]
        if " " not in term:
            return sum(weight[letter] for letter in vector.get(term, {}).values())
        parts = postgres.phrase_parts(term)
        if term in registered:
            first = vector.get(parts[0][1], {})
            return sum(
                weight[letter]
                for position, letter in first.items()
                if all(position + distance in vector.get(t, {}) for distance, t in parts[1:])
            )
        if ref not in found_by_postgres[term]:
            return 0
        return min(frequency(ref, part) for _distance, part in parts)

    lengths = {ref: sum(len(positions) for positions in v.values()) for ref, v in vectors.items()}
    total, average = len(documents), sum(lengths.values()) / max(len(documents), 1)
    terms = {term for conjunction in expression for term in conjunction}
    frequencies = {(ref, term): frequency(ref, term) for ref in documents for term in terms}
    idf = {}
    for term in terms:
        holding = sum(1 for ref in documents if frequencies[ref, term])
        idf[term] = max(math.log((total - holding + 0.5) / (holding + 0.5)), 1e-6)
    ranked = []
    for ref in matched:
        score, norm = 0.0, 1.2 * (1 - 0.75 + 0.75 * lengths[ref] / average)
        for conjunction in expression:
            if all(frequencies[ref, term] for term in conjunction):
                for term in conjunction:
                    f = frequencies[ref, term]
                    score += idf[term] * f * 2.2 / (f + norm)
        ranked.append((ref, score, documents[ref][1], *documents[ref][2:-1]))
    return in_result_order(ranked, filters, sort)


def reference_ranking(engine, queries, filters, sort) -> list[tuple[int, float]]:
    if connection.vendor == "sqlite":
        return fts5_ranking(queries, filters, sort)
    return vector_ranking(engine, queries, filters, sort)


def assert_same_order(ours, reference, columns, sort, texts):
    """FTS5's scores are computed as the engine computes them, so the order is the same to the
    last bit; the vectors' bm25 here sums in another order, so rows whose scores differ in the
    last bits (and, in date order, whose dates are the same) may change places."""
    if connection.vendor == "sqlite":
        assert [ref for ref, _score in ours] == [ref for ref, _score in reference], texts
        return
    assert sorted(ref for ref, _s in ours) == sorted(ref for ref, _s in reference), texts
    place, expected = {ref: n for n, (ref, _s) in enumerate(reference)}, dict(reference)
    days = dict(zip(columns.ids.tolist(), columns.numbers["day"].tolist(), strict=True))
    for (first, _s), (second, _t) in pairwise(ours):
        if place[first] > place[second]:
            assert sort != "date" or days[first] == days[second], texts
            assert expected[first] == pytest.approx(expected[second], rel=1e-12), texts


def assert_ranked_as_reference(engine):
    """The engine's matches, order and scores are the reference's (see above)."""
    for texts, filters in QUERIES:
        queries = [parse(text) for text in texts]
        with connection.cursor() as cursor:
            columns, ids, found = engine._matches(cursor, queries)
        expected = reference_ranking(engine, queries, {}, "")
        assert sorted(ids.tolist()) == sorted(ref for ref, _s in expected), texts
        allowed = columns.select(ids, filters).allowed()
        for sort in ("relevance", "date"):
            query = SearchQuery(text=texts[0], language="nl", filters=filters, sort=sort)
            ranking = engine._ranking(queries, query, columns, allowed, found)
            ours, reference = ranking(10_000), reference_ranking(engine, queries, filters, sort)
            assert_same_order(ours, reference, columns, sort, texts)
            assert ranking(3) == ours[:3]  # only the top sorted: the same first rows
            assert [score for _ref, score in ours] == pytest.approx(
                [score for _ref, score in reference], rel=1e-12
            )
    assert reference_ranking(engine, [parse("cellen")], {}, ""), "the corpus matches the queries"


def segments() -> list[tuple[int, int]]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT segment, documents FROM {database.SEGMENT_TABLE} ORDER BY segment")
        return cursor.fetchall()


def test_postings_rank_as_the_reference_across_writes_reindexing_and_deletions(engine):
    for batch in range(3):
        engine.index(corpus("d", 80, seed=batch)[batch * 20 : batch * 20 + 30])
    assert_ranked_as_reference(engine)
    engine.index(corpus("d", 80, seed=7)[10:40])  # reindexed under new ids, new texts
    engine.delete([f"d{index}" for index in range(0, 80, 3)])
    assert_ranked_as_reference(engine)


def test_small_segments_are_merged_and_ids_are_not_given_twice(engine):
    documents = corpus("m", 40, seed=3)
    for document in documents:
        engine.index([document])
        engine.delete([document.key]) if document.key.endswith("7") else None
    assert len(segments()) <= database.SMALL_SEGMENTS + 1
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT refs FROM {database.POSTING_TABLE}")
        named = {ref for (blob,) in cursor.fetchall() for ref in np.frombuffer(blob, "<i4")}
        cursor.execute(f"SELECT id FROM {engine.columns_table}")
        live = {ref for (ref,) in cursor.fetchall()}
    assert live <= named
    assert len(named - live) <= 1  # a deleted row's postings go at the next merge
    assert_ranked_as_reference(engine)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT MAX(last_ref) FROM {database.SEGMENT_TABLE}")
        (last_ref,) = cursor.fetchone()
        engine.delete(["m39"])  # the newest row
        engine.index([make_document("new", "Kweek")])
        cursor.execute(f"SELECT id FROM {engine.columns_table} WHERE key = 'new'")
        assert cursor.fetchone()[0] > last_ref


def test_a_rebuild_writes_segments_that_rank_as_the_reference(engine, monkeypatch):
    monkeypatch.setattr(database, "BATCH_SIZE", 10)
    monkeypatch.setattr(engine, "segment_documents", 25)
    assert engine.rebuild(iter(corpus("r", 95, seed=5))) == 95
    assert [number for _segment, number in segments()] == [30, 30, 30, 5]
    assert_ranked_as_reference(engine)


def test_a_large_segment_is_rewritten_once_most_of_its_rows_are_gone(engine, monkeypatch):
    monkeypatch.setattr(database, "BATCH_SIZE", 10)
    monkeypatch.setattr(engine, "segment_documents", 10)
    documents = corpus("c", 30, seed=9)
    engine.rebuild(iter(documents))
    assert segments() == [(1, 10), (2, 10), (3, 10)]
    engine.index(corpus("c", 5, seed=10))  # the first five again, under new ids
    assert segments()[0] == (1, 10)  # half of it still indexed
    engine.delete(["c5"])
    assert segments()[0] == (1, 4)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT refs FROM {database.POSTING_TABLE} WHERE segment = 1")
        refs = {ref for (blob,) in cursor.fetchall() for ref in np.frombuffer(blob, "<i4")}
    assert refs == set(range(7, 11))
    assert_ranked_as_reference(engine)


def test_the_glossarys_phrases_have_postings_that_rank_as_the_reference(engine):
    """A rebuild counts the glossary's phrases (names, and hyphenated words in names) in
    every row; a search then matches and scores them from postings, without asking FTS5 or
    PostgreSQL's phrase matching."""
    GlossaryTermFactory(slug="kweek", term_nl="kweek cellen", term_en="cells sample")
    GlossaryTermFactory(slug="t-cel", term_nl="Transductie van T-cellen", term_en="T-cells")
    engine.rebuild(iter(corpus("g", 60, seed=11)))
    engine.index(corpus("h", 20, seed=12))  # written after the rebuild: counted as well
    assert_ranked_as_reference(engine)
    for text in ('"kweek cellen"', "T-cellen kweek", '"cells sample"'):
        with CaptureQueriesContext(connection) as statements:
            results = engine.search(SearchQuery(text=text, language="nl"))
        assert results.count
        asked = "bm25(" if connection.vendor == "sqlite" else "d.tsv @@ phraseto_tsquery"
        assert not [s["sql"] for s in statements if asked in s["sql"]], text


@sqlite_only
def test_snippets_mark_only_what_the_row_matched(engine):
    """As FTS5 does for the whole expression: a word of an alternative the row does not
    match in full is not marked."""
    engine.index(
        [make_document("a", "Titel", body="De kweek van cellen gaat voor de vrijgifte uit.")]
    )
    [hit] = engine.search(
        SearchQuery(text="kweek", language="nl", expansions=("vrijgifte monster",))
    ).hits
    assert "<mark>kweek</mark>" in hit.snippet
    assert "<mark>vrijgifte</mark>" not in hit.snippet and "vrijgifte" in hit.snippet


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite lets one writer in at a time by itself"
)
def test_publications_at_the_same_moment_each_write_their_segment(transactional_db):
    """Each write numbers a segment after the last one: two writers must not pick the same
    number (the second would fail on the segment's key, and the page would not be indexed)."""
    engine = service.get_engine(service.database_engine_name())
    engine.rebuild(iter(()))
    start, failures = threading.Barrier(2), []

    def publish(prefix: str) -> None:
        try:
            for number in range(12):
                start.wait(timeout=10)
                engine.index([make_document(f"{prefix}{number}", f"Kweek {number}")])
        except Exception as error:  # reported by the assertion below
            failures.append(error)
        finally:
            connections.close_all()

    writers = [threading.Thread(target=publish, args=(prefix,)) for prefix in "ab"]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    assert failures == []
    assert engine.search(SearchQuery(text="kweek", language="nl")).count == 24
