"""Full-text search on SQLite with FTS5, for development and small installations.

SQLite cannot load a Snowball tokenizer from Python, so the text is stemmed in Python
(search.stemming) and the FTS5 table indexes the stems. It is an *external content* table
whose content rows hold the original text: a stemmed column has exactly one stem per token of
the original, so ``snippet()`` finds the matched token positions in the index and highlights
the original words ("celtherapieën" for a search on "celtherapie").

``tokenize='unicode61 remove_diacritics 0'``: the analyser has already folded and stemmed
everything, and decides for itself what happens to diacritics (the Dutch stemmer drops them,
as PostgreSQL's does); the tokenizer must only split, in the same places as the analyser.

Each document's language is an indexed column, so one MATCH expression searches every
document with the query stemmed in that document's own language.
"""

# ruff: noqa: S608 -- SQL is assembled from constant table names and whitelisted columns;
# every value, including any text a reader typed, is a bound parameter.

from django.db import connection

from search.engines.database import (
    MATCHED_FIELDS,
    SHADOW,
    SNIPPET_START,
    SNIPPET_STOP,
    STORED_FIELDS,
    DatabaseEngine,
    content_languages,
)
from search.query import ParsedQuery
from search.stemming import analyze, fold, tokens

FTS_TABLE = "search_fts"
SEARCHED_COLUMNS = "{title identifier summary body}"
# bm25 weights per FTS column: title, identifier, summary, body, language, autocomplete.
BM25_WEIGHTS = "8.0, 8.0, 3.0, 1.0, 0.0, 0.0"
SNIPPET_TOKENS = 24
TERM_FIELDS = ("title", "identifier", "summary", "body")


def _quoted(text: str) -> str:
    """An FTS5 string: whatever it contains is matched as text, never read as syntax."""
    return '"' + text.replace('"', '""') + '"'


def _conjunction(parsed: ParsedQuery, language: str) -> str:
    """Every word and every phrase. A word made of several tokens (DARE-SOP-0012, CAR-T,
    2.6.27) is a phrase of them, as PostgreSQL's parser makes it."""
    words = [analyze(word, language) for word in parsed.plain.split()]
    phrases = [analyze(phrase, language) for phrase in parsed.phrases]
    return " AND ".join(_quoted(" ".join(stems)) for stems in (*words, *phrases) if stems)


def match_expression(queries: list[ParsedQuery]) -> str:
    """Documents in each language matched by any of the queries stemmed in that language."""
    branches = []
    for language in content_languages():
        alternatives = " OR ".join(f"({_conjunction(parsed, language)})" for parsed in queries)
        branches.append(
            f"(language : {_quoted(language)} AND {SEARCHED_COLUMNS} : ({alternatives}))"
        )
    return " OR ".join(branches)


