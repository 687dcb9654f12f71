"""Full-text search on PostgreSQL: one table with a weighted tsvector per document.

Each document is analysed with its own language's configuration ('dutch' or 'english'), and
so is the query when it is compared with that document: a row matches when
``language = 'nl' AND tsv @@ <query as Dutch>`` or ``language = 'en' AND tsv @@ <query as
English>``. Comparing a query stemmed as Dutch with English stems (``q_nl || q_en`` against
every row) would mix two stemmers' outputs; crossing languages is the glossary expansion's
job. Each branch reads a GIN index of its own language's rows only (a partial index), so no
matching row has to be read back to check its language. (Django binds parameters in the
client, so the planner sees the language in the query and picks that index.)

A query means what ``plainto_tsquery`` and ``phraseto_tsquery`` make of it (never
``websearch_to_tsquery``), so "or" and "-" are words as in the other engines: only double
quotes mean something. Dutch plurals with a diaeresis are made singular before PostgreSQL
sees them, in documents and queries alike (see search.stemming.dutch_singular).

Matching and ranking read postings derived from the vectors (search.engines.postings): each
inserted row's vector comes back as text, and its lexemes, their occurrences weighted by the
vector's weights (A 8, B 3, C and D 1, as SQLite weighs its columns) and the glossary's
phrases counted from the positions become the row's postings, under language-marked terms
("nlcel", "encell"). A search analyses the query with the same configurations, reads the
postings of its lexemes and scores every match with bm25 in the process; reading each match's
vector back from TOAST for ``ts_rank`` cost ~5 µs a match (250 ms for a common word). A
quoted phrase that is not one of the glossary's is matched by PostgreSQL (``<->``, through
the GIN index), and its occurrences in a row are taken as the fewest of its lexemes'.
"""

# ruff: noqa: S608 -- SQL is assembled from constant table names and whitelisted columns;
# every value, including any text a reader typed, is a bound parameter.

import re
from collections.abc import Iterable

import numpy as np
from django.db import connection, transaction

from search.engines.base import SearchQuery, SearchResults
from search.engines.columns import IndexColumns
from search.engines.database import (
    HIT_FIELDS,
    MATCH_ATTEMPTS,
    PHRASE_TABLE,
    POSTING_TABLE,
    SEGMENT_TABLE,
    SHADOW,
    SNIPPET_START,
    SNIPPET_STOP,
    STORED_FIELDS,
    DatabaseEngine,
    batched,
    content_languages,
    glossary_texts,
    parse_ids,
)
from search.engines.postings import Found, PostingsBuilder, TermWeights
from search.query import ParsedQuery
from search.stemming import as_digits, dutch_plurals, dutch_singular, fold, tokens

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
# What an occurrence weighs in bm25, by the weight of its position in the vector (D: none
# set). Changing them needs rebuild_search_index.
LETTER_WEIGHTS = {"A": 8, "B": 3, "C": 1, "D": 1}
# The same by a position's last character: its weight letter, or a digit when it has none.
WEIGHT_OF_LAST = {**dict.fromkeys("0123456789", LETTER_WEIGHTS["D"]), **LETTER_WEIGHTS}
# A lexeme and its positions in a vector's text: 'cell':1A,5C 'it''s':3
VECTOR_ENTRY = re.compile(r"'((?:[^'\\]|''|\\.)*)':([0-9A-D,]+)")
ESCAPED = re.compile(r"''|\\(.)")
# Rows of postings written per INSERT.
SEGMENT_CHUNK = 5000


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


def lexemes(vector: str) -> list[tuple[str, str]]:
    """(lexeme, positions) of a tsvector's text, positions as written ("1A,5C,7")."""
    found = VECTOR_ENTRY.findall(vector)
    if "''" in vector or "\\" in vector:
        found = [(ESCAPED.sub(_unescaped, lexeme), positions) for lexeme, positions in found]
    return found


def _unescaped(match: re.Match) -> str:
    return match.group(1) or "'"


def weighed(positions: str) -> dict[int, int]:
    """Each position and what an occurrence there weighs."""
    return {
        int(position.rstrip("ABCD")): WEIGHT_OF_LAST[position[-1]]
        for position in positions.split(",")
    }


def phrase_key(vector: str, language: str) -> str | None:
    """The term of a phrase of several lexemes, from the vector of its text: each lexeme
    behind its distance from the first ("0enchain 2enident" for "chain of identity", whose
    "of" is a stop word); a digit cannot begin a language code, so the parts stay apart.
    None when the text has fewer than two lexemes."""
    at = sorted(
        (position, lexeme)
        for lexeme, positions in lexemes(vector)
        for position in weighed(positions)
    )
    if len(at) < 2:
        return None
    first = at[0][0]
    return " ".join(f"{position - first}{language}{lexeme}" for position, lexeme in at)


