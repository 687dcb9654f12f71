"""Full-text search on PostgreSQL: one table with a weighted tsvector per document.

Each document is analysed with its own language's configuration ('dutch' or 'english'), and
so is the query when it is compared with that document: a row matches when
``language = 'nl' AND tsv @@ <query as Dutch>`` or ``language = 'en' AND tsv @@ <query as
English>``. Comparing a query stemmed as Dutch with English stems (``q_nl || q_en`` against
every row) would mix two stemmers' outputs; crossing languages is the glossary expansion's
job. Each branch reads a GIN index of its own language's rows only (a partial index), so no
matching row has to be read back to check its language. (Django binds parameters in the
client, so the planner sees the language in the query and picks that index.)

The query is built from ``plainto_tsquery`` and ``phraseto_tsquery`` (never
``websearch_to_tsquery``), so "or" and "-" are words as in the other engines: only double
quotes mean something. Dutch plurals with a diaeresis are made singular before PostgreSQL
sees them, in documents and queries alike (see search.stemming.dutch_singular).
"""

# ruff: noqa: S608 -- SQL is assembled from constant table names and whitelisted columns;
# every value, including any text a reader typed, is a bound parameter.

import numpy as np
from django.db import connection, transaction

from search.engines.base import FACETS, SearchQuery, SearchResults
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
from search.stemming import as_digits, clean, dutch_plurals, dutch_singular, fold, tokens

TEXT_SEARCH_CONFIGS = {"nl": "dutch", "en": "english"}
HEADLINE_OPTIONS = (
    f'StartSel="{SNIPPET_START}", StopSel="{SNIPPET_STOP}", MaxWords=30, MinWords=12, '
    'MaxFragments=2, FragmentDelimiter=" … "'
)
# Bounded in length (titles, keys, codes, a URL path), so they fit a row of their own.
INLINE_COLUMNS = (
    *(name for name in STORED_FIELDS if name not in ("summary", "body", "date")),
    "title_words",
)
WEIGHTED_FIELDS = (("title", "A"), ("identifier", "A"), ("summary", "B"), ("body", "C"))


def text_search_config(language: str) -> str:
    return TEXT_SEARCH_CONFIGS.get(language, "simple")


def prepared(text: str, language: str) -> str:
    """The text PostgreSQL analyses, for documents and queries alike."""
    text = as_digits(text)
    return dutch_singular(text) if language == "nl" else text


def tsquery_sql(queries: list[ParsedQuery], language: str) -> tuple[str, list]:
    """Any of the queries; within one, all plain words and every phrase. Queries that
    differ only in case (a glossary term and what the reader typed) are asked once;
    PostgreSQL lowercases the words anyway."""
    config = text_search_config(language)
    alternatives = {}
    for parsed in queries:
        parts, params = [], []
        if tokens(parsed.plain):
            parts.append("plainto_tsquery(%s::regconfig, %s)")
            params += [config, prepared(parsed.plain.lower(), language)]
        for phrase in parsed.phrases:
            parts.append("phraseto_tsquery(%s::regconfig, %s)")
            params += [config, prepared(phrase.lower(), language)]
        alternatives[(tuple(parts), tuple(params))] = None
    sql = " || ".join(f"({' && '.join(parts)})" for parts, _params in alternatives)
    return f"({sql})", [param for _parts, params in alternatives for param in params]


def filter_sql(filters: dict[str, tuple[str, ...]]) -> tuple[str, list]:
    """Each filtered facet (a column) holds one of its values."""
    clauses, params = ["TRUE"], []
    for facet in FACETS:
        values = [clean(value) for value in filters.get(facet, ())]
        if values:
            clauses.append(f"d.{facet} = ANY(%s)")
            params.append(values)
    return " AND ".join(clauses), params


def headline_tsquery_sql(queries: list[ParsedQuery], language: str) -> tuple[str, list]:
    """The query, plus in Dutch the diaeresis plurals of its words: ``ts_headline`` parses the
    original text, in which "celtherapieën" was not made singular."""
    tsquery, params = tsquery_sql(queries, language)
    if language != "nl":
        return tsquery, params
    texts = [text for parsed in queries for text in (parsed.plain, *parsed.phrases)]
    words = {fold(token) for text in texts for token in tokens(text)}
    plurals = sorted({plural for word in words for plural in dutch_plurals(dutch_singular(word))})
    if not plurals:
        return tsquery, params
    # Folded words are runs of letters and digits, so they cannot carry tsquery syntax.
    return f"({tsquery} || to_tsquery(%s::regconfig, %s))", [
        *params,
        text_search_config(language),
        " | ".join(plurals),
    ]


