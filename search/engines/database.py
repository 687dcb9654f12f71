"""What the SQLite and PostgreSQL engines share: the document table's columns, collapsing
the language versions of one thing, facet counts, the vocabulary behind "did you mean", and
rebuilding into shadow tables that are swapped in by renaming.

Both match and rank in the process, from *postings* written beside the text index
(search.engines.postings): a search reads the postings of the query's terms, finds the ids of
every match, counts them and their facet values with each process's columns of the index
(search.engines.columns), scores every match with bm25 and sorts only the first results,
whose language versions are collapsed in Python (``collapse_page``); snippets are made by the
database for the page shown only. The postings are written in segments, shared here.

Subclasses supply the DDL, how rows are written (with their postings) and removed, how a
query becomes terms and which of its phrases the database must match (``_matches``), the
page's rows with snippets (``_page_rows``), autocomplete and spelling candidates.
"""

# ruff: noqa: S608 -- SQL is assembled from constant table names and whitelisted columns;
# every value, including any text a reader typed, is a bound parameter.

from __future__ import annotations

import datetime
import html
import re
import secrets
import threading
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice

import numpy as np
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError, connection, transaction

from search import glossary
from search.engines.base import (
    FACETS,
    SearchDocument,
    SearchEngine,
    SearchHit,
    SearchQuery,
    SearchResults,
)
from search.engines.columns import LOAD_BATCH, LOADED_FIELDS, IndexColumns
from search.engines.postings import Found, PostingsBuilder, PostingsRanking, merged_rows
from search.query import ParsedQuery, parse
from search.spelling import best_correction
from search.stemming import clean, fold, token_spans, vocabulary_words

# Private-use characters: stripped from every indexed text (search.stemming.clean), so the
# only ones in an engine's snippet are the markers it asked for.
SNIPPET_START, SNIPPET_STOP = "\ue000", "\ue001"

SHADOW = "_new"
BATCH_SIZE = 500
# Reading the matches again when a write lands between two statements of a search.
MATCH_ATTEMPTS = 3
# Versions ranked for a page of results: most groups have two language versions, and ranking
# costs about the same however many are kept.
WINDOW_FACTOR, WINDOW_MARGIN = 10, 50
FACET_COLUMNS = FACETS  # facet names are column names; FACETS is the whitelist for SQL
STORED_FIELDS = (
    "key",
    "group_key",
    "type",
    "language",
    "title",
    "url",
    "summary",
    "identifier",
    "centre",
    "centre_name",
    "modality",
    "process_stage",
    "quality_attribute",
    "jurisdiction",
    "authority",
    "date",
    "body",
)
HIT_FIELDS = ("key", "group_key", "title", "url", "type", "centre", "centre_name", "language")
# Integer columns of the narrow rows that the process ranks with: the row's number of indexed
# tokens (bm25's document length) and its date as a day number (0: undated).
NUMERIC_FIELDS = ("length", "day")
# Postings (search.engines.postings): per term and segment, the rows holding it and its
# weighted occurrences there; the segments written; and the phrases of several tokens that
# have postings of their own (the glossary's at the last rebuild: every row in the index was
# written with the same ones).
POSTING_TABLE = "search_posting"
SEGMENT_TABLE = "search_segment"
PHRASE_TABLE = "search_phrase"
# Segments with fewer documents than a rebuild writes at once are merged into one when there
# are more of them than this (each publication writes one).
SMALL_SEGMENTS = 8


@dataclass
class RankedRow:
    """One matching version, as the ranking step returns it."""

    ref: int  # the row's id
    group: Hashable  # the same for every language version of one thing
    language: str
    score: float