def phrase_parts(key: str) -> list[tuple[int, str]]:
    """(distance from the first, term) of each lexeme of a phrase's term."""
    parts = []
    for part in key.split(" "):
        digits = len(part) - len(part.lstrip("0123456789"))
        parts.append((int(part[:digits]), part[digits:]))
    return parts


def vector_terms(vector: str, language: str, phrases: dict) -> dict[str, int]:
    """A row's terms with their weighted occurrences, from its vector's text. ``phrases``
    (terms by their first lexeme's term, with their parts) are counted where every lexeme
    stands at its distance from the first, as ``<N>`` matches; an occurrence weighs what its
    first lexeme's position weighs. (Runs for every row a rebuild writes: most lexemes occur
    once, and are weighed by their position's last character alone.)"""
    terms, found = {}, {}
    for lexeme, positions in lexemes(vector):
        term = language + lexeme
        found[term] = positions
        if "," in positions:
            terms[term] = sum(WEIGHT_OF_LAST[position[-1]] for position in positions.split(","))
        else:
            terms[term] = WEIGHT_OF_LAST[positions[-1]]
    for first in phrases.keys() & found.keys():
        starts = weighed(found[first])
        for key, parts in phrases[first]:
            if not all(term in found for _distance, term in parts):
                continue
            held = [set(weighed(found[term])) for _distance, term in parts[1:]]
            weight = sum(
                starts[position]
                for position in starts
                if all(
                    position + distance in at
                    for (distance, _t), at in zip(parts[1:], held, strict=True)
                )
            )
            if weight:
                terms[key] = weight
    return terms


def phrases_by_first(keys: Iterable[str]) -> dict[str, list[tuple[str, list[tuple[int, str]]]]]:
    """Phrase terms by the term of their first lexeme, to be counted in each row."""
    index: dict[str, list[tuple[str, list[tuple[int, str]]]]] = {}
    for key in keys:
        parts = phrase_parts(key)
        index.setdefault(parts[0][1], []).append((key, parts))
    return index


def phrase_condition(language: str) -> str:
    """Rows of the language holding a phrase (two parameters: configuration and text). The
    language code is written into the SQL, where the planner needs it to choose that
    language's partial GIN index."""
    return f"d.language = '{language}' AND d.tsv @@ phraseto_tsquery(%s::regconfig, %s)"


