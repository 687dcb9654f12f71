"""Full-text search on SQLite with FTS5, for development and small installations.

SQLite cannot load a Snowball tokenizer from Python, so the text is stemmed in Python
(search.stemming) and the FTS5 table indexes the stems. It is an *external content* table
whose content rows hold the original text: a stemmed column has exactly one stem per token of
the original, so ``snippet()`` finds the matched token positions in the index and highlights
the original words ("celtherapieën" for a search on "celtherapie").

``tokenize='unicode61 remove_diacritics 0'``: the analyser has already folded and stemmed
everything, and decides for itself what happens to diacritics (the Dutch stemmer drops them,
as PostgreSQL's does); the tokenizer must only split, in the same places as the analyser.

Each stem is indexed behind its document's language code ("nlcel", "encell"), so one MATCH
expression searches every document with the query stemmed in that document's own language,
and a query stemmed as Dutch never meets an English stem. (A language column ANDed with each
branch did the same, at the cost of intersecting every match with half the index.)

The facet values are indexed too, as terms of a column of their own that weighs nothing in
the ranking: a filter becomes part of the MATCH expression, so only the rows that pass it
are ranked.
"""

# ruff: noqa: S608 -- SQL is assembled from constant table names and whitelisted columns;
# every value, including any text a reader typed, is a bound parameter.

import numpy as np
from django.db import connection

from search.engines.base import FACETS, SearchQuery
from search.engines.database import (
    HIT_FIELDS,
    SHADOW,
    SNIPPET_START,
    SNIPPET_STOP,
    STORED_FIELDS,
    DatabaseEngine,
    content_languages,
    parse_ids,
)
from search.query import ParsedQuery
from search.stemming import analyze, clean, fold, tokens

FTS_TABLE = "search_fts"
# The narrow row of each document (same id): what the columns of the index, the date order
# and autocomplete read, so none of them touches the texts.
ENTRY_TABLE = "search_entry"
ENTRY_FIELDS = ("key", "group_key", "title", "date", *FACETS)
# bm25 weights per FTS column: title, identifier, summary, body, facets.
BM25_WEIGHTS = "8.0, 8.0, 3.0, 1.0, 0.0"
# Titles and identifiers as written, for autocomplete: a table of their own keeps the words a
# prefix expands to few, and prefix indexes answer the shortest prefixes ("car-t": "t*").
AUTOCOMPLETE_TABLE = "search_autocomplete"
SNIPPET_TOKENS = 24
SNIPPET_ARGUMENTS = (SNIPPET_START, SNIPPET_STOP, " … ", SNIPPET_TOKENS)
TERM_FIELDS = ("title", "identifier", "summary", "body")
# What the FTS table indexes, and the documents table keeps to delete it again.
FTS_COLUMNS = (*TERM_FIELDS, "facets")
TERM_COLUMNS = (*(f"{name}_terms" for name in TERM_FIELDS), "facets")


def _quoted(text: str) -> str:
    """An FTS5 string: whatever it contains is matched as text, never read as syntax."""
    return '"' + text.replace('"', '""') + '"'


def facet_term(facet: str, value: str) -> str:
    """The indexed form of a facet value: one token (hex digits behind the facet's number),
    which no language-marked stem can equal."""
    return f"f{FACETS.index(facet)}x{clean(value).encode().hex()}"


def facet_terms(row: dict) -> str:
    return " ".join(facet_term(facet, row[facet]) for facet in FACETS if row[facet])


def filter_expression(filters: dict[str, tuple[str, ...]]) -> str:
    """Each filtered facet as a condition on the facets column: one of its values."""
    return "".join(
        f" AND facets : ({' OR '.join(_quoted(facet_term(facet, value)) for value in values)})"
        for facet, values in filters.items()
        if values
    )


def indexed_terms(text: str, language: str) -> str:
    """The indexed form of a text: one language-marked stem per token. Language codes are
    letters of one length, so two languages' terms never coincide."""
    return " ".join(f"{language}{stem}" for stem in analyze(text, language))