class SQLiteEngine(DatabaseEngine):
    name = "sqlite"

    def create_tables(self, cursor, suffix: str = "") -> None:
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
            f"CREATE VIRTUAL TABLE {FTS_TABLE}{suffix} USING fts5("
            "title, identifier, summary, body, language, autocomplete, "
            f"content='{self.documents_table}', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 0')"
        )
        cursor.execute(
            f"CREATE TABLE {self.vocabulary_table}{suffix} (word TEXT NOT NULL, "
            "language TEXT NOT NULL, frequency INTEGER NOT NULL, "
            "PRIMARY KEY (word, language)) WITHOUT ROWID"
        )

    def drop_tables(self, cursor, suffix: str = "") -> None:
        for table in (FTS_TABLE, self.documents_table, self.vocabulary_table):
            cursor.execute(f"DROP TABLE IF EXISTS {table}{suffix}")

    def _swap_in_shadow_tables(self, cursor) -> None:
        self.drop_tables(cursor)
        for table in (self.documents_table, FTS_TABLE, self.vocabulary_table):
            cursor.execute(f"ALTER TABLE {table}{SHADOW} RENAME TO {table}")

    def _insert(self, cursor, rows: list[dict], suffix: str = "") -> None:
        columns = (*STORED_FIELDS, "autocomplete", *(f"{name}_terms" for name in TERM_FIELDS))
        for row in rows:
            terms = {
                f"{name}_terms": " ".join(analyze(row[name], row["language"]))
                for name in TERM_FIELDS
            }
            autocomplete = f"{row['title']} {row['identifier']}"
            cursor.execute(
                f"INSERT INTO {self.documents_table}{suffix} ({', '.join(columns)}) "
                f"VALUES ({', '.join(['%s'] * len(columns))})",
                [*(row[name] for name in STORED_FIELDS), autocomplete, *terms.values()],
            )
            cursor.execute(
                f"INSERT INTO {FTS_TABLE}{suffix} "
                "(rowid, title, identifier, summary, body, language, autocomplete) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s)",
                [cursor.lastrowid, *terms.values(), row["language"], autocomplete],
            )

    def _remove(self, cursor, keys: list[str]) -> list[dict]:
        """An external-content FTS5 row is deleted by repeating the values it indexed."""
        fields = ("id", *STORED_FIELDS, "autocomplete", *(f"{n}_terms" for n in TERM_FIELDS))
        cursor.execute(
            f"SELECT {', '.join(fields)} FROM {self.documents_table} "
            f"WHERE key IN ({', '.join(['%s'] * len(keys))})",
            keys,
        )
        rows = [dict(zip(fields, values, strict=True)) for values in cursor.fetchall()]
        for row in rows:
            cursor.execute(
                f"INSERT INTO {FTS_TABLE} "
                f"({FTS_TABLE}, rowid, title, identifier, summary, body, language, autocomplete) "
                "VALUES ('delete', %s, %s, %s, %s, %s, %s, %s)",
                [
                    row["id"],
                    *(row[f"{name}_terms"] for name in TERM_FIELDS),
                    row["language"],
                    row["autocomplete"],
                ],
            )
        cursor.executemany(
            f"DELETE FROM {self.documents_table} WHERE id = %s", [(row["id"],) for row in rows]
        )
        return rows

    def _matched_sql(self, queries: list[ParsedQuery]) -> tuple[str, list]:
        fields = ", ".join(f"d.{name}" for name in ("id", *MATCHED_FIELDS))
        return (
            f"SELECT {fields}, -bm25({FTS_TABLE}, {BM25_WEIGHTS}) AS score "
            f"FROM {FTS_TABLE} JOIN {self.documents_table} d ON d.id = {FTS_TABLE}.rowid "
            f"WHERE {FTS_TABLE} MATCH %s",
            [match_expression(queries)],
        )

    def _snippet_sql(self, queries: list[ParsedQuery]) -> tuple[str, list, str, list]:
        markers = [SNIPPET_START, SNIPPET_STOP, " … ", SNIPPET_TOKENS]
        return (
            f"snippet({FTS_TABLE}, 2, %s, %s, %s, %s) AS summary_snippet, "
            f"snippet({FTS_TABLE}, 3, %s, %s, %s, %s) AS body_snippet",
            markers * 2,
            f"JOIN {FTS_TABLE} ON {FTS_TABLE}.rowid = page.id WHERE {FTS_TABLE} MATCH %s",
            [match_expression(queries)],
        )

    def autocomplete(self, prefix: str, language: str, limit: int = 8) -> list[str]:
        words = [word for word in map(fold, tokens(prefix)) if word]
        if not words:
            return []
        expression = " AND ".join(f"{_quoted(word)}*" for word in words)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT d.title FROM {FTS_TABLE} "
                f"JOIN {self.documents_table} d ON d.id = {FTS_TABLE}.rowid "
                f"WHERE {FTS_TABLE} MATCH %s GROUP BY d.title "
                "ORDER BY MAX(d.language = %s) DESC, LENGTH(d.title), d.title LIMIT %s",
                [f"autocomplete : ({expression})", language, limit],
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
