"""Collapsing ranked language versions into a page of results (search.service)."""

from search.engines.base import RankedVersion
from search.service import collapse_page


def engine_answers(rows, matching_reader_versions=()):
    """Stand-ins for the engine's ranking and reader's-version queries; records the windows
    asked for."""
    ranked = [RankedVersion(key, group, language, score) for key, group, language, score in rows]
    windows = []

    def ranked_window(window):
        windows.append(window)
        return ranked[:window]

    def reader_versions(groups):
        return set(groups) & set(matching_reader_versions)

    return ranked_window, reader_versions, windows


def refs(rows):
    return [row.key for row in rows]


def test_each_group_once_shown_in_the_readers_language_where_that_version_ranks():
    ranked, reader_versions, _windows = engine_answers(
        [(1, "a", "en", 9.0), (2, "b", "nl", 8.0), (3, "a", "nl", 7.0), (4, "c", "en", 6.0)]
    )
    assert refs(collapse_page(ranked, reader_versions, 0, 10, "nl")) == [2, 3, 4]
    assert refs(collapse_page(ranked, reader_versions, 0, 10, "en")) == [1, 2, 4]


def test_the_window_grows_when_versions_of_one_group_fill_it():
    rows = [(number, "big", "nl", 100.0 - number) for number in range(200)]
    ranked, reader_versions, windows = engine_answers([*rows, (999, "small", "nl", 1.0)])
    assert refs(collapse_page(ranked, reader_versions, 1, 1, "nl")) == [999]
    assert len(windows) > 1 and windows == sorted(windows)


def test_a_group_whose_readers_version_lies_beyond_the_window_waits_for_it():
    rows = [(0, "g", "en", 100.0)]
    rows += [(number, f"other-{number}", "nl", 90.0 - number / 100) for number in range(1, 80)]
    rows.append((80, "g", "nl", 1.0))
    ranked, reader_versions, windows = engine_answers(rows, matching_reader_versions={"g"})
    assert refs(collapse_page(ranked, reader_versions, 0, 1, "nl")) == [1]
    assert len(windows) == 1
    assert refs(collapse_page(ranked, reader_versions, 79, 1, "nl")) == [80]
