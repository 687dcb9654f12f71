"""Ranking from postings (search.engines.postings): the arithmetic on its own, and on SQLite
the scores and order FTS5's bm25() gives for the same expression, through writes, deletions,
merges and rebuilds."""

# ruff: noqa: S608 -- table names are constants of the engine.

import datetime
import random

import numpy as np
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from knowledge.factories import GlossaryTermFactory
from search.engines import database, sqlite
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
    reason="only the SQLite engine ranks from postings; PostgreSQL ranks with ts_rank",
)


def test_weighted_terms_count_occurrences_by_column_weight_and_every_token():
    terms, tokens = weighted_terms(["a b", "", "a", "a c c", "f1x00"], (8, 8, 3, 1, 0))
    assert terms == {"a": 8 + 3 + 1, "b": 8, "c": 2}
    assert tokens == 7  # the facet token is part of the row's length, weighing nothing


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


def day(text: str | None) -> int:
    return datetime.date.fromisoformat(text).toordinal() if text else 0


def assert_ranked_as_fts5(engine):
    for texts, filters in QUERIES:
        queries = [parse(text) for text in texts]
        with connection.cursor() as cursor:
            columns, ids, found = engine._matches(cursor, queries)
            assert sorted(ids.tolist()) == sorted(ref for ref, _s in fts5_ranking(queries, {}, ""))
            allowed = columns.select(ids, filters).allowed()
            for sort in ("relevance", "date"):
                query = SearchQuery(text=texts[0], language="nl", filters=filters, sort=sort)
                ranking = engine._ranking(cursor, queries, query, columns, allowed, found)
                ours, reference = ranking(10_000), fts5_ranking(queries, filters, sort)
                assert [ref for ref, _score in ours] == [ref for ref, _score in reference], texts
                assert ranking(3) == ours[:3]  # only the top sorted: the same first rows
                assert [score for _ref, score in ours] == pytest.approx(
                    [score for _ref, score in reference], rel=1e-12
                )
    assert fts5_ranking([parse("cellen")], {}, ""), "the corpus matches the queries"


def segments() -> list[tuple[int, int]]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT segment, documents FROM {sqlite.SEGMENT_TABLE} ORDER BY segment")
        return cursor.fetchall()


@sqlite_only
def test_postings_rank_as_fts5_across_writes_reindexing_and_deletions(engine):
    for batch in range(3):
        engine.index(corpus("d", 80, seed=batch)[batch * 20 : batch * 20 + 30])
    assert_ranked_as_fts5(engine)
    engine.index(corpus("d", 80, seed=7)[10:40])  # reindexed under new ids, new texts
    engine.delete([f"d{index}" for index in range(0, 80, 3)])
    assert_ranked_as_fts5(engine)


@sqlite_only
def test_small_segments_are_merged_and_ids_are_not_given_twice(engine):
    documents = corpus("m", 40, seed=3)
    for document in documents:
        engine.index([document])
        engine.delete([document.key]) if document.key.endswith("7") else None
    assert len(segments()) <= sqlite.SMALL_SEGMENTS + 1
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT refs FROM {sqlite.POSTING_TABLE}")
        named = {ref for (blob,) in cursor.fetchall() for ref in np.frombuffer(blob, "<i4")}
        cursor.execute(f"SELECT id FROM {sqlite.ENTRY_TABLE}")
        live = {ref for (ref,) in cursor.fetchall()}
    assert live <= named
    assert len(named - live) <= 1  # a deleted row's postings go at the next merge
    assert_ranked_as_fts5(engine)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT MAX(last_ref) FROM {sqlite.SEGMENT_TABLE}")
        (last_ref,) = cursor.fetchone()
        engine.delete(["m39"])  # the newest row
        engine.index([make_document("new", "Kweek")])
        cursor.execute(f"SELECT id FROM {sqlite.ENTRY_TABLE} WHERE key = 'new'")
        assert cursor.fetchone()[0] > last_ref


@sqlite_only
def test_a_rebuild_writes_segments_that_rank_as_fts5(engine, monkeypatch):
    monkeypatch.setattr(database, "BATCH_SIZE", 10)
    monkeypatch.setattr(engine, "segment_documents", 25)
    assert engine.rebuild(iter(corpus("r", 95, seed=5))) == 95
    assert [number for _segment, number in segments()] == [30, 30, 30, 5]
    assert_ranked_as_fts5(engine)


@sqlite_only
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
        cursor.execute(f"SELECT refs FROM {sqlite.POSTING_TABLE} WHERE segment = 1")
        refs = {ref for (blob,) in cursor.fetchall() for ref in np.frombuffer(blob, "<i4")}
    assert refs == set(range(7, 11))
    assert_ranked_as_fts5(engine)


@sqlite_only
def test_the_glossarys_phrases_have_postings_that_rank_as_fts5(engine):
    """A rebuild counts the glossary's phrases (names, and hyphenated words in names) in
    every row; a search then scores them from postings, without FTS5."""
    GlossaryTermFactory(slug="kweek", term_nl="kweek cellen", term_en="cells sample")
    GlossaryTermFactory(slug="t-cel", term_nl="Transductie van T-cellen", term_en="T-cells")
    engine.rebuild(iter(corpus("g", 60, seed=11)))
    engine.index(corpus("h", 20, seed=12))  # written after the rebuild: counted as well
    assert_ranked_as_fts5(engine)
    for text in ('"kweek cellen"', "T-cellen kweek", '"cells sample"'):
        with CaptureQueriesContext(connection) as statements:
            results = engine.search(SearchQuery(text=text, language="nl"))
        assert results.count
        assert not [s["sql"] for s in statements if "bm25(" in s["sql"]], text


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
