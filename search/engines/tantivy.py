"""The embedded search engine: a Tantivy index in a directory (``settings.SEARCH_INDEX_DIR``).

Tantivy (the Rust library, through its official Python bindings) does the work: BM25 over
analysed fields, positional phrases, segment merging, fast-field aggregations for the facet
counts, snippets, prefix and fuzzy terms. This module only maps ``SearchDocument`` onto a
schema, builds queries from what the reader typed, and runs the index as an operator needs it
(see ``IndexStore``): one writer at a time across processes, readers that follow every
commit, and rebuilds that swap a complete new index in atomically.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import datetime
import hashlib
import html
import json
import logging
import math
import os
import shutil
import threading
import time
import unicodedata
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import asdict
from functools import cache, lru_cache
from pathlib import Path

import tantivy
from django.conf import settings

from search import spelling
from search.engines.base import (
    FACETS,
    RankedVersion,
    SearchDocument,
    SearchEngine,
    SearchHit,
    SearchQuery,
)
from search.query import parse
from search.stemming import clean, dutch_plurals, dutch_singular

logger = logging.getLogger(__name__)

# Bump when the schema or the analysers change: an index written with another version is
# reported by ``manage.py check`` (search.E002) until ``rebuild_search_index`` has run.
SCHEMA_VERSION = 3
SCHEMA_FILE = "schema-version"
CURRENT = "current"  # symlink to the live index directory
REBUILDING = "rebuilding.json"  # the index being built, while a rebuild runs
JOURNAL = "journal.jsonl"  # changes written during a rebuild, replayed into the new index

LANGUAGES = ("nl", "en")
STEMMERS = {"nl": "dutch", "en": "english"}
FACET_FIELDS = tuple(facet for facet in FACETS if facet != "language")

# Relevance. A title or identifier match counts clearly more than a body match; a glossary
# counterpart less than the words the reader typed; a document in the reader's language is
# multiplied by log2(3) ≈ 1.58 over the same match in the other language, and by its
# prominence (SearchDocument.prominence). Tantivy's ``weight_by_field`` multiplies a score by
# log2(2 + value), so the stored value for a factor f is 2**f - 2 (``preference``).
FIELD_BOOSTS = {"title": 8.0, "identifier": 8.0, "summary": 1.5, "body": 1.0}
EXPANSION_BOOST = 0.5
READER_LANGUAGE_FACTOR = math.log2(3)
SNIPPET_CHARS = 220
FACET_SIZE = 1000
MAX_QUERY_WORDS = 32
WRITER_HEAP = 64_000_000
REBUILD_HEAP = 256_000_000  # split over the rebuild's indexing threads
WRITER_LOCK_ATTEMPTS = 50  # × WRITER_LOCK_PAUSE: how long a write waits for another writer
WRITER_LOCK_PAUSE = 0.1
REBUILD_BATCH = 5_000
M_ARENA_MAX = -8  # glibc's mallopt() parameter: the most malloc arenas a process makes


class WriterBusy(Exception):
    """Another process held the index's writer lock for longer than a write waits."""


def _analyzer(stemmer: str | None) -> tantivy.TextAnalyzer:
    builder = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
    # ascii_fold maps superscript and subscript digits to digits ("CO₂" is found by "co2")
    # and drops diacritics, which Snowball's Dutch stemmer drops too.
    builder = builder.filter(tantivy.Filter.remove_long(60)).filter(tantivy.Filter.lowercase())
    builder = builder.filter(tantivy.Filter.ascii_fold())
    if stemmer:
        builder = builder.filter(tantivy.Filter.stemmer(stemmer))
    return builder.build()


ANALYZERS = {
    "words": _analyzer(None),
    "stopwords": tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
    .filter(tantivy.Filter.lowercase())
    .filter(tantivy.Filter.stopword("dutch"))
    .filter(tantivy.Filter.stopword("english"))
    .build(),
} | {language: _analyzer(stemmer) for language, stemmer in STEMMERS.items()}


