"""Running the Tantivy index: rebuilds beside the live index, writes during a rebuild, readers
in other processes, the writer lock, the schema check, /health/, counting a group once
when both its language versions match, and the facet counts on several threads."""

import os
import threading

import pytest
import tantivy
from django.core.checks import run_checks

from knowledge import factories
from search import health, service
from search.engines import tantivy as engine_module
from search.engines.base import FACETS
from search.engines.tantivy import IndexStore, TantivyEngine, WriterBusy
from search.tests.conftest import make_document, run, search


def test_a_crashed_rebuild_leaves_the_old_index_and_nothing_else(engine):
    engine.index([make_document("old", "Kweek")])
    live = engine.store.live

    def documents():
        yield make_document("new", "Kweek")
        raise RuntimeError("the database went away")

    with pytest.raises(RuntimeError):
        engine.rebuild(documents())
    assert run(engine, "kweek") == ["old"]
    assert engine.store.live == live
    assert sorted(path.name for path in engine.store.root.glob("index-*")) == [live.name]
    assert not (engine.store.root / engine_module.REBUILDING).exists()


def test_changes_published_during_a_rebuild_are_kept(engine):
    engine.index([make_document("gone", "Vrijgifte")])

    def documents():
        yield make_document("gone", "Vrijgifte")
        yield make_document("kept", "Kweek")
        engine.index([make_document("published", "Vrijgifte van de batch")])
        engine.delete(["gone"])
        assert run(engine, "vrijgifte") == ["published"]  # the live index has them at once

    assert engine.rebuild(documents()) == 2
    assert run(engine, "vrijgifte") == ["published"]
    assert run(engine, "kweek") == ["kept"]


def test_another_processs_writes_and_rebuilds_are_seen_by_the_next_search(engine):
    other_process = TantivyEngine(engine.store.root)
    other_process.index([make_document("a", "Kweek")])
    assert run(engine, "kweek") == ["a"]
    other_process.rebuild(iter([make_document("b", "Kweek")]))
    assert run(engine, "kweek") == ["b"]


def test_a_write_waits_a_bounded_time_for_another_writer(engine, monkeypatch):
    engine.index([make_document("a", "Kweek")])
    monkeypatch.setattr(engine_module, "WRITER_LOCK_ATTEMPTS", 2)
    monkeypatch.setattr(engine_module, "WRITER_LOCK_PAUSE", 0)
    held = tantivy.Index(engine_module.SCHEMA, path=str(engine.store.live)).writer(15_000_000, 1)
    with pytest.raises(WriterBusy):
        engine.index([make_document("b", "Kweek")])
    del held
    engine.index([make_document("b", "Kweek")])
    assert sorted(run(engine, "kweek")) == ["a", "b"]


def test_an_index_of_another_schema_is_a_check_error(engine):
    engine.index([make_document("a", "Kweek")])
    assert [message.id for message in run_checks(tags=["search"])] == []
    (engine.store.live / engine_module.SCHEMA_FILE).write_text("0")
    [error] = run_checks(tags=["search"])
    assert error.id == "search.E002"
    assert "rebuild_search_index" in error.hint
    assert service.engine_status() == "tantivy: built for another schema: run rebuild_search_index"


def test_an_index_of_an_older_schema_is_replaced_by_a_rebuild(engine):
    """What the check tells the operator to do must work: the older index cannot even be
    opened with today's schema."""
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("key", stored=True, tokenizer_name="raw")
    older_schema = builder.build()
    older = engine.store.root / "index-older"
    older.mkdir(parents=True)
    tantivy.Index(older_schema, path=str(older))
    (older / engine_module.SCHEMA_FILE).write_text(str(engine_module.SCHEMA_VERSION - 1))
    engine.store._flip(older)
    assert [message.id for message in run_checks(tags=["search"])] == ["search.E002"]

    assert engine.rebuild(iter([make_document("a", "Kweek")])) == 1
    assert run(engine, "kweek") == ["a"]
    assert run_checks(tags=["search"]) == []
    assert not older.exists()


def test_health_reports_a_missing_index(db):
    result = health.check_search()
    assert result == {
        "engine": "tantivy",
        "status": "degraded",
        "detail": "tantivy: missing: run rebuild_search_index",
    }


