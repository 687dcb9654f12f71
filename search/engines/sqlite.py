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

Matching and ranking read postings written beside the FTS table (search.engines.postings):
a word's rows come from its postings, and the process computes FTS5's ``bm25()`` scores from
them. FTS5 itself reads only phrases of several tokens (which need positions), and makes the
snippets of the page shown.
"""

# ruff: noqa: S608 -- SQL is assembled from constant table names and whitelisted columns;
# every value, including any text a reader typed, is a bound parameter.

import datetime

import numpy as np
from django.db import connection, transaction

from search.engines.base import FACETS
from search.engines.columns import IndexColumns
from search.engines.database import (
    HIT_FIELDS,
    NUMERIC_FIELDS,
    PHRASE_TABLE,
    POSTING_TABLE,
    SEGMENT_TABLE,
    SHADOW,
    SNIPPET_START,
    SNIPPET_STOP,
    STORED_FIELDS,
    DatabaseEngine,
    content_languages,
    glossary_texts,
)
from search.engines.postings import (
    Found,
    PostingsBuilder,
    TermWeights,
    phrase_index,
    weighted_terms,
)
from search.query import ParsedQuery
from search.stemming import analyze, fold, tokens

FTS_TABLE = "search_fts"
# The narrow row of each document (same id): what the columns of the index, the date order
# and autocomplete read, so none of them touches the texts.
ENTRY_TABLE = "search_entry"
ENTRY_FIELDS = ("key", "group_key", "title", "date", *FACETS)
# bm25 weights per FTS column: title, identifier, summary, body. The postings store
# occurrences weighted by them: changing them needs rebuild_search_index.
COLUMN_WEIGHTS = (8, 8, 3, 1)
BM25_WEIGHTS = ", ".join(f"{weight:.1f}" for weight in COLUMN_WEIGHTS)
# Titles and identifiers as written, for autocomplete: a table of their own keeps the words a
# prefix expands to few, and prefix indexes answer the shortest prefixes ("car-t": "t*").
AUTOCOMPLETE_TABLE = "search_autocomplete"
SNIPPET_TOKENS = 24
SNIPPET_ARGUMENTS = (SNIPPET_START, SNIPPET_STOP, " … ", SNIPPET_TOKENS)
TERM_FIELDS = ("title", "identifier", "summary", "body")
# What the FTS table indexes, and the documents table keeps to delete it again.
TERM_COLUMNS = tuple(f"{name}_terms" for name in TERM_FIELDS)


def _quoted(text: str) -> str:
    """An FTS5 string: whatever it contains is matched as text, never read as syntax."""
    return '"' + text.replace('"', '""') + '"'


def indexed_terms(text: str, language: str) -> str:
    """The indexed form of a text: one language-marked stem per token. Language codes are
    letters of one length, so two languages' terms never coincide."""
    return " ".join(f"{language}{stem}" for stem in analyze(text, language))


def _conjunction(parsed: ParsedQuery, language: str) -> tuple[str, ...]:
    """The phrases of every word and every phrase. A word made of several tokens
    (DARE-SOP-0012, CAR-T, 2.6.27) is a phrase of them, as PostgreSQL's parser makes it."""
    texts = (*parsed.plain.split(), *parsed.phrases)
    terms = (indexed_terms(text, language) for text in texts)
    return tuple(term for term in terms if term)


def conjunctions(queries: list[ParsedQuery], language: str) -> list[tuple[str, ...]]:
    """The phrases of each query stemmed in ``language``; queries that stem alike (a glossary
    term differing from the query in case) once."""
    return list(dict.fromkeys(_conjunction(parsed, language) for parsed in queries))


def day_number(date: datetime.date | None) -> int | None:
    return date.toordinal() if date else None


def conjunction_expression(conjunction: tuple[str, ...]) -> str:
    return "(" + " AND ".join(map(_quoted, conjunction)) + ")"