def build_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("key", stored=True, tokenizer_name="raw")
    builder.add_text_field("group", stored=True, fast=True, tokenizer_name="raw")
    builder.add_text_field("language", stored=True, fast=True, tokenizer_name="raw")
    for facet in FACET_FIELDS:
        builder.add_text_field(facet, stored=True, fast=True, tokenizer_name="raw")
    builder.add_unsigned_field("key_id", indexed=True, fast=True)
    builder.add_unsigned_field("group_id", indexed=True, fast=True)
    builder.add_unsigned_field("language_id", fast=True)
    for name in ("title", "url", "centre_name"):
        builder.add_text_field(name, stored=True, tokenizer_name="raw", index_option="basic")
    builder.add_text_field("identifier", tokenizer_name="words")
    builder.add_text_field("complete", tokenizer_name="words")  # title + identifier, prefixes
    for language in LANGUAGES:
        builder.add_text_field(f"title_{language}", tokenizer_name=language)
        builder.add_text_field(f"summary_{language}", stored=True, tokenizer_name=language)
        builder.add_text_field(f"body_{language}", stored=True, tokenizer_name=language)
        builder.add_text_field(f"words_{language}", tokenizer_name="words", index_option="basic")
        builder.add_float_field(f"prefer_{language}", fast=True)
    builder.add_unsigned_field("day", stored=True, fast=True)  # 0 = undated: last by date
    return builder.build()


SCHEMA = build_schema()


def language_id(language: str) -> int:
    return LANGUAGES.index(language) if language in LANGUAGES else len(LANGUAGES)


def open_index(path: Path) -> tantivy.Index:
    index = tantivy.Index(SCHEMA, path=str(path), reuse=True)
    for name, analyzer in ANALYZERS.items():
        index.register_tokenizer(name, analyzer)
    index.config_reader(reload_policy="Manual")
    return index


def analyse(text: str, analyzer: str) -> list[str]:
    return ANALYZERS[analyzer].analyze(text)


def handle(value: str) -> int:
    """A stable 63-bit number for a key or group: fast fields hold numbers, and reading a
    number per ranked version is far cheaper than loading its stored document."""
    return int.from_bytes(hashlib.blake2b(value.encode(), digest_size=8).digest(), "big") >> 1


