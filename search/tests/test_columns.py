"""The columns of the index each process holds: counts and facets from arrays, and reloading
when another process (another engine instance here) or a rolled-back write changed the index."""

import numpy as np
import pytest
from django.db import connection, transaction

from search.engines import columns as columns_module
from search.engines import postgres
from search.engines.base import SearchQuery
from search.engines.columns import IndexColumns
from search.tests.conftest import make_document

ROWS = [
    # id, group_key, type, centre, modality, process_stage, quality_attribute, jurisdiction,
    # authority, language
    (1, "g1", "protocol", "umcu", "car-t", "", "", "", "", "nl"),
    (2, "g1", "protocol", "umcu", "car-t", "", "", "", "", "en"),
    (3, "g2", "protocol", "lumc", "msc", "", "", "", "", "nl"),
    (5, "g3", "qc_method", "lumc", "", "", "", "", "", "en"),
]


def test_counts_collapse_language_versions_and_apply_the_other_filters():
    columns = IndexColumns("t", ROWS)
    selection = columns.select(np.array([1, 2, 3, 5]), {"centre": ("lumc",)})
    count, facets = columns.counts(selection)
    assert count == 2
    assert facets["centre"] == {"umcu": 1, "lumc": 2}  # its own filter left out
    assert facets["type"] == {"protocol": 1, "qc_method": 1}
    assert facets["modality"] == {"msc": 1}  # a row without a value counts for none
    assert facets["language"] == {"nl": 1, "en": 1}


def test_ids_it_does_not_hold_and_values_it_never_saw_match_nothing():
    columns = IndexColumns("t", ROWS)
    selection = columns.select(np.array([4, 5, 99, -1]), {})
    assert selection.rows.tolist() == [3]  # the fourth row, id 5
    assert columns.counts(columns.select(np.array([1, 3]), {"centre": ("nowhere",)}))[0] == 0


def test_groups_with_a_version_in_a_language():
    columns = IndexColumns("t", ROWS)
    rows = columns.select(np.array([1, 2, 3, 5]), {}).rows
    assert columns.groups_with_version_in(rows, "en") == {
        columns.group_of(2),
        columns.group_of(5),
    }


def kweek(engine):
    return engine.search(SearchQuery(text="kweek", language="nl"))


def test_a_write_by_another_process_is_counted_at_once(engine):
    """Engines are per process; a second instance stands for another web process."""
    engine.index([make_document("a", "Kweek", centre="umcu")])
    other = type(engine)()
    assert kweek(other).facets["centre"] == {"umcu": 1}
    engine.index([make_document("b", "Kweek", centre="lumc")])
    results = kweek(other)
    assert results.count == 2
    assert results.facets["centre"] == {"umcu": 1, "lumc": 1}
    engine.delete(["a"])
    assert kweek(other).facets["centre"] == {"lumc": 1}


def test_a_rolled_back_write_leaves_the_columns_of_what_is_there(engine):
    engine.index([make_document("a", "Kweek", centre="umcu")])
    assert kweek(engine).count == 1
    with pytest.raises(RuntimeError), transaction.atomic():
        engine.index([make_document("b", "Kweek", centre="lumc")])
        assert kweek(engine).facets["centre"] == {"umcu": 1, "lumc": 1}
        raise RuntimeError("publication failed")
    results = kweek(engine)
    assert results.count == 1
    assert results.facets["centre"] == {"umcu": 1}


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's query plan")
def test_postgres_matches_a_phrase_through_its_languages_index_without_reading_rows_back(engine):
    """A phrase outside the glossary is matched through the GIN index of its language's rows:
    reading every matching vector back to check its language cost 10× the match itself."""
    engine.index(
        make_document(f"{number}", f"Kweek van cellen {number}", language=("nl", "en")[number % 2])
        for number in range(500)
    )
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {engine.documents_table}")
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute(
            f"EXPLAIN SELECT d.id FROM {engine.documents_table} d "  # noqa: S608
            f"WHERE {postgres.phrase_condition('nl')}",
            ["dutch", "kweek van cellen"],
        )
        plan = "\n".join(line for (line,) in cursor.fetchall())
    assert "search_document_tsv_nl" in plan
    assert "search_document_tsv_en" not in plan
    assert "Filter" not in plan


def test_far_apart_ids_cost_a_map_entry_each_not_a_row():
    """Ids grow with every reindexed document; the columns stay as long as the rows."""
    columns = IndexColumns("t", [(3, "g1", *ROWS[0][2:]), (2_000_000, "g2", *ROWS[3][2:])])
    assert columns.group.size == 2
    count, facets = columns.counts(columns.select(np.array([3, 2_000_000]), {}))
    assert count == 2
    assert facets["type"] == {"protocol": 1, "qc_method": 1}


def test_rows_are_read_once_a_batch_at_a_time(monkeypatch):
    """The loader hands over a stream of rows; batches that end mid-way give the same codes."""
    monkeypatch.setattr(columns_module, "LOAD_BATCH", 3)
    handed_over = []

    def stream():
        for row in ROWS:
            handed_over.append(row[0])
            yield row

    streamed, listed = IndexColumns("t", stream()), IndexColumns("t", ROWS)
    assert handed_over == [1, 2, 3, 5]
    ids = np.array([1, 2, 3, 5])
    assert streamed.counts(streamed.select(ids, {})) == listed.counts(listed.select(ids, {}))
    assert streamed.values == listed.values
    assert streamed.counts(streamed.select(ids, {"centre": ("lumc",)}))[0] == 2
    assert [streamed.language(row_id) for row_id in ids] == ["nl", "en", "nl", "en"]


def test_an_empty_index_counts_nothing():
    columns = IndexColumns("t", [])
    assert columns.counts(columns.select(np.array([1, 2]), {})) == (
        0,
        {facet: {} for facet in columns.values},
    )


def test_a_missing_index_state_finds_nothing_and_health_says_why(engine):
    engine.index([make_document("a", "Kweek")])
    assert engine.status() == "ok"
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {engine.state_table}")  # noqa: S608
    assert engine.status().startswith("index state missing")
    assert kweek(type(engine)()).count == 0