def split_expression(expression, with_postings: set[str]):
    """The conjunctions with one phrase that FTS5 must score (several tokens, no postings),
    by that phrase, and those with more than one."""
    by_phrase: dict[str, list[tuple[str, ...]]] = {}
    whole = []
    for conjunction in expression:
        longer = [term for term in conjunction if " " in term and term not in with_postings]
        if len(longer) == 1:
            by_phrase.setdefault(longer[0], []).append(conjunction)
        elif longer:
            whole.append(conjunction)
    return by_phrase, whole


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
            "body_terms TEXT NOT NULL)"
        )
        cursor.execute(
            f"CREATE TABLE {ENTRY_TABLE}{suffix} (id INTEGER PRIMARY KEY, "
            + ", ".join(f"{name} TEXT NOT NULL" for name in ENTRY_FIELDS if name != "date")
            + ", date TEXT, length INTEGER NOT NULL, day INTEGER)"
        )
        cursor.execute(
            f"CREATE TABLE {POSTING_TABLE}{suffix} (term TEXT NOT NULL, "
            "segment INTEGER NOT NULL, refs BLOB NOT NULL, weights BLOB NOT NULL, "
            "PRIMARY KEY (term, segment)) WITHOUT ROWID"
        )
        cursor.execute(
            f"CREATE TABLE {PHRASE_TABLE}{suffix} (phrase TEXT PRIMARY KEY) WITHOUT ROWID"
        )
        cursor.execute(
            f"CREATE TABLE {SEGMENT_TABLE}{suffix} (segment INTEGER PRIMARY KEY, "
            "documents INTEGER NOT NULL, first_ref INTEGER NOT NULL, last_ref INTEGER NOT NULL)"
        )
        cursor.execute(
            f"CREATE VIRTUAL TABLE {FTS_TABLE}{suffix} USING fts5("
            "title, identifier, summary, body, "
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
        cursor.execute(
            f"CREATE INDEX IF NOT EXISTS {POSTING_TABLE}_segment{suffix} "
            f"ON {POSTING_TABLE}{suffix} (segment)"
        )

    def _index_tables(self) -> tuple[str, ...]:
        return (
            FTS_TABLE,
            AUTOCOMPLETE_TABLE,
            self.documents_table,
            ENTRY_TABLE,
            POSTING_TABLE,
            SEGMENT_TABLE,
            PHRASE_TABLE,
            self.vocabulary_table,
        )

    def _drop_index_tables(self, cursor, suffix: str) -> None:
        for table in self._index_tables():
            cursor.execute(f"DROP TABLE IF EXISTS {table}{suffix}")

    def _swap_in_shadow_tables(self, cursor) -> None:
        self._drop_index_tables(cursor, "")
        for table in self._index_tables():
            cursor.execute(f"ALTER TABLE {table}{SHADOW} RENAME TO {table}")

    def _insert(self, cursor, rows: list[dict], suffix: str, postings: PostingsBuilder) -> None:
        """Rows get consecutive ids after the highest one, so each table takes its rows in
        one executemany; an id a segment of postings still names is never given again."""
        cursor.execute(
            f"SELECT MAX((SELECT COALESCE(MAX(id), 0) FROM {self.documents_table}{suffix}), "
            f"(SELECT COALESCE(MAX(last_ref), 0) FROM {SEGMENT_TABLE}{suffix}))"
        )
        (highest,) = cursor.fetchone()
        cursor.execute(f"SELECT phrase FROM {PHRASE_TABLE}{suffix}")
        phrases = phrase_index(phrase for (phrase,) in cursor.fetchall())
        documents, entries, indexed, titles = [], [], [], []
        for number, row in enumerate(rows, start=highest + 1):
            terms = [indexed_terms(row[name], row["language"]) for name in TERM_FIELDS]
            weighted, length = weighted_terms(terms, COLUMN_WEIGHTS, phrases)
            postings.add(number, weighted)
            autocomplete = f"{row['title']} {row['identifier']}"
            documents.append([number, *(row[name] for name in STORED_FIELDS), autocomplete, *terms])
            entries.append(
                [number, *(row[name] for name in ENTRY_FIELDS), length, day_number(row["date"])]
            )
            indexed.append([number, *terms])
            titles.append([number, autocomplete])
        columns = ("id", *STORED_FIELDS, "autocomplete", *TERM_COLUMNS)
        cursor.executemany(
            f"INSERT INTO {self.documents_table}{suffix} ({', '.join(columns)}) "
            f"VALUES ({', '.join(['%s'] * len(columns))})",
            documents,
        )
        entry_columns = ("id", *ENTRY_FIELDS, *NUMERIC_FIELDS)
        cursor.executemany(
            f"INSERT INTO {ENTRY_TABLE}{suffix} ({', '.join(entry_columns)}) "
            f"VALUES ({', '.join(['%s'] * len(entry_columns))})",
            entries,
        )
        cursor.executemany(
            f"INSERT INTO {FTS_TABLE}{suffix} (rowid, {', '.join(TERM_FIELDS)}) "
            f"VALUES (%s, {', '.join(['%s'] * len(TERM_FIELDS))})",
            indexed,
        )
        cursor.executemany(
            f"INSERT INTO {AUTOCOMPLETE_TABLE}{suffix} (rowid, autocomplete) VALUES (%s, %s)",
            titles,
        )

    def _glossary_phrases(self, cursor) -> set[str]:
        phrases = (indexed_terms(text, language) for text, language in glossary_texts())
        return {terms for terms in phrases if " " in terms}

    def _write_segment(self, cursor, suffix: str, rows) -> None:
        cursor.executemany(
            f"INSERT INTO {POSTING_TABLE}{suffix} (term, segment, refs, weights) "
            "VALUES (%s, %s, %s, %s)",
            rows,
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
            f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, {', '.join(TERM_FIELDS)}) "
            f"VALUES ('delete', %s, {', '.join(['%s'] * len(TERM_FIELDS))})",
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

    def _matches(self, cursor, queries) -> tuple[IndexColumns, np.ndarray, Found]:
        """The postings of the expression's words and glossary phrases, FTS5's scores of its
        other phrases, and the columns, read in one transaction, so all belong to one state
        of the index."""
        expression = [
            conjunction
            for language in content_languages()
            for conjunction in conjunctions(queries, language)
        ]
        longer = sorted({term for c in expression for term in c if " " in term})
        with transaction.atomic(using=connection.alias):
            cursor.execute(
                f"SELECT phrase FROM {PHRASE_TABLE} "
                f"WHERE phrase IN ({', '.join(['%s'] * len(longer))})",
                longer,
            )
            with_postings = {phrase for (phrase,) in cursor.fetchall()}
            by_phrase, whole = split_expression(expression, with_postings)
            terms = sorted({t for c in expression for t in c if " " not in t} | with_postings)
            cursor.execute(
                f"SELECT s.token, p.term, p.refs, p.weights FROM {self.state_table} s "
                f"LEFT JOIN {POSTING_TABLE} p ON p.term IN ({', '.join(['%s'] * len(terms))})",
                terms,
            )
            rows = cursor.fetchall()
            columns = self._columns(cursor, rows[0][0] if rows else None)
            weights = TermWeights(columns, (row[1:] for row in rows if row[1] is not None))
            phrases = {}
            for phrase, holding in by_phrase.items():
                rests = list(dict.fromkeys(tuple(t for t in c if t != phrase) for c in holding))
                rests = rests if all(rests) else []  # the phrase alone: every row holding it
                narrowed = _quoted(phrase)
                if rests:
                    narrowed += f" AND ({' OR '.join(map(conjunction_expression, rests))})"
                phrases[phrase] = (rests, *self._fts5_scores(cursor, narrowed, columns))
            scored = {
                conjunction: self._fts5_scores(cursor, conjunction_expression(conjunction), columns)
                for conjunction in whole
            }
        found = Found(expression, weights, phrases, scored)
        return columns, columns.ids[found.matching(len(columns))], found

    @staticmethod
    def _fts5_scores(cursor, expression: str, columns) -> tuple[np.ndarray, np.ndarray]:
        """FTS5's bm25 score of the expression in each row it matches: (positions in the
        columns, scores). A phrase's rests narrow the rows FTS5 reads positions of; FTS5
        scores all of the expression, and the rests' share is taken off later."""
        cursor.execute(
            f"SELECT rowid, -bm25({FTS_TABLE}, {BM25_WEIGHTS}) FROM {FTS_TABLE} "
            f"WHERE {FTS_TABLE} MATCH %s",
            [expression],
        )
        found = np.array(cursor.fetchall(), dtype=np.float64).reshape(-1, 2)
        positions = columns.positions(found[:, 0].astype(np.int64))
        held = positions >= 0
        return positions[held], found[held, 1]

    def _page_rows(self, cursor, queries, refs: list, ranking) -> dict[object, tuple]:
        """Each row is read with only what it matched (one SELECT per row, in one
        statement): a MATCH with the whole expression evaluates all of it over the table
        (6 ms for a query with a dozen glossary alternatives)."""
        if not refs:
            return {}
        fields = ", ".join(f"d.{name}" for name in (*HIT_FIELDS, "date"))
        selects, parameters = [], []
        for ref in refs:
            selects.append(
                f"SELECT d.id, {fields}, snippet({FTS_TABLE}, 2, %s, %s, %s, %s), "
                f"snippet({FTS_TABLE}, 3, %s, %s, %s, %s) "
                f"FROM {FTS_TABLE} JOIN {self.documents_table} d ON d.id = {FTS_TABLE}.rowid "
                f"WHERE {FTS_TABLE} MATCH %s AND {FTS_TABLE}.rowid = %s"
            )
            parameters += [*SNIPPET_ARGUMENTS, *SNIPPET_ARGUMENTS]
            matched = " OR ".join(map(conjunction_expression, ranking.matched(ref)))
            parameters += [matched, ref]
        cursor.execute(" UNION ALL ".join(selects), parameters)
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