def nfc(text: str) -> str:
    """Text as queries are normalised (``clean``); any character can be indexed, so nothing
    else is removed, and text that is NFC already (nearly all) is not copied."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def preference(document: SearchDocument, reader: str) -> float:
    """The ``prefer_<reader>`` value: the reader's-language factor times the document's
    prominence, stored so that ``weight_by_field`` multiplies the score by exactly that."""
    factor = READER_LANGUAGE_FACTOR if reader == document.language else 1.0
    return 2 ** (factor * max(document.prominence, 0.0)) - 2


def document_fields(document: SearchDocument) -> tantivy.Document:
    language = document.language if document.language in LANGUAGES else LANGUAGES[0]
    title, summary, identifier = (
        nfc(text) for text in (document.title, document.summary, document.identifier)
    )
    fields = tantivy.Document()
    for name, value in (
        ("key", document.key),
        ("group", document.group),
        ("language", document.language),
        ("type", document.type),
        ("title", title),
        ("url", document.url),
        ("centre_name", nfc(document.centre_name)),
        ("identifier", identifier),
        ("complete", f"{title}\n{identifier}"),
        (f"title_{language}", title),
        (f"summary_{language}", summary),
        (f"body_{language}", nfc(document.body)),
        (f"words_{language}", f"{title}\n{summary}"),
    ):
        if value:
            fields.add_text(name, value)
    fields.add_unsigned("key_id", handle(document.key))
    fields.add_unsigned("group_id", handle(document.group))
    fields.add_unsigned("language_id", language_id(document.language))
    if document.centre:
        fields.add_text("centre", document.centre)
    for facet in FACET_FIELDS:
        value = document.facets.get(facet)
        if value and facet not in ("type", "centre"):
            fields.add_text(facet, value)
    for reader in LANGUAGES:
        fields.add_float(f"prefer_{reader}", preference(document, reader))
    fields.add_unsigned("day", document.date.toordinal() if document.date else 0)
    return fields


# ---- queries -------------------------------------------------------------------------------
def _any(queries: list[tantivy.Query]) -> tantivy.Query | None:
    if not queries:
        return None
    if len(queries) == 1:
        return queries[0]
    return tantivy.Query.boolean_query([(tantivy.Occur.Should, query) for query in queries])


def _no_score(query: tantivy.Query) -> tantivy.Query:
    """A condition that adds nothing to the score."""
    return tantivy.Query.const_score_query(query, 0)


def _language_term(language: str) -> tantivy.Query:
    return tantivy.Query.term_query(SCHEMA, "language", language)


def _all(queries: list[tantivy.Query]) -> tantivy.Query | None:
    if not queries:
        return None
    if len(queries) == 1:
        return queries[0]
    return tantivy.Query.boolean_query([(tantivy.Occur.Must, query) for query in queries])


def _terms_in(field: str, terms: list[str]) -> tantivy.Query | None:
    """One token as a term, several (``T-cellen``, ``DARE-SOP-0012``, a quoted phrase) as a
    phrase."""
    if not terms:
        return None
    if len(terms) == 1:
        return tantivy.Query.term_query(SCHEMA, field, terms[0], index_option="freq")
    return tantivy.Query.phrase_query(SCHEMA, field, terms)


def _word_forms(word: str, language: str) -> list[list[str]]:
    """The analysed forms a word may take in ``language``. Snowball's Dutch stemmer keeps
    diaeresis plurals apart from their singular, so a Dutch word is also looked up as its
    singular and its plurals ("celtherapieën" finds "celtherapie" and the other way round)."""
    variants = [word]
    if language == "nl":
        variants += [dutch_singular(word), *dutch_plurals(word.casefold())]
    forms = []
    for variant in variants:
        terms = analyse(variant, language)
        if terms and terms not in forms:
            forms.append(terms)
    return forms


def _word_query(word: str, language: str) -> tantivy.Query | None:
    """A word or quoted phrase of the query in every field of a ``language`` document, each
    field weighted (title and identifier most). A word of several tokens is a phrase."""
    fields = []
    for name in ("title", "summary", "body"):
        field = f"{name}_{language}"
        forms = [_terms_in(field, terms) for terms in _word_forms(word, language)]
        matched = _any([form for form in forms if form])
        if matched:
            fields.append(tantivy.Query.boost_query(matched, FIELD_BOOSTS[name]))
    identifier = _terms_in("identifier", analyse(word, "words"))
    if identifier:
        # The one text field all languages share: only here must the document's language be
        # asked for (the others hold ``language`` documents only).
        in_language = _all([identifier, _no_score(_language_term(language))])
        fields.append(tantivy.Query.boost_query(in_language, FIELD_BOOSTS["identifier"]))
    return _any(fields)


def _is_stopword(word: str) -> bool:
    """Words such as "and", "of", "uit", "van", which say little about what is sought: a
    relaxed query does not count them."""
    return bool(analyse(word, "words")) and not analyse(word, "stopwords")


def _words_query(words: list[str], language: str) -> tantivy.Query | None:
    """Every word must match (a word that analyses to nothing, punctuation only, is no
    condition)."""
    return _all([query for query in (_word_query(word, language) for word in words) if query])


@lru_cache(maxsize=1024)
def _text_query(
    text: str,
    language: str,
    terms: tuple[tuple[str, tuple[str, ...]], ...] = (),
    relaxed: bool = False,
) -> tantivy.Query | None:
    """Every word and every quoted phrase of ``text`` must match a ``language`` document (all
    but one when ``relaxed``); a glossary term the text names (``terms``) matches as typed or,
    weighted less, by any of its other names, each term on its own. Kept per text and
    language: one search asks for the same query for its count, its facets, its ranking and
    its snippets, and analysing it is most of building it."""
    parsed = parse(text)
    plain, units = parsed.plain, []
    for typed, others in terms:
        at = plain.find(typed)
        if at < 0:  # inside a quoted phrase: the whole-text expansions cover it
            continue
        plain = f"{plain[:at]} {plain[at + len(typed) :]}"
        alternatives = [_words_query(typed.split(), language)]
        for other in others:
            named = _text_query(other, language)
            alternatives.append(named and tantivy.Query.boost_query(named, EXPANSION_BOOST))
        alternatives = [query for query in alternatives if query]
        if alternatives:  # the best name counts, not the number of names found
            units.append(tantivy.Query.disjunction_max_query(alternatives))
    words = plain.split()[:MAX_QUERY_WORDS]
    phrases = [_word_query(phrase, language) for phrase in parsed.phrases[:MAX_QUERY_WORDS]]
    if relaxed:
        content = [word for word in words if not _is_stopword(word)]
        conditions = [_word_query(word, language) for word in content] + units + phrases
        conditions = [query for query in conditions if query]  # a word may analyse to nothing
        if len(conditions) > 1:
            return tantivy.Query.boolean_query(
                [(tantivy.Occur.Should, query) for query in conditions],
                minimum_number_should_match=len(conditions) - 1,
            )
        return _any(conditions)
    return _all([query for query in (_words_query(words, language), *units, *phrases) if query])


def _covers(query: SearchQuery) -> bool:
    """Whether the per-term alternatives already hold every whole-text expansion (no term
    is inside a quoted phrase)."""
    plain = parse(query.text).plain
    return bool(query.terms) and all(typed in plain for typed, _others in query.terms)


def _facet_filter(filters: dict[str, tuple[str, ...]], exclude: str | None = None):
    clauses = []
    for facet, values in sorted(filters.items()):
        if facet in FACETS and facet != exclude and values:
            clauses.append(tantivy.Query.term_set_query(SCHEMA, facet, list(values)))
    return _all(clauses)


def language_branches(query: SearchQuery) -> dict[str, tantivy.Query]:
    """What the query matches per document language: the reader's text analysed in that
    language, or any glossary counterpart (weighted less). Each branch matches documents of
    its language only, since each language has fields of its own (``_word_query``)."""
    branches = {}
    for language in LANGUAGES:
        alternatives = []
        typed = _text_query(query.text, language, query.terms, query.relaxed)
        if typed:
            alternatives.append(typed)
        for expansion in () if _covers(query) else query.expansions:
            expanded = _text_query(expansion, language, relaxed=query.relaxed)
            if expanded:
                alternatives.append(tantivy.Query.boost_query(expanded, EXPANSION_BOOST))
        text = _any(alternatives)
        if text:
            branches[language] = text
    return branches


def matching_query(
    query: SearchQuery,
    exclude_facet: str | None = None,
    groups: Iterable[str] = (),
    branches: dict[str, tantivy.Query] | None = None,
) -> tantivy.Query:
    """What a query matches in any language (``language_branches``, or those given), then
    the facet filters (but ``exclude_facet``'s) and, if given, the groups."""
    if branches is None:
        branches = language_branches(query)
    matched = _any(list(branches.values()))
    if matched is None:
        return tantivy.Query.empty_query()
    conditions = [_facet_filter(query.filters, exclude=exclude_facet)]
    if groups:
        conditions.append(tantivy.Query.term_set_query(SCHEMA, "group_id", list(groups)))
    conditions = [condition for condition in conditions if condition]
    if not conditions:
        return matched
    return _all([matched, *(_no_score(condition) for condition in conditions)])


def _per_type(names: list[str]) -> list[str]:
    return [name for name in names if name not in ("type", "language")]


def _facet_request(names: list[str]) -> dict:
    """One aggregation for the groups per value of each facet in ``names``: their distinct
    groups (a HyperLogLog per value, the costliest part of a search). The facets but the
    language are counted within each type and added up (``_facet_counts``): a group has one
    type, the same in each language version, so no group is counted twice, and the documents
    reach a facet's counters batched by type, which takes about a twentieth off a search that
    matches half the index. A group has at most one version per language, so the language
    facet needs no distinct count."""
    groups = {"groups": {"cardinality": {"field": "group_id"}}}
    within_type = {
        name: {"terms": {"field": name, "size": FACET_SIZE}, "aggs": groups}
        for name in _per_type(names)
    }
    if "type" in names:
        within_type |= groups
    request = {}
    if within_type:
        request["type"] = {"terms": {"field": "type", "size": FACET_SIZE}, "aggs": within_type}
    if "language" in names:
        request["language"] = {"terms": {"field": "language", "size": FACET_SIZE}}
    return request


def _facet_counts(answer: dict, names: list[str]) -> dict[str, dict[str, int]]:
    """Per facet in ``names``, the count per value, the largest first."""

    def count(bucket: dict) -> float:
        return bucket["groups"]["value"] if "groups" in bucket else bucket["doc_count"]

    counts: dict[str, Counter] = {name: Counter() for name in names}
    for bucket in answer.get("type", {}).get("buckets", []):
        if "type" in names:
            counts["type"][bucket["key"]] = count(bucket)
        for name in _per_type(names):
            for value in bucket[name]["buckets"]:
                counts[name][value["key"]] += count(value)
    for bucket in answer.get("language", {}).get("buckets", []):
        counts["language"][bucket["key"]] = bucket["doc_count"]
    return {
        name: {value: round(number) for value, number in values.most_common()}
        for name, values in counts.items()
    }


def facet_parts(
    filters: dict[str, tuple[str, ...]], threads: int
) -> list[tuple[str | None, list[str]]]:
    """The aggregations of one search, as (the facet whose filter is left out, the facets
    counted). Facets without a filter of their own are counted on the fully filtered matches;
    a facet with a filter of its own on the matches without that filter. With fewer
    aggregations than threads, the largest is dealt out over the idle threads, every other
    facet to each, so that the sketches of a common word are filled in parallel."""
    by_filter: dict[str | None, list[str]] = {}
    for facet in FACETS:
        by_filter.setdefault(facet if facet in filters else None, []).append(facet)
    parts = sorted(by_filter.items(), key=lambda part: -len(part[1]))
    share = max(1, threads - len(parts) + 1)
    excluded, names = parts[0]
    return [(excluded, names[start::share]) for start in range(min(share, len(names)))] + parts[1:]


def facet_threads() -> int:
    return max(1, settings.SEARCH_FACET_THREADS)


@cache
def _pool(process: int, workers: int) -> ThreadPoolExecutor:
    """The threads that count facets beside a request's own, per process: a pool inherited
    through ``fork`` has no threads."""
    return ThreadPoolExecutor(max_workers=workers, thread_name_prefix="search-facets")


def in_parallel(call: Callable, items: list) -> list:
    """``call`` on each item, the first in this thread and the others in the facet pool:
    Tantivy releases the GIL while it searches. An item the pool has not started by then (its
    threads busy with other requests' searches) is done here, so a search never waits longer
    than it would alone."""
    if len(items) < 2 or facet_threads() < 2:
        return [call(item) for item in items]
    pool = _pool(os.getpid(), facet_threads() - 1)
    pending = [(item, pool.submit(call, item)) for item in items[1:]]
    answers = [call(items[0])]
    for item, future in pending:
        answers.append(call(item) if future.cancel() else future.result())
    return answers


def snippet_html(snippet: tantivy.Snippet) -> str:
    """Tantivy escapes the fragment and marks matches with <b>; the document's own tags are
    escaped by then, so every <b> left is a match."""
    return snippet.to_html().replace("<b>", "<mark>").replace("</b>", "</mark>")


# ---- the index directory -------------------------------------------------------------------
# Tantivy's writer works on threads of its own, new for every write, and glibc gives new threads
# malloc arenas of their own, which keep what they free: a search process grew by 50 to 80 MB
# over twenty published documents. Both calls are no-ops where the C library is not glibc.
@cache
def _libc() -> ctypes.CDLL:
    return ctypes.CDLL(ctypes.util.find_library("c"))


@cache
def keep_malloc_arenas() -> None:
    """From now on this process makes no new malloc arenas: a writer's threads reuse what
    earlier ones freed. Called by the first live write (a publication), not by a rebuild,
    whose indexing threads allocate in parallel (a third slower in one arena)."""
    with suppress(OSError, AttributeError):
        _libc().mallopt(M_ARENA_MAX, 1)


def release_freed_memory() -> None:
    """Return the malloc arenas' free memory to the system, after a write."""
    with suppress(OSError, AttributeError):
        _libc().malloc_trim(0)


class IndexStore:
    """The live index and its operations, in ``root``:

    * ``current`` is a symlink to the live index's directory; a rebuild writes a complete index
      into a new sibling directory and flips the symlink with one ``rename``, so searches
      answer from the old index until then, and a rebuild that dies leaves it in place.
    * One writer at a time, across processes: Tantivy's own lock file; a write that finds it
      taken retries for a bounded time (``WRITER_LOCK_ATTEMPTS``) and then fails loudly.
    * Readers in every process check the live directory and its ``meta.json`` before each
      search (two ``stat`` calls) and reload when another process has committed or swapped.
    * A write during a rebuild is applied to the live index and appended to the rebuild's
      journal, which the rebuild replays into the new index before the swap.
    """

    def __init__(self, root: Path):
        self.root = Path(root)
        self._lock = threading.RLock()
        self._index: tantivy.Index | None = None
        self._opened: tuple | None = None

    # reading
    @property
    def live(self) -> Path | None:
        """The live index's directory: read before every search, so one ``readlink`` rather
        than resolving the whole path."""
        try:
            live = self.root / os.readlink(self.root / CURRENT)
        except OSError:
            return None
        return live if live.is_dir() else None

    def schema_version(self) -> int | None:
        live = self.live
        try:
            return int((live / SCHEMA_FILE).read_text()) if live else None
        except (OSError, ValueError):
            return None

    def _stamp(self, live: Path) -> tuple:
        """Changes with every commit: Tantivy replaces ``meta.json`` (a new inode) each time,
        so two commits within one tick of the file system's clock still differ."""
        try:
            meta = (live / "meta.json").stat()
        except OSError:
            return str(live), None
        return str(live), meta.st_ino, meta.st_mtime_ns, meta.st_size

    def index(self) -> tantivy.Index:
        """The live index, reloaded when it changed since the last look; created empty when
        there is none yet (a new site, a test)."""
        with self._lock:
            live = self.live
            if live is None:
                live = self._create_live()
            stamp = self._stamp(live)
            if self._index is None or self._opened is None or self._opened[0] != stamp[0]:
                self._index = open_index(live)
            elif self._opened != stamp:
                self._index.reload()
            self._opened = stamp
            return self._index

    def searcher(self) -> tantivy.Searcher:
        return self.index().searcher()

    # writing
    def _create_live(self) -> Path:
        self.root.mkdir(parents=True, exist_ok=True)
        directory = self._new_directory()
        open_index(directory)
        self._flip(directory)
        return directory

    def _new_directory(self) -> Path:
        directory = self.root / f"index-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:8]}"
        directory.mkdir(parents=True)
        (directory / SCHEMA_FILE).write_text(str(SCHEMA_VERSION))
        return directory

    def _flip(self, directory: Path) -> None:
        temporary = self.root / f".{CURRENT}-{uuid.uuid4().hex}"
        temporary.symlink_to(directory.name)
        os.replace(temporary, self.root / CURRENT)

    @staticmethod
    def writer(index: tantivy.Index, heap: int = WRITER_HEAP, threads: int = 1):
        """Tantivy's writer, waiting a bounded time for another process's writer to finish."""
        for _attempt in range(WRITER_LOCK_ATTEMPTS):
            try:
                return index.writer(heap, threads)
            except ValueError as error:
                if "lock" not in str(error).casefold():
                    raise
                time.sleep(WRITER_LOCK_PAUSE)
        raise WriterBusy("another process kept the search index's writer lock")

    @contextmanager
    def writing(self) -> Iterator[tantivy.IndexWriter]:
        with self._lock:
            index = self.index()
            writer = self.writer(index)
            try:
                yield writer
                writer.commit()
                writer.wait_merging_threads()
            except BaseException:
                writer.rollback()
                raise
            finally:
                del writer
            self.index()  # this process sees its own write at once
            release_freed_memory()

    def write(self, documents: list[SearchDocument], deleted: list[str]) -> None:
        """Apply a change to the live index and, while a rebuild runs, to its journal."""
        keep_malloc_arenas()
        with self.writing() as writer:
            for key in [*deleted, *(document.key for document in documents)]:
                writer.delete_documents_by_term("key", key)
            for document in documents:
                writer.add_document(document_fields(document))
            self._journal(documents, deleted)

    def _journal(self, documents: list[SearchDocument], deleted: list[str]) -> None:
        """Called holding the live writer lock, which the rebuild takes before replaying."""
        rebuilding = self._rebuilding()
        if rebuilding is None:
            return
        entry = {
            "deleted": deleted,
            "documents": [asdict(document) for document in documents],
        }
        with (rebuilding / JOURNAL).open("a", encoding="utf-8") as journal:
            journal.write(json.dumps(entry, default=str) + "\n")

    def _rebuilding(self) -> Path | None:
        try:
            marker = json.loads((self.root / REBUILDING).read_text())
        except (OSError, ValueError):
            return None
        directory = self.root / marker["directory"]
        return directory if directory.is_dir() else None

    @contextmanager
    def _live_writer(self) -> Iterator[None]:
        """Hold the live index's writer lock, which every writer takes. An index built for
        another schema cannot be opened, nor written to, so then there is none to hold."""
        if self.live is not None and self.schema_version() != SCHEMA_VERSION:
            yield
            return
        with self.writing():
            yield

    def rebuild(self, documents: Iterator[SearchDocument], progress=None) -> int:
        self.root.mkdir(parents=True, exist_ok=True)
        self._remove_leftovers()
        directory = self._new_directory()
        with self._live_writer():  # writers that start after this journal their changes
            (self.root / REBUILDING).write_text(json.dumps({"directory": directory.name}))
        try:
            written = self._load(directory, documents, progress)
            with self._live_writer():  # no live write between the replay and the swap
                self._replay(directory)
                old = self.live
                self._flip(directory)
                (self.root / REBUILDING).unlink(missing_ok=True)
        except BaseException:
            (self.root / REBUILDING).unlink(missing_ok=True)
            shutil.rmtree(directory, ignore_errors=True)
            raise
        if old and old != directory:
            shutil.rmtree(old, ignore_errors=True)
        self.index()
        return written

    def _load(self, directory: Path, documents, progress) -> int:
        index = open_index(directory)
        writer = self.writer(index, REBUILD_HEAP, threads=0)
        written = 0
        try:
            for document in documents:
                writer.add_document(document_fields(document))
                written += 1
                if progress is not None:
                    progress.advance()
            writer.commit()
            writer.wait_merging_threads()
        finally:
            # A failure's traceback keeps this frame: release the writer's files and threads
            # now, before the rebuild removes its directory.
            del writer
        return written

    def _replay(self, directory: Path) -> None:
        journal = directory / JOURNAL
        if not journal.exists():
            return
        index = open_index(directory)
        writer = self.writer(index)
        with journal.open(encoding="utf-8") as lines:
            for line in lines:
                entry = json.loads(line)
                documents = [_document(fields) for fields in entry["documents"]]
                for key in [*entry["deleted"], *(document.key for document in documents)]:
                    writer.delete_documents_by_term("key", key)
                for document in documents:
                    writer.add_document(document_fields(document))
        writer.commit()
        writer.wait_merging_threads()
        journal.unlink()

    def _remove_leftovers(self) -> None:
        """Directories of rebuilds that died, which never became live."""
        live = self.live
        for path in self.root.glob("index-*"):
            if path.is_dir() and path != live:
                shutil.rmtree(path, ignore_errors=True)
        (self.root / REBUILDING).unlink(missing_ok=True)


def _document(fields: dict) -> SearchDocument:
    date = fields.get("date")
    return SearchDocument(**fields | {"date": datetime.date.fromisoformat(date) if date else None})


# ---- the engine ----------------------------------------------------------------------------
class Snippets:
    """The readable text around a match: the body, else the summary; a document that matched
    elsewhere (title, identifier) shows its summary's start. One generator per field and
    query, made when first needed."""

    def __init__(self, searcher: tantivy.Searcher, matched: tantivy.Query):
        self.searcher, self.matched = searcher, matched
        self.generators: dict[str, tantivy.SnippetGenerator] = {}

    def _generator(self, field: str) -> tantivy.SnippetGenerator:
        if field not in self.generators:
            generator = tantivy.SnippetGenerator.create(self.searcher, self.matched, SCHEMA, field)
            generator.set_max_num_chars(SNIPPET_CHARS)
            self.generators[field] = generator
        return self.generators[field]

    def of(self, document: tantivy.Document) -> str:
        language = document.get_first("language")
        language = language if language in LANGUAGES else LANGUAGES[0]
        for field in (f"body_{language}", f"summary_{language}"):
            snippet = self._generator(field).snippet_from_doc(document)
            if snippet.highlighted():
                return snippet_html(snippet)
        text = document.get_first(f"summary_{language}") or document.get_first(f"body_{language}")
        return html.escape((text or "")[:SNIPPET_CHARS])


class TantivyEngine(SearchEngine):
    name = "tantivy"

    def __init__(self, root: Path | None = None):
        self.store = IndexStore(Path(root or settings.SEARCH_INDEX_DIR))

    def index(self, documents: Iterable[SearchDocument]) -> int:
        documents = list(documents)
        self.store.write(documents, [])
        return len(documents)

    def delete(self, keys: Iterable[str]) -> None:
        keys = list(keys)
        if keys:
            self.store.write([], keys)

    def replace(self, documents: list[SearchDocument], stale: list[str]) -> None:
        self.store.write(documents, stale)

    def rebuild(self, documents: Iterator[SearchDocument], progress=None) -> int:
        return self.store.rebuild(documents, progress)

    def ranked(self, query: SearchQuery, window: int) -> list[RankedVersion]:
        searcher = self.store.searcher()
        return self._ranked(searcher, matching_query(query), query, window)

    def _ranked(self, searcher, matched, query: SearchQuery, window: int) -> list[RankedVersion]:
        if query.sort == "date":
            found = searcher.search(matched, window, count=False, order_by_field="day")
        else:
            found = searcher.search(
                matched, window, count=False, weight_by_field=f"prefer_{query.language}"
            )
        addresses = [address for _score, address in found.hits]
        keys, groups, languages = (
            searcher.fast_field_values(field, addresses)
            for field in ("key_id", "group_id", "language_id")
        )
        return [
            RankedVersion(
                key=key,
                group=group,
                language=LANGUAGES[number] if number < len(LANGUAGES) else "",
                score=float(score),
            )
            for (score, _address), key, group, number in zip(
                found.hits, keys, groups, languages, strict=True
            )
        ]

    def groups_matching_in(
        self, query: SearchQuery, groups: Iterable[str], language: str
    ) -> set[str]:
        groups = list(groups)
        branch = language_branches(query).get(language)
        if not groups or branch is None:
            return set()
        searcher = self.store.searcher()
        matched = matching_query(query, groups=groups, branches={language: branch})
        # Ordered by a fast field, not by relevance: which groups match, not how well.
        found = searcher.search(matched, len(groups) * 4, count=False, order_by_field="key_id")
        addresses = [address for _key, address in found.hits]
        return set(searcher.fast_field_values("group_id", addresses))

    def tally(self, query: SearchQuery) -> tuple[int, dict[str, dict[str, int]]]:
        """Matching groups, and per facet the groups per value with every other facet's
        filter applied. Tantivy counts distinct groups with a HyperLogLog sketch: exact for
        small counts, within about a percent for tens of thousands."""
        searcher = self.store.searcher()
        branches = language_branches(query)

        def counted(part: tuple[str | None, list[str]]) -> dict[str, dict[str, int]]:
            excluded, names = part
            matched = matching_query(query, exclude_facet=excluded, branches=branches)
            return _facet_counts(searcher.aggregate(matched, _facet_request(names)), names)

        facets: dict[str, dict[str, int]] = {}
        for counts in in_parallel(counted, facet_parts(query.filters, facet_threads())):
            facets |= counts
        # Every document has one type, the same in each language version: the matching
        # groups are those of the chosen types (or of all), with no count of their own.
        types = facets.get("type", {})
        return sum(types.get(value, 0) for value in query.filters.get("type") or types), facets

    def hits(self, query: SearchQuery, versions: list[RankedVersion]) -> list[SearchHit]:
        if not versions:
            return []
        searcher = self.store.searcher()
        keys = [version.key for version in versions]
        found = searcher.search(
            tantivy.Query.term_set_query(SCHEMA, "key_id", keys), len(keys), count=False
        )
        addresses = [address for _score, address in found.hits]
        documents = dict(
            zip(
                searcher.fast_field_values("key_id", addresses),
                (searcher.doc(address) for address in addresses),
                strict=True,
            )
        )
        snippets = Snippets(searcher, matching_query(query))
        return [
            self._hit(
                documents[version.key],
                version.score,
                snippets.of(documents[version.key]),
            )
            for version in versions
            if version.key in documents  # not deleted since it was ranked
        ]

    @staticmethod
    def _hit(document, score: float, snippet: str) -> SearchHit:
        day = document.get_first("day")
        return SearchHit(
            key=document.get_first("key"),
            group=document.get_first("group"),
            title=document.get_first("title") or "",
            url=document.get_first("url") or "",
            type=document.get_first("type") or "",
            centre=document.get_first("centre") or "",
            centre_name=document.get_first("centre_name") or "",
            language=document.get_first("language") or "",
            snippet=snippet,
            score=score,
            date=datetime.date.fromordinal(day) if day else None,
        )

    def autocomplete(self, prefix: str, language: str, limit: int = 8) -> list[str]:
        """Titles whose words (or identifier) start with the typed words, the last one as a
        prefix; titles in the reader's language first."""
        terms = analyse(clean(prefix), "words")[:MAX_QUERY_WORDS]
        if not terms:
            return []
        clauses = [
            tantivy.Query.term_query(SCHEMA, "complete", term, index_option="basic")
            for term in terms[:-1]
        ]
        clauses.append(tantivy.Query.phrase_prefix_query(SCHEMA, "complete", [terms[-1]]))
        searcher = self.store.searcher()
        found = searcher.search(
            _all(clauses), limit * 4, count=False, weight_by_field=f"prefer_{language}"
        )
        titles = []
        for _score, address in found.hits:
            title = searcher.doc(address).get_first("title")
            if title and title not in titles:
                titles.append(title)
                if len(titles) == limit:  # each stored document read maps pages of the index
                    break
        return titles

    def suggest(self, text: str, language: str) -> str | None:
        """Replace each word the index does not know by its closest indexed word."""
        searcher = self.store.searcher()
        parts, changed = [], False
        for word in clean(text).split()[:MAX_QUERY_WORDS]:
            folded = analyse(word, "words")
            if len(folded) != 1 or not folded[0].isalpha() or self._known(searcher, folded[0]):
                parts.append(word)
                continue
            correction = spelling.best_correction(
                folded[0], self._candidates(searcher, folded[0]), language
            )
            parts.append(correction or word)
            changed = changed or correction is not None
        return " ".join(parts) if changed else None

    @staticmethod
    def _known(searcher, word: str) -> bool:
        return any(searcher.doc_freq(f"words_{language}", word) for language in LANGUAGES)

    @staticmethod
    def _candidates(searcher, word: str) -> Iterator[tuple[str, str, int]]:
        """Indexed words that share the first letter and are about as long."""
        distance = spelling.allowed_distance(word)
        for language in LANGUAGES:
            for term, frequency in searcher.terms_with_prefix(f"words_{language}", word[0]):
                if abs(len(term) - len(word)) <= distance:
                    yield term, language, frequency

    def status(self) -> str:
        if self.store.live is None:
            return "missing: run rebuild_search_index"
        if self.store.schema_version() != SCHEMA_VERSION:
            return "built for another schema: run rebuild_search_index"
        return "ok"

    def document_count(self) -> int:
        return self.store.searcher().num_docs if self.store.live else 0