class PostgresEngine(DatabaseEngine):
    name = "postgres"

    def _create_tables(self, cursor, suffix: str) -> None:
        """``toast_tuple_target`` moves the texts and vectors out of the table's rows, so the
        rows of many matches are narrow to read; lz4 makes reading a vector back (to rank it)
        cheaper than the default compression. The short columns are stored ``PLAIN``: with so
        low a target PostgreSQL would move titles and keys out as well, and grouping the
        titles of 9,000 autocomplete matches then read 90,000 TOAST pages (40 ms)."""
        documents, vocabulary = self.documents_table + suffix, self.vocabulary_table + suffix
        cursor.execute(
            f"CREATE TABLE {documents} (id integer GENERATED ALWAYS AS IDENTITY, "
            "key text NOT NULL, group_key text NOT NULL, type text NOT NULL, "
            "language text NOT NULL, title text NOT NULL, url text NOT NULL, "
            "summary text NOT NULL, identifier text NOT NULL, centre text NOT NULL, "
            "centre_name text NOT NULL, modality text NOT NULL, process_stage text NOT NULL, "
            "quality_attribute text NOT NULL, jurisdiction text NOT NULL, "
            "authority text NOT NULL, date date, body text NOT NULL, "
            "tsv tsvector COMPRESSION lz4 NOT NULL, title_words tsvector NOT NULL) "
            "WITH (toast_tuple_target = 128)"
        )
        cursor.execute(
            f"ALTER TABLE {documents} "
            + ", ".join(f"ALTER COLUMN {name} SET STORAGE PLAIN" for name in INLINE_COLUMNS)
        )
        cursor.execute(
            f"CREATE TABLE {vocabulary} (word text NOT NULL, language text NOT NULL, "
            f"frequency integer NOT NULL, CONSTRAINT {vocabulary}_pkey "
            "PRIMARY KEY (word, language))"
        )

    def _create_indexes(self, cursor, suffix: str) -> None:
        documents, vocabulary = self.documents_table + suffix, self.vocabulary_table + suffix
        cursor.execute("SET LOCAL maintenance_work_mem = '128MB'")
        cursor.execute(f"ALTER TABLE {documents} ADD CONSTRAINT {documents}_pkey PRIMARY KEY (id)")
        cursor.execute(f"CREATE UNIQUE INDEX {documents}_key ON {documents} (key)")
        for language in content_languages():
            cursor.execute(
                f"CREATE INDEX {documents}_tsv_{language} ON {documents} USING gin (tsv) "
                f"WHERE language = '{language}'"
            )
        cursor.execute(
            f"CREATE INDEX {documents}_title_words ON {documents} USING gin (title_words)"
        )
        cursor.execute(f"CREATE INDEX {documents}_group ON {documents} (group_key, language)")
        cursor.execute(
            f"CREATE INDEX {vocabulary}_trgm ON {vocabulary} USING gin (word gin_trgm_ops)"
        )
        cursor.execute(f"ANALYZE {documents}")
        cursor.execute(f"ANALYZE {vocabulary}")

    def _drop_index_tables(self, cursor, suffix: str) -> None:
        for table in (self.documents_table, self.vocabulary_table):
            cursor.execute(f"DROP TABLE IF EXISTS {table}{suffix}")

    def _swap_in_shadow_tables(self, cursor) -> None:
        """Rename tables, constraints and indexes: index names are unique per schema, and the
        next rebuild creates its shadow objects under the same names again."""
        self._drop_index_tables(cursor, "")
        languages = [f"tsv_{language}" for language in content_languages()]
        renames = {
            self.documents_table: ("pkey", "key", *languages, "title_words", "group"),
            self.vocabulary_table: ("pkey", "trgm"),
        }
        for table, indexes in renames.items():
            cursor.execute(f"ALTER TABLE {table}{SHADOW} RENAME TO {table}")
            for index in indexes:
                cursor.execute(f"ALTER INDEX {table}{SHADOW}_{index} RENAME TO {table}_{index}")

    def _insert(self, cursor, rows: list[dict], suffix: str = "", postings=None) -> None:
        """One INSERT per batch, its values passed as one array per column (``unnest``): no
        statement grows with the batch, and the vectors are computed by the server."""
        prepared_fields = [f"{field}_prepared" for field, _weight in WEIGHTED_FIELDS]
        columns = {name: [row[name] for row in rows] for name in STORED_FIELDS}
        columns["config"] = [text_search_config(row["language"]) for row in rows]
        for field, _weight in WEIGHTED_FIELDS:
            columns[f"{field}_prepared"] = [prepared(row[field], row["language"]) for row in rows]
        columns["autocomplete"] = [f"{row['title']} {row['identifier']}" for row in rows]
        vector = " || ".join(
            f"setweight(to_tsvector(config::regconfig, {name}), '{weight}')"
            for name, (_field, weight) in zip(prepared_fields, WEIGHTED_FIELDS, strict=True)
        )
        arrays = ", ".join(f"%s::{'date' if name == 'date' else 'text'}[]" for name in columns)
        cursor.execute(
            f"INSERT INTO {self.documents_table}{suffix} "
            f"({', '.join(STORED_FIELDS)}, tsv, title_words) "
            f"SELECT {', '.join(STORED_FIELDS)}, {vector}, to_tsvector('simple', autocomplete) "
            f"FROM unnest({arrays}) AS batch ({', '.join(columns)})",
            list(columns.values()),
        )

    def _remove(self, cursor, keys: list[str]) -> list[dict]:
        fields = ("language", "title", "identifier", "summary", "body")
        cursor.execute(
            f"DELETE FROM {self.documents_table} WHERE key = ANY(%s) RETURNING {', '.join(fields)}",
            [keys],
        )
        return [dict(zip(fields, values, strict=True)) for values in cursor.fetchall()]

    def _matching_sql(self, queries: list[ParsedQuery]) -> tuple[str, list]:
        """Rows of each language matching the queries analysed in that language. Language
        codes come from settings.LANGUAGES and are written into the SQL, where the planner
        needs them to choose the partial indexes."""
        conditions, params = [], []
        for language in content_languages():
            tsquery, tsquery_params = tsquery_sql(queries, language)
            conditions.append(f"(d.language = '{language}' AND d.tsv @@ {tsquery})")
            params += tsquery_params
        return "(" + " OR ".join(conditions) + ")", params

    def _match(self, cursor, queries: list[ParsedQuery]) -> tuple[str, np.ndarray]:
        matching, params = self._matching_sql(queries)
        cursor.execute(
            f"SELECT (SELECT token FROM {self.state_table}), string_agg(d.id::text, ',') "
            f"FROM {self.documents_table} d WHERE {matching}",
            params,
        )
        token, ids = cursor.fetchone()
        return token, parse_ids(ids)

    def _ranked(
        self, cursor, queries: list[ParsedQuery], query: SearchQuery, window: int
    ) -> list[tuple[int, float]]:
        ranks, rank_params = [], []
        for language in content_languages():
            tsquery, params = tsquery_sql(queries, language)
            ranks.append(f"WHEN '{language}' THEN ts_rank(d.tsv, (SELECT {tsquery}))")
            rank_params += params
        matching, matching_params = self._matching_sql(queries)
        filters, filter_params = filter_sql(query.filters)
        cursor.execute(
            f"SELECT d.id, CASE d.language {' '.join(ranks)} ELSE 0 END AS score "
            f"FROM {self.documents_table} d WHERE {matching} AND {filters} "
            f"ORDER BY {self._order_sql(query.sort, 'score', 'd.date', 'd.id')} LIMIT %s",
            [*rank_params, *matching_params, *filter_params, window],
        )
        return cursor.fetchall()

    def _page_rows(self, cursor, queries: list[ParsedQuery], refs: list, _ranking) -> dict:
        selects, params = [], []
        for field in ("summary", "body"):
            branches = []
            for language in content_languages():
                tsquery, tsquery_params = headline_tsquery_sql(queries, language)
                branches.append(
                    f"WHEN %s THEN ts_headline(%s::regconfig, d.{field}, {tsquery}, %s)"
                )
                params += [language, text_search_config(language), *tsquery_params]
                params.append(HEADLINE_OPTIONS)
            selects.append(f"CASE d.language {' '.join(branches)} END")
        fields = ", ".join(f"d.{name}" for name in (*HIT_FIELDS, "date"))
        cursor.execute(
            f"SELECT d.id, {fields}, {', '.join(selects)} "
            f"FROM {self.documents_table} d WHERE d.id = ANY(%s)",
            [*params, list(refs)],
        )
        return {row[0]: row[1:] for row in cursor.fetchall()}

    def search(self, query: SearchQuery) -> SearchResults:
        """Matches are read through the GIN index even when they are most of the table: the
        planner prices a sequential scan without the cost of reading every vector back from
        TOAST to test it, which is several times slower than the index. The penalty that
        keeps it off sequential scans lifts every plan's cost past ``jit_above_cost``, and
        compiling (60 ms) would cost more than the query, so JIT is off as well."""
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                "SELECT current_setting('enable_seqscan'), current_setting('jit'), "
                "set_config('enable_seqscan', 'off', true), set_config('jit', 'off', true)"
            )
            seqscan, jit, _seqscan, _jit = cursor.fetchone()
            try:
                return super().search(query)
            finally:
                cursor.execute(
                    "SELECT set_config('enable_seqscan', %s, true), set_config('jit', %s, true)",
                    [seqscan, jit],
                )

    def autocomplete(self, prefix: str, language: str, limit: int = 8) -> list[str]:
        """Every word typed is a prefix of a word in the title or identifier. The words are
        runs of letters and digits only, so the quoted lexemes cannot carry tsquery syntax."""
        words = [word for word in map(fold, tokens(prefix)) if word]
        if not words:
            return []
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT title FROM {self.documents_table} "
                "WHERE title_words @@ to_tsquery('simple', %s) GROUP BY title "
                "ORDER BY MAX(CASE WHEN language = %s THEN 1 ELSE 0 END) DESC, "
                "LENGTH(title), title LIMIT %s",
                [" & ".join(f"'{word}':*" for word in words), language, limit],
            )
            return [title for (title,) in cursor.fetchall()]

    def _spelling_candidates(self, cursor, word: str) -> list[tuple[str, str, int]]:
        cursor.execute(
            f"SELECT word, language, frequency FROM {self.vocabulary_table} "
            "WHERE word %% %s ORDER BY similarity(word, %s) DESC, frequency DESC LIMIT 50",
            [word, word],
        )
        return cursor.fetchall()