def collapse_page(
    ranked: Callable[[int], list[RankedRow]],
    reader_versions: Callable[[list[Hashable]], set[Hashable]],
    offset: int,
    limit: int,
    language: str,
) -> list[RankedRow]:
    """The versions shown as results ``offset`` to ``offset + limit``, one per group: the
    version in the reader's language when it matches, else the group's best, placed where
    the shown version ranks. ``ranked(window)`` returns up to ``window`` matching versions in
    result order; ``reader_versions(groups)`` says which of these groups have a matching
    version in the reader's language.

    A group whose reader's version lies beyond the window ranks somewhere after it, among
    groups not read yet, so only groups shown by a version inside the window are placed; the
    window grows (×4) until they fill the page or it holds every match."""
    wanted = offset + limit
    window = WINDOW_FACTOR * wanted + WINDOW_MARGIN
    while True:
        rows = ranked(window)
        complete = len(rows) < window
        best: dict[Hashable, RankedRow] = {}
        reader: dict[Hashable, RankedRow] = {}
        for row in rows:
            best.setdefault(row.group, row)
            if row.language == language:
                reader.setdefault(row.group, row)
        unread = [group for group in best if group not in reader]
        beyond = reader_versions(unread) if unread and not complete else set()
        shown = [reader.get(group, row) for group, row in best.items() if group not in beyond]
        if complete or len(shown) >= wanted:
            position = {id(row): number for number, row in enumerate(rows)}
            shown.sort(key=lambda row: position[id(row)])
            return shown[offset:wanted]
        window *= 4


def mark_snippet(raw: str) -> str:
    """Escape everything, then turn the engine's markers into <mark> elements."""
    return html.escape(raw).replace(SNIPPET_START, "<mark>").replace(SNIPPET_STOP, "</mark>")


def choose_snippet(summary_snippet: str | None, body_snippet: str | None) -> str:
    """The fragment that shows a match, preferring the body; otherwise the summary's start."""
    for fragment in (body_snippet, summary_snippet):
        if fragment and SNIPPET_START in fragment:
            return mark_snippet(fragment)
    return mark_snippet(summary_snippet or body_snippet or "")


def document_row(document: SearchDocument) -> dict:
    """The stored values of a document, cleaned of characters that cannot be indexed."""
    row = {
        "key": document.key,
        "group_key": document.group,
        "type": document.type,
        "language": document.language,
        "title": document.title,
        "url": document.url,
        "summary": document.summary,
        "identifier": document.identifier,
        "centre": document.centre,
        "centre_name": document.centre_name,
        "body": document.body,
    }
    row = {name: clean(value) for name, value in row.items()}
    for facet in FACET_COLUMNS:
        row.setdefault(facet, clean(document.facets.get(facet, "")))
    row["date"] = document.date
    return row


def row_text(row: dict) -> str:
    return " ".join((row["title"], row["identifier"], row["summary"], row["body"]))


def row_words(row: dict) -> Counter:
    """Vocabulary contribution of one stored document: each word counts once per document."""
    return Counter((word, row["language"]) for word in vocabulary_words(row_text(row)))


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def content_languages() -> tuple[str, ...]:
    """The site's language codes. The engines write them into SQL, index names and indexed
    terms, so they must be two lowercase letters."""
    codes = tuple(code for code, _name in settings.LANGUAGES)
    if not all(re.fullmatch("[a-z]{2}", code) for code in codes):
        raise ImproperlyConfigured(f"Search needs two-letter language codes, not {codes}.")
    return codes


def parse_ids(joined: str | None) -> np.ndarray:
    """Row ids joined by commas, as one statement returns every match cheaply."""
    return np.fromstring(joined or "", dtype=np.int64, sep=",")


def glossary_texts() -> list[tuple[str, str]]:
    """What the engines give postings of their own when it is a phrase of several tokens:
    each name of each glossary term, and each hyphenated word of a name ("QP-vrijgifte"),
    in every language, as (text, language)."""
    return [
        (text, language)
        for name in glossary.names()
        for text in dict.fromkeys((name, *name.split()))
        for language in content_languages()
    ]