def test_health_reports_an_empty_index_then_one_behind_then_ok(site, settings):
    factories.protocol(factories.centre(site))
    findable = service.document_count()
    engine = service.get_engine(service.EMBEDDED)
    engine.rebuild(iter(()))
    assert health.check_search() == {
        "engine": "tantivy",
        "status": "degraded",
        "detail": "empty: run rebuild_search_index",
        "documents": 0,
        "findable": findable,
    }
    engine.index([make_document("a", "Kweek")])
    behind = health.check_search()
    assert (behind["status"], behind["documents"]) == ("degraded", 1)
    assert behind["detail"].startswith("behind")
    service.rebuild()
    assert health.check_search() == {
        "engine": "tantivy",
        "status": "ok",
        "documents": findable,
        "findable": findable,
    }


def test_the_index_lives_in_search_index_dir(engine, settings):
    engine.index([make_document("a", "Kweek")])
    assert engine.store.root == settings.SEARCH_INDEX_DIR
    assert IndexStore(settings.SEARCH_INDEX_DIR).live == engine.store.live


def test_a_word_that_matches_both_languages_counts_each_group_once(engine):
    """Both versions match: "cells" is also a Dutch form of "cellen"."""
    engine.index(
        [
            make_document("nl", "Cellen", group="g"),
            make_document("en", "Cells", group="g", language="en"),
        ]
    )
    results = search(engine, "cells", language="en")
    assert (results.count, results.facets["language"]) == (1, {"nl": 1, "en": 1})


@pytest.mark.parametrize(
    ("filters", "threads", "parts"),
    [
        ({}, 1, [(None, list(FACETS))]),
        ({}, 2, [(None, list(FACETS[0::2])), (None, list(FACETS[1::2]))]),
        (
            {"centre": ("umcu",)},
            2,
            [(None, [facet for facet in FACETS if facet != "centre"]), ("centre", ["centre"])],
        ),
    ],
)
def test_a_searchs_facets_are_dealt_out_over_the_threads_each_once(filters, threads, parts):
    assert engine_module.facet_parts(filters, threads) == parts


@pytest.mark.parametrize("threads", [2, 3, 9])
def test_facet_counts_are_the_same_counted_in_one_thread_or_in_several(engine, settings, threads):
    engine.index(
        [
            make_document(
                f"{group}-{language}",
                "Kweek van cellen" if language == "nl" else "Cell culture",
                group=f"page:{group}",
                language=language,
                type=("protocol", "qc_method")[group % 2],
                centre=("umcu", "lumc", "amsterdam-umc")[group % 3],
                facets={"modality": ("car-t", "msc")[group % 2], "process_stage": "culture"},
            )
            for group in range(12)
            for language in ("nl", "en")[: 1 + group % 2]
        ]
    )
    asked = [{}, {"centre": ("umcu",)}, {"type": ("protocol",), "modality": ("msc", "car-t")}]
    settings.SEARCH_FACET_THREADS = 1
    alone = [search(engine, "cells", language="en", filters=filters) for filters in asked]
    settings.SEARCH_FACET_THREADS = threads
    spread = [search(engine, "cells", language="en", filters=filters) for filters in asked]
    assert [(results.count, results.facets) for results in spread] == [
        (results.count, results.facets) for results in alone
    ]
    assert alone[0].count == 12 and alone[0].facets["centre"] == {
        "umcu": 4,
        "lumc": 4,
        "amsterdam-umc": 4,
    }


def test_a_facet_count_that_the_busy_pool_has_not_started_is_done_by_the_search_itself(
    settings,
):
    """Searches in other threads of the process may hold the pool: a search is never slower
    than counting everything itself."""
    settings.SEARCH_FACET_THREADS = 2
    pool = engine_module._pool(os.getpid(), 1)
    release = threading.Event()
    busy = pool.submit(release.wait, 30)
    answers = []
    searching = threading.Thread(
        target=lambda: answers.append(engine_module.in_parallel(lambda n: n * 2, [1, 2, 3]))
    )
    searching.start()
    searching.join(timeout=5)
    waited_for_the_pool = searching.is_alive()
    release.set()
    busy.result()
    searching.join()
    assert not waited_for_the_pool
    assert answers == [[2, 4, 6]]