def analysed(cursor, texts: list[tuple[str, str]]) -> list[str]:
    """The vector (as text) of each (text, language), analysed as documents are."""
    cursor.execute(
        "SELECT to_tsvector(config::regconfig, text)::text "
        "FROM unnest(%s::text[], %s::text[]) WITH ORDINALITY AS item (config, text, number) "
        "ORDER BY number",
        [
            [text_search_config(language) for _text, language in texts],
            [prepared(text.lower(), language) for text, language in texts],
        ],
    )
    return [vector for (vector,) in cursor.fetchall()]


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
        rows the columns of the index are loaded from are narrow to read. The short columns
        are stored ``PLAIN``: with so low a target PostgreSQL would move titles and keys out
        as well, and grouping the titles of 9,000 autocomplete matches then read 90,000
        TOAST pages (40 ms). Postings are stored uncompressed (``EXTERNAL``): their integers
        barely compress, and reading them back should cost a copy, not a decompression."""
        documents, vocabulary = self.documents_table + suffix, self.vocabulary_table + suffix
        cursor.execute(
            f"CREATE TABLE {documents} (id integer GENERATED ALWAYS AS IDENTITY, "
            "key text NOT NULL, group_key text NOT NULL, type text NOT NULL, "
            "language text NOT NULL, title text NOT NULL, url text NOT NULL, "
            "summary text NOT NULL, identifier text NOT NULL, centre text NOT NULL, "
            "centre_name text NOT NULL, modality text NOT NULL, process_stage text NOT NULL, "
            "quality_attribute text NOT NULL, jurisdiction text NOT NULL, "
            "authority text NOT NULL, date date, body text NOT NULL, "
            "tsv tsvector COMPRESSION lz4 NOT NULL, title_words tsvector NOT NULL, "
            "length integer NOT NULL, "
            "day integer GENERATED ALWAYS AS (date - DATE '0001-01-01' + 1) STORED) "
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
        cursor.execute(
            f"CREATE TABLE {POSTING_TABLE}{suffix} (term text NOT NULL, "
            "segment integer NOT NULL, refs bytea NOT NULL, weights bytea NOT NULL)"
        )
        cursor.execute(
            f"ALTER TABLE {POSTING_TABLE}{suffix} ALTER COLUMN refs SET STORAGE EXTERNAL, "
            "ALTER COLUMN weights SET STORAGE EXTERNAL"
        )
        cursor.execute(
            f"CREATE TABLE {SEGMENT_TABLE}{suffix} (segment integer NOT NULL, "
            "documents integer NOT NULL, first_ref integer NOT NULL, "
            f"last_ref integer NOT NULL, CONSTRAINT {SEGMENT_TABLE}{suffix}_pkey "
            "PRIMARY KEY (segment))"
        )
        cursor.execute(
            f"CREATE TABLE {PHRASE_TABLE}{suffix} (phrase text NOT NULL, "
            f"CONSTRAINT {PHRASE_TABLE}{suffix}_pkey PRIMARY KEY (phrase))"
        )

    def _create_indexes(self, cursor, suffix: str) -> None:
        documents, vocabulary = self.documents_table + suffix, self.vocabulary_table + suffix
        postings = POSTING_TABLE + suffix
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
        cursor.execute(
            f"ALTER TABLE {postings} ADD CONSTRAINT {postings}_pkey PRIMARY KEY (term, segment)"
        )
        cursor.execute(f"CREATE INDEX {postings}_segment ON {postings} (segment)")
        for table in (documents, vocabulary, postings):
            cursor.execute(f"ANALYZE {table}")

    def _index_tables(self) -> dict[str, tuple[str, ...]]:
        """Each table of the index, with the names its indexes end in."""
        languages = [f"tsv_{language}" for language in content_languages()]
        return {
            self.documents_table: ("pkey", "key", *languages, "title_words", "group"),
            self.vocabulary_table: ("pkey", "trgm"),
            POSTING_TABLE: ("pkey", "segment"),
            SEGMENT_TABLE: ("pkey",),
            PHRASE_TABLE: ("pkey",),
        }

    def _drop_index_tables(self, cursor, suffix: str) -> None:
        for table in self._index_tables():
            cursor.execute(f"DROP TABLE IF EXISTS {table}{suffix}")

    def _swap_in_shadow_tables(self, cursor) -> None:
        """Rename tables, constraints and indexes: index names are unique per schema, and the
        next rebuild creates its shadow objects under the same names again."""
        self._drop_index_tables(cursor, "")
        for table, indexes in self._index_tables().items():
            cursor.execute(f"ALTER TABLE {table}{SHADOW} RENAME TO {table}")
            for index in indexes:
                cursor.execute(f"ALTER INDEX {table}{SHADOW}_{index} RENAME TO {table}_{index}")

    def _insert(self, cursor, rows: list[dict], suffix: str, postings: PostingsBuilder) -> None:
        """One INSERT per batch, its values passed as one array per column (``unnest``): no
        statement grows with the batch, and the vectors are computed by the server. They come
        back as text, and become the rows' postings and lengths."""
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
        cursor.execute(f"SELECT phrase FROM {PHRASE_TABLE}{suffix}")
        phrases = phrases_by_first(phrase for (phrase,) in cursor.fetchall())
        cursor.execute(
            f"INSERT INTO {self.documents_table}{suffix} "
            f"({', '.join(STORED_FIELDS)}, tsv, title_words, length) "
            f"SELECT {', '.join(STORED_FIELDS)}, vector.tsv, "
            "to_tsvector('simple', autocomplete), "
            "(SELECT COALESCE(SUM(cardinality(lexeme.positions)), 0) "
            "FROM unnest(vector.tsv) lexeme) "
            f"FROM unnest({arrays}) AS batch ({', '.join(columns)}) "
            f"CROSS JOIN LATERAL (SELECT {vector} AS tsv) AS vector "
            "RETURNING id, language, tsv::text",
            list(columns.values()),
        )
        for ref, language, text in cursor.fetchall():
            postings.add(ref, vector_terms(text, language, phrases))

    def _glossary_phrases(self, cursor) -> set[str]:
        texts = glossary_texts()
        keys = (
            phrase_key(vector, language)
            for vector, (_text, language) in zip(analysed(cursor, texts), texts, strict=True)
        )
        return {key for key in keys if key}

    def _write_segment(self, cursor, suffix: str, rows) -> None:
        """Many rows per INSERT, as arrays: one statement per row cost more than the rest of
        the rebuild."""
        for chunk in batched(rows, SEGMENT_CHUNK):
            cursor.execute(
                f"INSERT INTO {POSTING_TABLE}{suffix} (term, segment, refs, weights) "
                "SELECT * FROM unnest(%s::text[], %s::integer[], %s::bytea[], %s::bytea[])",
                [list(column) for column in zip(*chunk, strict=True)],
            )

    def _remove(self, cursor, keys: list[str]) -> list[dict]:
        fields = ("language", "title", "identifier", "summary", "body")
        cursor.execute(
            f"DELETE FROM {self.documents_table} WHERE key = ANY(%s) RETURNING {', '.join(fields)}",
            [keys],
        )
        return [dict(zip(fields, values, strict=True)) for values in cursor.fetchall()]

    def _serialize_writes(self, cursor) -> None:
        """``EXCLUSIVE`` lets searches read (plain SELECTs) while one write at a time runs;
        the lock is released at the end of the write's transaction."""
        cursor.execute(f"LOCK TABLE {self.state_table} IN EXCLUSIVE MODE")

    def _expression(self, cursor, queries: list[ParsedQuery]) -> tuple[list, dict]:
        """The conjunctions of terms the queries make in each language, and the text and
        language of each phrase term among them. A query's plain words are all their lexemes
        (as in ``plainto_tsquery``); a quoted phrase is one term, or a lexeme when it has
        only one; a conjunction of stop words only matches nothing and is left out."""
        items = []  # (language, query number, quoted, text)
        for language in content_languages():
            for number, parsed in enumerate(queries):
                if tokens(parsed.plain):
                    items.append((language, number, False, parsed.plain))
                items += [(language, number, True, phrase) for phrase in parsed.phrases]
        vectors = analysed(cursor, [(text, language) for language, _n, _q, text in items])
        conjunctions: dict[tuple[str, int], list[str]] = {}
        phrases = {}
        for (language, number, quoted, text), vector in zip(items, vectors, strict=True):
            terms = conjunctions.setdefault((language, number), [])
            key = phrase_key(vector, language) if quoted else None
            if key:
                terms.append(key)
                phrases[key] = (text, language)
            else:
                terms += (language + lexeme for lexeme, _positions in lexemes(vector))
        expression = list(dict.fromkeys(tuple(terms) for terms in conjunctions.values() if terms))
        return expression, phrases

    def _matches(self, cursor, queries) -> tuple[IndexColumns, np.ndarray, Found]:
        """The postings of the expression's lexemes and glossary phrases, the rows holding
        its other phrases (matched through the GIN index), and the columns. Each statement
        reads the index's token too: a write that lands between them is caught by comparing
        tokens, and they are read again."""
        expression, phrases = self._expression(cursor, queries)
        with_postings = set()
        if phrases:
            cursor.execute(
                f"SELECT phrase FROM {PHRASE_TABLE} WHERE phrase = ANY(%s)", [list(phrases)]
            )
            with_postings = {key for (key,) in cursor.fetchall()}
        matched_here = {key: phrases[key] for key in phrases.keys() - with_postings}
        parts = {key: [term for _distance, term in phrase_parts(key)] for key in matched_here}
        terms = {
            term for conjunction in expression for term in conjunction if term not in matched_here
        }
        terms |= {term for key in parts for term in parts[key]}
        for _attempt in range(MATCH_ATTEMPTS):
            cursor.execute(
                f"SELECT s.token, p.term, p.refs, p.weights FROM {self.state_table} s "
                f"LEFT JOIN {POSTING_TABLE} p ON p.term = ANY(%s)",
                [sorted(terms)],
            )
            rows = cursor.fetchall()
            token = rows[0][0] if rows else None
            holding, tokens_read = self._phrase_rows(cursor, matched_here)
            columns = self._columns(cursor, token)
            if tokens_read <= {columns.token} and columns.token == token:
                break
        weights = TermWeights(columns, (row[1:] for row in rows if row[1] is not None))
        for key, refs in holding.items():
            positions = columns.positions(refs)
            weights.derive(key, parts[key], positions[positions >= 0])
        found = Found(expression, weights)
        return columns, columns.ids[found.matching(len(columns))], found

    def _phrase_rows(self, cursor, phrases: dict) -> tuple[dict[str, np.ndarray], set]:
        """The ids of the rows holding each phrase (term: (text, language)), matched by
        PostgreSQL in the phrase's language, and the tokens of the index they were read in."""
        if not phrases:
            return {}, set()
        selects, params = [], []
        for key, (text, language) in phrases.items():
            selects.append(
                f"SELECT %s, (SELECT token FROM {self.state_table}), "
                f"(SELECT string_agg(d.id::text, ',') FROM {self.documents_table} d "
                f"WHERE {phrase_condition(language)})"
            )
            params += [key, text_search_config(language), prepared(text.lower(), language)]
        cursor.execute(" UNION ALL ".join(selects), params)
        holding, tokens_read = {}, set()
        for key, token, ids in cursor.fetchall():
            holding[key] = parse_ids(ids)
            tokens_read.add(token)
        return holding, tokens_read

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
        """A phrase outside the glossary is matched through the GIN index even when most rows
        hold its lexemes: the planner prices a sequential scan without the cost of reading
        every vector back from TOAST to test it, which is several times slower than the
        index. The penalty that keeps it off sequential scans lifts every plan's cost past
        ``jit_above_cost``, and compiling (60 ms) would cost more than the query, so JIT is
        off as well."""
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