class DatabaseEngine(SearchEngine):
    """A search engine made of tables in the site's own database."""

    documents_table = "search_document"
    vocabulary_table = "search_vocabulary"
    # One row: the token of the index's current content (see search.engines.columns).
    state_table = "search_state"
    # The table whose narrow rows (id, LOADED_FIELDS, NUMERIC_FIELDS) the columns are
    # loaded from.
    columns_table = documents_table
    # Documents per segment of postings written by a rebuild (search.engines.postings).
    segment_documents = 10_000

    def __init__(self):
        self._loaded_columns: IndexColumns | None = None
        self._loading = threading.Lock()

    # ---- schema, implemented per vendor --------------------------------------------------
    def create_tables(self, cursor, suffix: str = "") -> None:
        self._create_tables(cursor, suffix)
        self._create_indexes(cursor, suffix)
        if not suffix:
            cursor.execute(f"CREATE TABLE {self.state_table} (token TEXT NOT NULL)")
            cursor.execute(
                f"INSERT INTO {self.state_table} (token) VALUES (%s)", [secrets.token_hex(8)]
            )

    def drop_tables(self, cursor, suffix: str = "") -> None:
        self._drop_index_tables(cursor, suffix)
        if not suffix:
            cursor.execute(f"DROP TABLE IF EXISTS {self.state_table}")

    def _create_tables(self, cursor, suffix: str) -> None:
        raise NotImplementedError

    def _create_indexes(self, cursor, suffix: str) -> None:
        """Indexes a rebuild creates once its shadow tables are loaded: building them at the
        end is faster than updating them row by row."""
        raise NotImplementedError

    def _drop_index_tables(self, cursor, suffix: str) -> None:
        raise NotImplementedError

    def _swap_in_shadow_tables(self, cursor) -> None:
        raise NotImplementedError

    def _insert(self, cursor, rows: list[dict], suffix: str, postings: PostingsBuilder) -> None:
        """Write the rows, and add their postings to ``postings``."""
        raise NotImplementedError

    def _glossary_phrases(self, cursor) -> set[str]:
        """The terms of the glossary's phrases of several tokens, as the engine indexes
        them: each gets postings of its own (``PHRASE_TABLE``)."""
        raise NotImplementedError

    def _write_segment(self, cursor, suffix: str, rows: Iterable[tuple]) -> None:
        """Write (term, segment, refs, weights) rows to the postings table."""
        raise NotImplementedError

    def _remove(self, cursor, keys: list[str]) -> list[dict]:
        """Delete the documents; returns their stored texts (for the vocabulary)."""
        raise NotImplementedError

    def _serialize_writes(self, cursor) -> None:
        """Wait for other writes to the live index to finish: each numbers a new segment
        after the last and may merge segments. SQLite lets one writer in at a time anyway."""

    def _matches(
        self, cursor, queries: list[ParsedQuery]
    ) -> tuple[IndexColumns, np.ndarray, Found]:
        """The ids of the rows matching any of the queries (the reader's first, then its
        glossary expansions), the columns of the same state of the index, and what ranking
        needs (the postings of the expression's terms): nothing is ranked yet."""
        raise NotImplementedError

    def _ranking(
        self, queries: list[ParsedQuery], query: SearchQuery, columns: IndexColumns, allowed, found
    ) -> PostingsRanking:
        """The ``allowed`` rows (positions in the columns) in result order, by bm25 from
        what ``_matches`` found."""
        return PostingsRanking(found, columns, allowed, query.sort)

    def _page_rows(self, cursor, queries: list[ParsedQuery], refs: list, ranking) -> dict:
        """ref -> HIT_FIELDS, date, summary snippet and body snippet, for matching rows;
        ``ranking`` is what ordered them (``_ranking``)."""
        raise NotImplementedError

    def _spelling_candidates(self, cursor, word: str) -> list[tuple[str, str, int]]:
        raise NotImplementedError

    # ---- writing ---------------------------------------------------------------------------
    def index(self, documents: Iterable[SearchDocument]) -> int:
        rows = list({row["key"]: row for row in map(document_row, documents)}.values())
        if not rows:
            return 0
        with transaction.atomic(), connection.cursor() as cursor:
            self._serialize_writes(cursor)
            removed = self._remove(cursor, [row["key"] for row in rows])
            postings = PostingsBuilder()
            self._insert(cursor, rows, "", postings)
            self._store_postings(cursor, postings, "")
            self._tidy(cursor)
            self._update_vocabulary(cursor, rows, removed)
            self._renew_token(cursor)
        return len(rows)

    def delete(self, keys: Iterable[str]) -> None:
        keys = list(dict.fromkeys(keys))
        if not keys:
            return
        with transaction.atomic(), connection.cursor() as cursor:
            self._serialize_writes(cursor)
            removed = self._remove(cursor, keys)
            self._update_vocabulary(cursor, [], removed)
            self._tidy(cursor)
            self._renew_token(cursor)

    def rebuild(self, documents: Iterator[SearchDocument], progress=None) -> int:
        """Fill shadow tables batch by batch, then swap them in within one transaction, so
        searches answer from the old tables until the new ones are complete. Shadow tables
        left by an interrupted rebuild are dropped first."""
        with transaction.atomic(), connection.cursor() as cursor:
            self.drop_tables(cursor, SHADOW)
            self._create_tables(cursor, SHADOW)
            cursor.executemany(
                f"INSERT INTO {PHRASE_TABLE}{SHADOW} (phrase) VALUES (%s)",
                [(phrase,) for phrase in sorted(self._glossary_phrases(cursor))],
            )
        written = 0
        words = {language: Counter() for language in content_languages()}
        postings = PostingsBuilder()
        for batch in batched(documents, BATCH_SIZE):
            rows = list({row["key"]: row for row in map(document_row, batch)}.values())
            with transaction.atomic(), connection.cursor() as cursor:
                self._insert(cursor, rows, SHADOW, postings)
                if postings.documents >= self.segment_documents:
                    self._store_postings(cursor, postings, SHADOW)
                    postings = PostingsBuilder()
            for row in rows:  # counted per language: Counter.update(set) runs in C
                words.setdefault(row["language"], Counter()).update(vocabulary_words(row_text(row)))
            written += len(rows)
            if progress is not None:
                progress.advance(len(batch))
        with transaction.atomic(), connection.cursor() as cursor:
            self._store_postings(cursor, postings, SHADOW)
            self._add_words(
                cursor,
                Counter(
                    {
                        (word, language): count
                        for language, counts in words.items()
                        for word, count in counts.items()
                    }
                ),
                SHADOW,
            )
            self._create_indexes(cursor, SHADOW)
            self._swap_in_shadow_tables(cursor)
            self._renew_token(cursor)
        return written

    # ---- postings, in segments (search.engines.postings) -------------------------------------
    def _store_postings(self, cursor, postings: PostingsBuilder, suffix: str) -> None:
        if not postings:
            return
        cursor.execute(f"SELECT COALESCE(MAX(segment), 0) + 1 FROM {SEGMENT_TABLE}{suffix}")
        (segment,) = cursor.fetchone()
        self._write_segment(cursor, suffix, postings.rows(segment))
        self._add_segment(cursor, suffix, segment, postings.documents, postings.refs_range())

    def _tidy(self, cursor) -> None:
        """Small segments merged once there are more than SMALL_SEGMENTS (each publication
        writes one), so a search reads few rows per term; a large segment rewritten once
        more than half its rows are gone (deleted, or reindexed under new ids), so a search
        does not read postings of rows long replaced."""
        cursor.execute(
            f"SELECT segment, documents, first_ref, last_ref, "
            f"(SELECT COUNT(*) FROM {self.columns_table} WHERE id BETWEEN first_ref AND last_ref) "
            f"FROM {SEGMENT_TABLE} ORDER BY segment"
        )
        segments = cursor.fetchall()
        small = [row for row in segments if row[1] < self.segment_documents]
        if len(small) > SMALL_SEGMENTS:
            self._rewrite(cursor, small, segments[-1][0] + 1)
        for row in segments:
            documents, live = row[1], row[4]
            if documents >= self.segment_documents and live * 2 < documents:
                self._rewrite(cursor, [row], row[0])

    def _rewrite(self, cursor, segments: list[tuple], number: int) -> None:
        """One segment, ``number``, of the postings of ``segments`` of rows still indexed."""
        numbers = [segment for segment, *_rest in segments]
        placeholders = ", ".join(["%s"] * len(numbers))
        cursor.execute(f"SELECT id FROM {self.columns_table}")
        live = np.array([ref for (ref,) in cursor.fetchall()], dtype=np.int64)
        cursor.execute(
            f"SELECT term, refs, weights FROM {POSTING_TABLE} "
            f"WHERE segment IN ({placeholders}) ORDER BY term, segment",
            numbers,
        )
        rows = list(merged_rows(cursor.fetchall(), live, number))
        for table in (POSTING_TABLE, SEGMENT_TABLE):
            cursor.execute(f"DELETE FROM {table} WHERE segment IN ({placeholders})", numbers)
        self._write_segment(cursor, "", rows)
        first = min(first_ref for _segment, _documents, first_ref, *_rest in segments)
        last = max(last_ref for *_start, last_ref, _live in segments)
        kept = live[(live >= first) & (live <= last)]
        self._add_segment(cursor, "", number, len(kept), (first, last))

    @staticmethod
    def _add_segment(cursor, suffix: str, segment: int, documents: int, refs) -> None:
        """``refs``: the first and the last id the segment names; an id is never given
        again while a segment names it."""
        cursor.execute(
            f"INSERT INTO {SEGMENT_TABLE}{suffix} (segment, documents, first_ref, last_ref) "
            "VALUES (%s, %s, %s, %s)",
            [segment, documents, *refs],
        )

    def _renew_token(self, cursor) -> None:
        cursor.execute(f"UPDATE {self.state_table} SET token = %s", [secrets.token_hex(8)])

    def _update_vocabulary(self, cursor, added_rows: list[dict], removed_rows: list[dict]):
        change = Counter()
        for row in added_rows:
            change.update(row_words(row))
        for row in removed_rows:
            change.subtract(row_words(row))
        self._add_words(cursor, change, "")
        if any(count < 0 for count in change.values()):
            cursor.execute(f"DELETE FROM {self.vocabulary_table} WHERE frequency <= 0")

    def _add_words(self, cursor, counts: Counter, suffix: str) -> None:
        table = f"{self.vocabulary_table}{suffix}"
        cursor.executemany(
            f"INSERT INTO {table} (word, language, frequency) VALUES (%s, %s, %s) "
            f"ON CONFLICT (word, language) DO UPDATE "
            f"SET frequency = {table}.frequency + excluded.frequency",
            [(word, language, count) for (word, language), count in counts.items() if count],
        )

    # ---- reading ---------------------------------------------------------------------------
    def search(self, query: SearchQuery) -> SearchResults:
        queries = [parse(text) for text in (query.text, *query.expansions)]
        queries = [parsed for parsed in queries if not parsed.is_empty]
        if not queries:
            return SearchResults(count=0, hits=[], facets={})
        with connection.cursor() as cursor:
            columns, ids, found = self._matches(cursor, queries)
            selection = columns.select(ids, query.filters)
            count, facets = columns.counts(selection)
            hits = self._hits(cursor, queries, query, columns, selection, found) if count else []
        return SearchResults(count=count, hits=hits, facets=facets)

    def _columns(self, cursor, token: str) -> IndexColumns:
        columns = self._loaded_columns
        if columns is None or columns.token != token:
            with self._loading:
                columns = self._loaded_columns
                if columns is None or columns.token != token:
                    columns = self._loaded_columns = self._load_columns(cursor)
        return columns

    def _load_columns(self, cursor) -> IndexColumns:
        """The token and (id, *LOADED_FIELDS) of every row, read in one statement and handed
        over in batches. Without a state row nothing is read, and nothing is then found
        (see status)."""
        fields = ", ".join(f"e.{name}" for name in (*LOADED_FIELDS, *NUMERIC_FIELDS))
        cursor.execute(
            f"SELECT s.token, e.id, {fields} "
            f"FROM {self.state_table} s LEFT JOIN {self.columns_table} e ON TRUE"
        )
        first = cursor.fetchone()
        if first is None:
            return IndexColumns(None, [], NUMERIC_FIELDS)
        rest = chain.from_iterable(iter(lambda: cursor.fetchmany(LOAD_BATCH), []))
        rows = (row[1:] for row in chain([first], rest) if row[1] is not None)
        return IndexColumns(first[0], rows, NUMERIC_FIELDS)

    def _hits(
        self, cursor, queries, query: SearchQuery, columns, selection, found
    ) -> list[SearchHit]:
        """The page of results: only the top of the list is sorted, and language versions
        are collapsed in Python, instead of numbering the versions of every match."""
        allowed = selection.allowed()
        ranking = self._ranking(queries, query, columns, allowed, found)

        def ranked(window: int) -> list[RankedRow]:
            rows = ranking(window)
            # A row written after the columns were loaded is left for the next search.
            return [
                RankedRow(ref, columns.group_of(ref), columns.language(ref), score)
                for ref, score in rows
                if columns.knows(ref)
            ]

        def reader_versions(groups: list[int]) -> set[int]:
            return set(groups) & columns.groups_with_version_in(allowed, query.language)

        shown = collapse_page(
            ranked, reader_versions, max(query.offset, 0), max(query.limit, 0), query.language
        )
        rows = self._page_rows(cursor, queries, [row.ref for row in shown], ranking)
        return [self._hit(rows[row.ref], row.score) for row in shown]

    def _hit(self, row: tuple, score: float) -> SearchHit:
        values = dict(zip(HIT_FIELDS, row[: len(HIT_FIELDS)], strict=True))
        date, summary_snippet, body_snippet = row[len(HIT_FIELDS) :]
        return SearchHit(
            key=values["key"],
            group=values["group_key"],
            title=values["title"],
            url=values["url"],
            type=values["type"],
            centre=values["centre"],
            centre_name=values["centre_name"],
            language=values["language"],
            snippet=choose_snippet(summary_snippet, body_snippet),
            score=float(score or 0),
            date=datetime.date.fromisoformat(date) if isinstance(date, str) else date,
        )

    def suggest(self, text: str, language: str) -> str | None:
        """Replace each word the index does not know by its closest known word."""
        text = clean(text)
        spans = [span for span in token_spans(text) if len(fold(span.group())) >= 3]
        words = {fold(span.group()) for span in spans if fold(span.group()).isalpha()}
        if not words:
            return None
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT DISTINCT word FROM {self.vocabulary_table} "
                f"WHERE word IN ({', '.join(['%s'] * len(words))})",
                sorted(words),
            )
            known = {word for (word,) in cursor.fetchall()}
            corrections = {
                word: best_correction(word, self._spelling_candidates(cursor, word), language)
                for word in sorted(words - known)
            }
        if not any(corrections.values()):
            return None
        suggestion = text
        for span in reversed(spans):
            correction = corrections.get(fold(span.group()))
            if correction:
                suggestion = suggestion[: span.start()] + correction + suggestion[span.end() :]
        return " ".join(suggestion.split())

    def status(self) -> str:
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute(
                    f"SELECT (SELECT token FROM {self.state_table}), "
                    f"(SELECT 1 FROM {self.columns_table} LIMIT 1)"
                )
                (token, _any_row) = cursor.fetchone()
        except DatabaseError as error:
            return f"index tables unavailable ({error.__class__.__name__}): run migrate"
        return "ok" if token else "index state missing: run migrate, then rebuild_search_index"