def _conjunction(parsed: ParsedQuery, language: str) -> str:
    """Every word and every phrase. A word made of several tokens (DARE-SOP-0012, CAR-T,
    2.6.27) is a phrase of them, as PostgreSQL's parser makes it."""
    texts = (*parsed.plain.split(), *parsed.phrases)
    terms = (indexed_terms(text, language) for text in texts)
    return " AND ".join(_quoted(term) for term in terms if term)


def language_expression(queries: list[ParsedQuery], language: str) -> str:
    """Documents in ``language`` matched by any of the queries stemmed in that language;
    queries that stem alike (a glossary term differing from the query in case) once."""
    conjunctions = dict.fromkeys(_conjunction(parsed, language) for parsed in queries)
    return " OR ".join(f"({conjunction})" for conjunction in conjunctions)


def match_expression(queries: list[ParsedQuery]) -> str:
    """Documents in each language matched by any of the queries stemmed in that language."""
    return " OR ".join(
        f"({language_expression(queries, language)})" for language in content_languages()
    )


class SQLiteEngine(DatabaseEngine):
    name = "sqlite"
    columns_table = ENTRY_TABLE

    def _create_tables(self, cursor, suffix: str) -> None:
        # The FTS table names its content table by its final name even in a shadow copy:
        # FTS5 does not follow renames, and the shadow is only read after the swap.
        cursor.execute(
            f"CREATE TABLE {self.documents_table}{suffix} ("
            "id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, group_key TEXT NOT NULL, "
            "type TEXT NOT NULL, language TEXT NOT NULL, title TEXT NOT NULL, "
            "url TEXT NOT NULL, summary TEXT NOT NULL, identifier TEXT NOT NULL, "
            "centre TEXT NOT NULL, centre_name TEXT NOT NULL, modality TEXT NOT NULL, "
            "process_stage TEXT NOT NULL, quality_attribute TEXT NOT NULL, "
            "jurisdiction TEXT NOT NULL, authority TEXT NOT NULL, date TEXT, "
            "body TEXT NOT NULL, autocomplete TEXT NOT NULL, title_terms TEXT NOT NULL, "
            "identifier_terms TEXT NOT NULL, summary_terms TEXT NOT NULL, "
            "body_terms TEXT NOT NULL, facets TEXT NOT NULL)"
        )
        cursor.execute(
            f"CREATE TABLE {ENTRY_TABLE}{suffix} (id INTEGER PRIMARY KEY, "
            + ", ".join(f"{name} TEXT NOT NULL" for name in ENTRY_FIELDS if name != "date")
            + ", date TEXT)"
        )
        cursor.execute(
            f"CREATE VIRTUAL TABLE {FTS_TABLE}{suffix} USING fts5("
            "title, identifier, summary, body, facets, "
            f"content='{self.documents_table}', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 0')"
        )
        cursor.execute(
            f"CREATE VIRTUAL TABLE {AUTOCOMPLETE_TABLE}{suffix} USING fts5(autocomplete, "
            f"content='{self.documents_table}', content_rowid='id', prefix='1 2 3', "
            "tokenize='unicode61 remove_diacritics 0')"
        )
        cursor.execute(
            f"CREATE TABLE {self.vocabulary_table}{suffix} (word TEXT NOT NULL, "
            "language TEXT NOT NULL, frequency INTEGER NOT NULL, "
            "PRIMARY KEY (word, language)) WITHOUT ROWID"
        )

    def _create_indexes(self, cursor, suffix: str) -> None:
        # Named by the final table: SQLite renames an index's table, never the index.
        cursor.execute(
            f"CREATE INDEX IF NOT EXISTS {ENTRY_TABLE}_group{suffix} "
            f"ON {ENTRY_TABLE}{suffix} (group_key, language)"
        )

    def _drop_index_tables(self, cursor, suffix: str) -> None:
        for table in (FTS_TABLE, AUTOCOMPLETE_TABLE, self.documents_table, ENTRY_TABLE):
            cursor.execute(f"DROP TABLE IF EXISTS {table}{suffix}")
        cursor.execute(f"DROP TABLE IF EXISTS {self.vocabulary_table}{suffix}")

    def _swap_in_shadow_tables(self, cursor) -> None:
        self._drop_index_tables(cursor, "")
        tables = (self.documents_table, ENTRY_TABLE, FTS_TABLE, AUTOCOMPLETE_TABLE)
        for table in (*tables, self.vocabulary_table):
            cursor.execute(f"ALTER TABLE {table}{SHADOW} RENAME TO {table}")

    def _insert(self, cursor, rows: list[dict], suffix: str = "") -> None:
        """Rows get consecutive ids after the highest one, so each table takes its rows in
        one executemany."""
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {self.documents_table}{suffix}")
        (highest,) = cursor.fetchone()
        documents, entries, indexed, titles = [], [], [], []
        for number, row in enumerate(rows, start=highest + 1):
            terms = [indexed_terms(row[name], row["language"]) for name in TERM_FIELDS]
            terms.append(facet_terms(row))
            autocomplete = f"{row['title']} {row['identifier']}"
            documents.append([number, *(row[name] for name in STORED_FIELDS), autocomplete, *terms])
            entries.append([number, *(row[name] for name in ENTRY_FIELDS)])
            indexed.append([number, *terms])
            titles.append([number, autocomplete])
        columns = ("id", *STORED_FIELDS, "autocomplete", *TERM_COLUMNS)
        cursor.executemany(
            f"INSERT INTO {self.documents_table}{suffix} ({', '.join(columns)}) "
            f"VALUES ({', '.join(['%s'] * len(columns))})",
            documents,
        )
        cursor.executemany(
            f"INSERT INTO {ENTRY_TABLE}{suffix} (id, {', '.join(ENTRY_FIELDS)}) "
            f"VALUES ({', '.join(['%s'] * (len(ENTRY_FIELDS) + 1))})",
            entries,
        )
        cursor.executemany(
            f"INSERT INTO {FTS_TABLE}{suffix} (rowid, {', '.join(FTS_COLUMNS)}) "
            f"VALUES (%s, {', '.join(['%s'] * len(FTS_COLUMNS))})",
            indexed,
        )
        cursor.executemany(
            f"INSERT INTO {AUTOCOMPLETE_TABLE}{suffix} (rowid, autocomplete) VALUES (%s, %s)",
            titles,
        )

    def _remove(self, cursor, keys: list[str]) -> list[dict]:
        """An external-content FTS5 row is deleted by repeating the values it indexed."""
        fields = ("id", *STORED_FIELDS, "autocomplete", *TERM_COLUMNS)
        cursor.execute(
            f"SELECT {', '.join(fields)} FROM {self.documents_table} "
            f"WHERE key IN ({', '.join(['%s'] * len(keys))})",
            keys,
        )
        rows = [dict(zip(fields, values, strict=True)) for values in cursor.fetchall()]
        cursor.executemany(
            f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {', '.join(FTS_COLUMNS)}) "
            f"VALUES ('delete', %s, {', '.join(['%s'] * len(FTS_COLUMNS))})",
            [[row["id"], *(row[name] for name in TERM_COLUMNS)] for row in rows],
        )
        cursor.executemany(
            f"INSERT INTO {AUTOCOMPLETE_TABLE} ({AUTOCOMPLETE_TABLE}, rowid, autocomplete) "
            "VALUES ('delete', %s, %s)",
            [[row["id"], row["autocomplete"]] for row in rows],
        )
        for table in (self.documents_table, ENTRY_TABLE):
            cursor.executemany(f"DELETE FROM {table} WHERE id = %s", [(row["id"],) for row in rows])
        return rows

    def _match(self, cursor, queries: list[ParsedQuery]) -> tuple[str, np.ndarray]:
        cursor.execute(
            f"SELECT (SELECT token FROM {self.state_table}), group_concat(rowid) "
            f"FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s",
            [match_expression(queries)],
        )
        token, ids = cursor.fetchone()
        return token, parse_ids(ids)

    def _ranked(
        self, cursor, queries: list[ParsedQuery], query: SearchQuery, window: int
    ) -> list[tuple[int, float]]:
        """Ranked in the FTS table alone (the date order reads the narrow rows as well), one
        language at a time: ``bm25`` pays for every phrase of the expression on every row,
        and another language's phrases never match a row, so leaving them out halves the
        work without changing a score (their idf is the table's, whichever expression)."""
        score = f"-bm25({FTS_TABLE}, {BM25_WEIGHTS})"
        by_date = query.sort == "date"
        date = "e.date" if by_date else "NULL"
        entries = f"JOIN {ENTRY_TABLE} e ON e.id = {FTS_TABLE}.rowid " if by_date else ""
        order = self._order_sql(query.sort, "score", date, f"{FTS_TABLE}.rowid")
        rows = []
        for language in content_languages():
            expression = language_expression(queries, language)
            cursor.execute(
                f"SELECT {FTS_TABLE}.rowid, {score} AS score, {date} FROM {FTS_TABLE} {entries}"
                f"WHERE {FTS_TABLE} MATCH %s ORDER BY {order} LIMIT %s",
                [f"({expression}){filter_expression(query.filters)}", window],
            )
            rows += cursor.fetchall()
        rows.sort(key=self._order_key(query.sort))
        return [(ref, score) for ref, score, _date in rows[:window]]

    def _page_rows(self, cursor, queries: list[ParsedQuery], refs: list) -> dict[object, tuple]:
        if not refs:
            return {}
        fields = ", ".join(f"d.{name}" for name in (*HIT_FIELDS, "date"))
        cursor.execute(
            f"SELECT d.id, {fields}, "
            f"snippet({FTS_TABLE}, 2, %s, %s, %s, %s), snippet({FTS_TABLE}, 3, %s, %s, %s, %s) "
            f"FROM {FTS_TABLE} JOIN {self.documents_table} d ON d.id = {FTS_TABLE}.rowid "
            f"WHERE {FTS_TABLE} MATCH %s AND {FTS_TABLE}.rowid IN "
            f"({', '.join(['%s'] * len(refs))})",
            [*SNIPPET_ARGUMENTS, *SNIPPET_ARGUMENTS, match_expression(queries), *refs],
        )
        return {row[0]: row[1:] for row in cursor.fetchall()}

    def autocomplete(self, prefix: str, language: str, limit: int = 8) -> list[str]:
        words = [word for word in map(fold, tokens(prefix)) if word]
        if not words:
            return []
        expression = " AND ".join(f"{_quoted(word)}*" for word in words)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT e.title FROM {AUTOCOMPLETE_TABLE} "
                f"JOIN {ENTRY_TABLE} e ON e.id = {AUTOCOMPLETE_TABLE}.rowid "
                f"WHERE {AUTOCOMPLETE_TABLE} MATCH %s GROUP BY e.title "
                "ORDER BY MAX(e.language = %s) DESC, LENGTH(e.title), e.title LIMIT %s",
                [expression, language, limit],
            )
            return [title for (title,) in cursor.fetchall()]

    def _spelling_candidates(self, cursor, word: str) -> list[tuple[str, str, int]]:
        """Indexed words with the same first letter and a similar length: most typos keep the
        first letter, and this keeps the candidates few enough to compare one by one."""
        cursor.execute(
            f"SELECT word, language, frequency FROM {self.vocabulary_table} "
            "WHERE word >= %s AND word < %s AND LENGTH(word) BETWEEN %s AND %s "
            "ORDER BY frequency DESC LIMIT 2000",
            [word[0], chr(ord(word[0]) + 1), len(word) - 2, len(word) + 2],
        )
        return cursor.fetchall()
