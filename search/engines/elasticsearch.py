"""Elasticsearch 8 engine for the public search.

Everything that is sent to the cluster is built by the pure functions in this module
(``index_body``, ``search_body``, ``bulk_index_actions``, ``alias_swap_actions``, ...), so the
request bodies are unit-tested without a server; ``ElasticsearchEngine`` only sends them and
turns any cluster failure into ``SearchUnavailable``, on which the service falls back to the
database engine. docs/elasticsearch.md explains the index design and how to operate it.
"""

from __future__ import annotations

import contextlib
import copy
import datetime
import functools
import html
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from django.conf import settings
from elasticsearch import ApiError, Elasticsearch, TransportError
from elasticsearch.dsl import (
    Completion,
    Date,
    Document,
    Keyword,
    MetaField,
    RankFeature,
    Text,
    analyzer,
    char_filter,
    normalizer,
    token_filter,
)
from elasticsearch.helpers import BulkIndexError, bulk, streaming_bulk

from search.stemming import SCRIPT_DIGIT_MAPPINGS

from .base import (
    FACETS,
    RankedVersion,
    SearchDocument,
    SearchEngine,
    SearchHit,
    SearchQuery,
    SearchResults,
)

logger = logging.getLogger(__name__)

LANGUAGES = ("nl", "en")

# A search must answer fast or not at all (the service then falls back to the database);
# writes and a rebuild may take longer. The client never retries: one node, no retry storms.
SEARCH_TIMEOUT = 2.0
WRITE_TIMEOUT = 10.0
REBUILD_TIMEOUT = 120.0
BULK_CHUNK = 500

# Bounds on what one request may cost, whatever the caller passes.
MAX_QUERY_CHARS = 500
MAX_EXPANSIONS = 10
MAX_RESULT_WINDOW = 10_000  # Elasticsearch's index.max_result_window default
FACET_SIZE = 100
AUTOCOMPLETE_MAX_CHARS = 50  # the completion field's max_input_length
AUTOCOMPLETE_MAX_LIMIT = 20
COMPLETION_SUFFIX_WORDS = 8

TITLE_BOOST = 3
IDENTIFIER_BOOST = 10
PROXIMITY_BOOST = 2
EXPANSION_BOOST = 0.7
LANGUAGE_BOOST = 1.0
# A document's prominence (SearchDocument.prominence) adds this much per unit: a harmonised
# reference (1.2) gains as much over its local copies (1.0) as the reader's language does.
PROMINENCE_BOOST = 5.0
SNIPPET_CHARS = 200

# Highlight sentinels: private-use characters, removed from indexed text, so after escaping
# the fragment they can only stand for the highlighter's own tags.
MARK_OPEN = "\ue000"
MARK_CLOSE = "\ue001"
_UNSAFE_CHARS = str.maketrans("", "", MARK_OPEN + MARK_CLOSE + "\x00\x1e\x1f")

# Facets that are document attributes of their own rather than entries of ``facets``.
_ATTRIBUTE_FACETS = ("type", "centre", "language")
_DOCUMENT_FACETS = tuple(facet for facet in FACETS if facet not in _ATTRIBUTE_FACETS)

_PHRASE = re.compile(r'"([^"]*)"')

# The built-in ``dutch`` and ``english`` analyzers, rebuilt (as Elasticsearch documents them)
# with these changes so that all engines stem alike (search/stemming.py, PostgreSQL):
# - Both: superscript and subscript digits are read as digits ("CO₂" is "co2"), by a char
#   filter, so highlights still fall on the original characters.
# - Dutch: Snowball keeps "therapieën" apart from "therapie", so plurals with a diaeresis are
#   made singular first (-ieën/-eeën lose "ën", -iën becomes -ie), as search/stemming.py does.
# - English: the built-in analyzer stems with Porter; PostgreSQL's english configuration uses
#   Snowball English (``porter2``).
script_digits = char_filter("script_digits", type="mapping", mappings=SCRIPT_DIGIT_MAPPINGS)
dutch = analyzer(
    "dutch_text",
    tokenizer="standard",
    char_filter=[script_digits],
    filter=[
        "lowercase",
        token_filter("dutch_stop", type="stop", stopwords="_dutch_"),
        token_filter(
            "dutch_override",
            type="stemmer_override",
            rules=["fiets=>fiets", "bromfiets=>bromfiets", "ei=>eier", "kind=>kinder"],
        ),
        token_filter(
            "dutch_plural_eeen", type="pattern_replace", pattern="(?<=[ie]e)ën$", replacement=""
        ),
        token_filter(
            "dutch_plural_ien", type="pattern_replace", pattern="(?<=i)ën$", replacement="e"
        ),
        token_filter("dutch_stemmer", type="stemmer", language="dutch"),
    ],
)
english = analyzer(
    "english_text",
    tokenizer="standard",
    char_filter=[script_digits],
    filter=[
        token_filter("english_possessive", type="stemmer", language="possessive_english"),
        "lowercase",
        token_filter("english_stop", type="stop", stopwords="_english_"),
        token_filter("english_stemmer", type="stemmer", language="porter2"),
    ],
)
ANALYZERS = {"nl": dutch, "en": english}
folded = analyzer(
    "folded",
    tokenizer="standard",
    char_filter=[script_digits],
    filter=["lowercase", "asciifolding"],
)
lowercase = normalizer("lowercase", filter=["lowercase"])


class SearchUnavailable(Exception):
    """The cluster cannot answer (unreachable, timed out, index missing or request refused)."""


class IndexedDocument(Document):
    """The mapping of one search document.

    Text is stored per document language (``title_nl`` or ``title_en``), so Dutch text is
    only ever analysed with the Dutch analyzer and English text with the English one; a query
    is matched against both, each side analysed the same way as the documents it hits.
    """

    key = Keyword()
    group = Keyword()
    type = Keyword()
    language = Keyword()
    centre = Keyword()
    centre_name = Keyword()
    identifier = Keyword(normalizer=lowercase)
    modality = Keyword()
    process_stage = Keyword()
    quality_attribute = Keyword()
    jurisdiction = Keyword()
    authority = Keyword()
    harmonisation = Keyword()
    prominence = RankFeature()
    date = Date()
    url = Keyword(index=False, doc_values=False)
    summary = Text(index=False)
    title_nl = Text(analyzer=ANALYZERS["nl"], copy_to="spell")
    title_en = Text(analyzer=ANALYZERS["en"], copy_to="spell")
    # Offsets make highlighting long bodies cheap and lift the 1M-character re-analysis limit.
    body_nl = Text(analyzer=ANALYZERS["nl"], index_options="offsets", copy_to="spell")
    body_en = Text(analyzer=ANALYZERS["en"], index_options="offsets", copy_to="spell")
    # Unstemmed vocabulary of both languages for "did you mean" (stems are not words).
    spell = Text(analyzer=folded)
    suggest = Completion(
        analyzer=folded,
        contexts=[{"name": "language", "type": "category", "path": "language"}],
    )

    class Meta:
        dynamic = MetaField("strict")  # a field the mapping does not know is a bug: fail loudly

    class Index:
        settings = {"number_of_shards": 1}  # one shard: exact BM25 statistics, small corpus


def index_body(*, bulk_loading: bool = False) -> dict:
    """Settings and mappings of a new concrete index.

    While bulk loading, refresh is switched off: nobody searches the new index before the
    alias moves, and one refresh at the end is much cheaper than one per second.
    """
    body = copy.deepcopy(IndexedDocument._index.to_dict())
    if bulk_loading:
        body["settings"]["refresh_interval"] = "-1"
    return body


def text_language(language: str) -> str:
    """The analysed language for a language code; anything unexpected is treated as English."""
    return language if language in LANGUAGES else "en"


def _clean(text: str) -> str:
    return text.translate(_UNSAFE_CHARS)


def completion_inputs(title: str, identifier: str) -> list[dict]:
    """Autocomplete entries: the whole title (and identifier) first, then each later word
    onwards, so typing a word from the middle of a title also finds it."""
    words = _clean(title).split()
    if not words:
        return []
    whole = [" ".join(words)] + ([_clean(identifier)] if identifier else [])
    entries = [{"input": whole, "weight": 2}]
    suffixes = [" ".join(words[i:]) for i in range(1, min(len(words), COMPLETION_SUFFIX_WORDS))]
    if suffixes:
        entries.append({"input": suffixes, "weight": 1})
    return entries


def document_source(document: SearchDocument) -> dict:
    """The ``_source`` of one search document, in the shape of ``IndexedDocument``."""
    language = text_language(document.language)
    fields = {
        "key": document.key,
        "group": document.group,
        "type": document.type,
        "language": document.language,
        "centre": document.centre,
        "centre_name": document.centre_name,
        "identifier": document.identifier,
        "url": document.url,
        "summary": _clean(document.summary),
        f"title_{language}": _clean(document.title),
        f"body_{language}": _clean(document.body),
        "date": document.date.isoformat() if document.date else None,
        "prominence": document.prominence,
        "suggest": completion_inputs(document.title, document.identifier),
        **{facet: document.facets.get(facet) for facet in _DOCUMENT_FACETS},
    }
    # Empty values are left out, so "" never shows up as a facet value (e.g. no centre).
    return {name: value for name, value in fields.items() if value}


def bulk_index_actions(documents: Iterable[SearchDocument], index: str) -> Iterator[dict]:
    """Bulk actions that insert or replace documents (the key is the id)."""
    for document in documents:
        yield {
            "_op_type": "index",
            "_index": index,
            "_id": document.key,
            "_source": document_source(document),
        }


def bulk_delete_actions(keys: Iterable[str], index: str) -> Iterator[dict]:
    for key in keys:
        yield {"_op_type": "delete", "_index": index, "_id": key}


def alias_swap_actions(alias: str, new_index: str, old_indices: Iterable[str]) -> list[dict]:
    """One ``update_aliases`` request: readers see either the old index or the new one.

    ``must_exist`` makes the request fail as a whole if another rebuild moved the alias in
    the meantime, instead of leaving the alias on two indices."""
    actions = [
        {"remove": {"index": old, "alias": alias, "must_exist": True}} for old in old_indices
    ]
    actions.append({"add": {"index": new_index, "alias": alias}})
    return actions


def split_phrases(text: str) -> tuple[str, list[str]]:
    """Split query text into its free words and its "double-quoted" phrases.

    Quotes are the only syntax: an unmatched quote is just dropped."""
    phrases = [phrase.strip() for phrase in _PHRASE.findall(text) if phrase.strip()]
    words = " ".join(_PHRASE.sub(" ", text).replace('"', " ").split())
    return words, phrases


TEXT_FIELDS = [f"title_{lang}^{TITLE_BOOST}" for lang in LANGUAGES] + [
    f"body_{lang}" for lang in LANGUAGES
]


def _phrase_clause(phrase: str, boost: float = 1.0) -> dict:
    """``match_phrase`` on every text field; the best field counts (like best_fields)."""
    queries = []
    for lang in LANGUAGES:
        queries.append({"match_phrase": {f"title_{lang}": {"query": phrase, "boost": TITLE_BOOST}}})
        queries.append({"match_phrase": {f"body_{lang}": {"query": phrase}}})
    return {"dis_max": {"queries": queries, "boost": boost}}


def _glossary_terms(words: str, terms) -> tuple[str, list[dict]]:
    """The words left once each glossary term the reader typed is taken out, and for each
    term a clause that matches it as typed or, weighted less, by any of its other names: the
    best name counts, each term on its own (as ``SearchQuery.terms`` asks)."""
    clauses = []
    for typed, others in terms:
        at = words.find(typed)
        if at < 0:  # inside a quoted phrase: the whole-text expansions cover it
            continue
        words = " ".join(f"{words[:at]} {words[at + len(typed) :]}".split())
        names = [_phrase_clause(typed)] + [
            _phrase_clause(other, EXPANSION_BOOST) for other in others[:MAX_EXPANSIONS]
        ]
        clauses.append({"dis_max": {"queries": names}})
    return words, clauses


def _words_clause(words: str) -> dict:
    """The reader's free words on every text field, the best field counting; up to three
    words all must match, of more three in four."""
    return {
        "multi_match": {
            "query": words,
            "type": "best_fields",
            "fields": TEXT_FIELDS,
            "fuzziness": "AUTO",
            "prefix_length": 1,
            "minimum_should_match": "3<75%",
            "tie_breaker": 0.3,
        }
    }


def text_query(query: SearchQuery) -> dict:
    """The scoring query: the reader's words (and phrases), or any glossary counterpart.

    Every piece of user text is the ``query`` value of a match-family query, which analyses
    it as plain text: no operators, wildcards or syntax errors are possible.
    """
    text = query.text[:MAX_QUERY_CHARS]
    expansions = [e[:MAX_QUERY_CHARS] for e in query.expansions[:MAX_EXPANSIONS] if e.strip()]
    if not text.strip() and not expansions:
        return {"match_all": {}}

    words, phrases = split_phrases(text)
    words, terms = _glossary_terms(words, query.terms)
    required = [_phrase_clause(phrase) for phrase in phrases] + terms
    alternatives = []
    if words:
        required += [_words_clause(word) for word in (words.split() if query.relaxed else [words])]
        alternatives.append({"match": {"identifier": {"query": words, "boost": IDENTIFIER_BOOST}}})
    if query.relaxed and len(required) > 1:
        # The service asks for all words (terms, phrases) but one when all found nothing.
        required = [{"bool": {"should": required, "minimum_should_match": len(required) - 1}}]
    if required:
        reader = {"bool": {"must": required}}
        if words:
            # Words that stand together in the text rank above the same words scattered.
            reader["bool"]["should"] = [
                {
                    "multi_match": {
                        "query": words,
                        "type": "phrase",
                        "fields": TEXT_FIELDS,
                        "slop": 2,
                        "boost": PROXIMITY_BOOST,
                    }
                }
            ]
        alternatives.insert(0, reader)
    alternatives.extend(_phrase_clause(expansion, EXPANSION_BOOST) for expansion in expansions)
    if not alternatives:  # only quotes: nothing to look for
        return {"match_none": {}}
    return {"bool": {"should": alternatives, "minimum_should_match": 1}}


def _terms_filters(filters: dict[str, tuple[str, ...]], exclude: str | None = None) -> list:
    return [
        {"terms": {facet: list(values)}}
        for facet, values in sorted(filters.items())
        if facet in FACETS and facet != exclude and values
    ]


def search_body(query: SearchQuery) -> dict:
    """The whole search request for a query.

    Facet filters go into ``post_filter`` so that each facet's aggregation can apply every
    filter except its own: a reader who ticked one centre still sees the counts of the others.
    """
    limit = max(0, query.limit)
    offset = max(0, query.offset)
    if offset + limit > MAX_RESULT_WINDOW:  # out of reach: still answer count and facets
        offset, limit = 0, 0

    if query.sort == "date":
        sort = [{"date": {"order": "desc", "missing": "_last"}}, "_score", {"key": "asc"}]
    else:
        sort = ["_score", {"date": {"order": "desc", "missing": "_last"}}, {"key": "asc"}]

    body = {
        "query": {
            "bool": {
                "must": [text_query(query)],
                # A fixed bonus for the reader's language: it breaks near-ties between the
                # language versions of one thing without overruling relevance.
                "should": [
                    {
                        "constant_score": {
                            "filter": {"term": {"language": query.language}},
                            "boost": LANGUAGE_BOOST,
                        }
                    },
                    {
                        "rank_feature": {
                            "field": "prominence",
                            "linear": {},
                            "boost": PROMINENCE_BOOST,
                        }
                    },
                ],
            }
        },
        "aggs": {
            facet: {
                "filter": {"bool": {"filter": _terms_filters(query.filters, exclude=facet)}},
                "aggs": {"values": {"terms": {"field": facet, "size": FACET_SIZE}}},
            }
            for facet in FACETS
        },
        "highlight": {
            "pre_tags": [MARK_OPEN],
            "post_tags": [MARK_CLOSE],
            "fields": {
                f"body_{lang}": {
                    "fragment_size": SNIPPET_CHARS,
                    "number_of_fragments": 1,
                    "no_match_size": SNIPPET_CHARS,
                }
                for lang in LANGUAGES
            },
        },
        "_source": [
            "key",
            "group",
            "type",
            "language",
            "centre",
            "centre_name",
            "url",
            "summary",
            "date",
            *(f"title_{lang}" for lang in LANGUAGES),
        ],
        "sort": sort,
        "track_scores": True,
        "track_total_hits": True,
        "from": offset,
        "size": limit,
    }
    filters = _terms_filters(query.filters)
    if filters:
        body["post_filter"] = {"bool": {"filter": filters}}
    return body


def render_snippet(fragments: list[str] | None, summary: str) -> str:
    """HTML-safe snippet: the highlighted body fragment, else the summary, else the start of
    the body. Everything is escaped; only the sentinels become ``<mark>`` tags."""
    fragment = fragments[0] if fragments else ""
    if MARK_OPEN not in fragment and summary:
        fragment = summary
    return html.escape(fragment).replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")


def parse_hit(hit: dict) -> SearchHit:
    source = hit["_source"]
    language = text_language(source["language"])
    return SearchHit(
        key=source["key"],
        group=source["group"],
        title=source.get(f"title_{language}", ""),
        url=source.get("url", ""),
        type=source["type"],
        centre=source.get("centre", ""),
        centre_name=source.get("centre_name", ""),
        language=source["language"],
        snippet=render_snippet(
            hit.get("highlight", {}).get(f"body_{language}"), source.get("summary", "")
        ),
        score=hit.get("_score") or 0.0,
        date=datetime.date.fromisoformat(source["date"]) if source.get("date") else None,
    )


# Language versions are collapsed by the service; counts are of groups. Elasticsearch counts
# distinct values with HyperLogLog++, exact below the precision threshold (its maximum).
GROUP_COUNT = {"groups": {"cardinality": {"field": "group", "precision_threshold": 40_000}}}


def tally_body(query: SearchQuery) -> dict:
    """Matching groups, and per facet value the groups, with every other facet's filter."""
    body = search_body(replace(query, offset=0, limit=0))
    for facet in FACETS:
        body["aggs"][facet]["aggs"]["values"]["aggs"] = GROUP_COUNT
    body["aggs"]["matching"] = {
        "filter": {"bool": {"filter": _terms_filters(query.filters)}},
        "aggs": GROUP_COUNT,
    }
    del body["highlight"]
    body.update({"_source": False, "track_total_hits": False})
    return body


def parse_tally(response: dict) -> tuple[int, dict[str, dict[str, int]]]:
    aggregations = response.get("aggregations", {})
    count = aggregations.get("matching", {}).get("groups", {}).get("value", 0)
    facets = {
        facet: {
            bucket["key"]: bucket["groups"]["value"]
            for bucket in aggregations.get(facet, {}).get("values", {}).get("buckets", [])
        }
        for facet in FACETS
    }
    return count, facets


def ranked_body(query: SearchQuery, window: int) -> dict:
    body = search_body(replace(query, offset=0, limit=window))
    for unused in ("aggs", "highlight"):
        del body[unused]
    body["_source"] = ["key", "group", "language"]
    return body


def restricted_body(query: SearchQuery, field: str, values: list[str]) -> dict:
    """The query's matches whose ``field`` is one of ``values``."""
    body = search_body(replace(query, offset=0, limit=len(values)))
    del body["aggs"]
    body["query"]["bool"]["filter"] = [{"terms": {field: values}}]
    return body


def parse_search_response(response: dict) -> SearchResults:
    aggregations = response.get("aggregations", {})
    return SearchResults(
        count=response["hits"]["total"]["value"],
        hits=[parse_hit(hit) for hit in response["hits"]["hits"]],
        facets={
            facet: {
                bucket["key"]: bucket["doc_count"]
                for bucket in aggregations.get(facet, {}).get("values", {}).get("buckets", [])
            }
            for facet in FACETS
        },
    )


def autocomplete_body(prefix: str, language: str, limit: int) -> dict:
    """Completion suggester in the reader's language; a few extra options leave room for
    titles that repeat (a title matches once per document)."""
    return {
        "size": 0,
        "_source": [f"title_{text_language(language)}"],
        "suggest": {
            "titles": {
                "prefix": _clean(prefix)[:AUTOCOMPLETE_MAX_CHARS],
                "completion": {
                    "field": "suggest",
                    "size": min(limit, AUTOCOMPLETE_MAX_LIMIT) * 2,
                    "skip_duplicates": True,
                    "contexts": {"language": [language]},
                },
            }
        },
    }


def parse_autocomplete(response: dict, language: str, limit: int) -> list[str]:
    titles: list[str] = []
    for entry in response.get("suggest", {}).get("titles", []):
        for option in entry["options"]:
            title = option.get("_source", {}).get(f"title_{text_language(language)}")
            if title and title not in titles:
                titles.append(title)
    return titles[:limit]


def suggest_body(text: str) -> dict:
    """Term suggester over the unstemmed words of both languages.

    ``missing`` mode leaves every word alone that occurs anywhere in the index: the search
    covers both languages, so a correct English word is no typo for a Dutch reader."""
    return {
        "size": 0,
        "suggest": {
            "spelling": {
                "text": text[:MAX_QUERY_CHARS],
                "term": {
                    "field": "spell",
                    "suggest_mode": "missing",
                    "size": 1,
                    "min_word_length": 4,
                    "prefix_length": 1,
                },
            }
        },
    }


def corrected_text(text: str, response: dict) -> str | None:
    """The text with each misspelt word replaced by its best suggestion, or None.

    Offsets count UTF-16 code units (Java strings), so the text is edited in UTF-16: an emoji
    before a word must not shift the replacement."""
    original = text[:MAX_QUERY_CHARS]
    units = original.encode("utf-16-le")
    entries = response.get("suggest", {}).get("spelling", [])
    for entry in sorted(entries, key=lambda entry: entry["offset"], reverse=True):
        if not entry["options"]:
            continue
        start, end = 2 * entry["offset"], 2 * (entry["offset"] + entry["length"])
        replacement = entry["options"][0]["text"]
        if units[start:end].decode("utf-16-le", errors="replace")[:1].isupper():
            replacement = replacement[:1].upper() + replacement[1:]
        units = units[:start] + replacement.encode("utf-16-le") + units[end:]
    corrected = units.decode("utf-16-le", errors="replace")
    return corrected if corrected.lower() != original.lower() else None


def _reason(error: Exception) -> str:
    if isinstance(error, BulkIndexError):
        first = next(iter(error.errors[0].values()), {}).get("error", "") if error.errors else ""
        if isinstance(first, dict):
            first = first.get("reason", "")
        return f"{len(error.errors)} document(s) failed: {first}"
    return " ".join(str(error).split())[:200]


@contextlib.contextmanager
def _unavailable(action: str) -> Iterator[None]:
    """Turn every way the cluster can fail into the one exception the service catches."""
    try:
        yield
    except (ApiError, TransportError, BulkIndexError) as error:
        reason = _reason(error)
        logger.warning("Elasticsearch %s failed: %s", action, reason)
        raise SearchUnavailable(f"{action}: {reason}") from error


@functools.cache
def _connect(url: str) -> Elasticsearch:
    """One client per URL and process: it owns the connection pool, so engines stay cheap."""
    return Elasticsearch(url, request_timeout=SEARCH_TIMEOUT, max_retries=0, retry_on_timeout=False)


class ElasticsearchEngine(SearchEngine):
    """Searches the alias ``<SEARCH_INDEX_PREFIX>-documents``; a rebuild loads a new
    ``<alias>-<timestamp>`` index and moves the alias to it in one step."""

    name = "elasticsearch"

    def __init__(self) -> None:
        self.url = settings.ELASTICSEARCH_URL
        prefix = getattr(settings, "SEARCH_INDEX_PREFIX", "") or "dare"
        self.alias = f"{prefix.lower()}-documents"

    def _client(self, timeout: float = SEARCH_TIMEOUT) -> Elasticsearch:
        if not self.url:
            raise SearchUnavailable("ELASTICSEARCH_URL is not set")
        try:
            client = _connect(self.url)
        except ValueError as error:
            raise SearchUnavailable(f"invalid ELASTICSEARCH_URL: {error}") from error
        return client.options(request_timeout=timeout)

    def index(self, documents: Iterable[SearchDocument]) -> int:
        with _unavailable("index"):
            written, _errors = bulk(
                self._client(WRITE_TIMEOUT),
                bulk_index_actions(documents, self.alias),
                chunk_size=BULK_CHUNK,
                # Never let a write auto-create a concrete index under the alias's name.
                require_alias=True,
            )
        return written

    def delete(self, keys: Iterable[str]) -> None:
        with _unavailable("delete"):
            bulk(
                self._client(WRITE_TIMEOUT),
                bulk_delete_actions(keys, self.alias),
                chunk_size=BULK_CHUNK,
                require_alias=True,
                ignore_status=(404,),  # already gone (or no index yet) is fine
            )

    def rebuild(self, documents: Iterator[SearchDocument], progress=None) -> int:
        client = self._client(REBUILD_TIMEOUT)
        timestamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d%H%M%S%f")
        new_index = f"{self.alias}-{timestamp}"
        with _unavailable("rebuild"):
            old_indices = (
                list(client.indices.get_alias(name=self.alias))
                if client.indices.exists_alias(name=self.alias)
                else []
            )
            client.indices.create(index=new_index, **index_body(bulk_loading=True))
            try:
                written = self._load(client, new_index, documents, progress)
                client.indices.put_settings(
                    index=new_index, settings={"index": {"refresh_interval": None}}
                )
                client.indices.refresh(index=new_index)
                client.indices.update_aliases(
                    actions=alias_swap_actions(self.alias, new_index, old_indices)
                )
            except BaseException:
                # A failed rebuild leaves the old index serving and no half-loaded one behind,
                # unless the swap went through after all (its answer timed out, say).
                with contextlib.suppress(ApiError, TransportError):
                    if not client.indices.exists_alias(name=self.alias, index=new_index):
                        client.indices.delete(index=new_index)
                raise
        if old_indices:
            # The new index is live: a failed clean-up is worth a warning, not a failed rebuild.
            try:
                client.options(ignore_status=404).indices.delete(index=",".join(old_indices))
            except (ApiError, TransportError) as error:
                logger.warning("Could not delete %s: %s", ", ".join(old_indices), _reason(error))
        return written

    @staticmethod
    def _load(client: Elasticsearch, index: str, documents, progress) -> int:
        written = 0
        for _ok, _item in streaming_bulk(
            client, bulk_index_actions(documents, index), chunk_size=BULK_CHUNK
        ):
            written += 1
            if progress is not None and written % BULK_CHUNK == 0:
                progress.advance(BULK_CHUNK)
        if progress is not None and written % BULK_CHUNK:
            progress.advance(written % BULK_CHUNK)
        return written

    def _search(self, body: dict) -> dict:
        with _unavailable("search"):
            return self._client().search(index=self.alias, body=body).body

    def ranked(self, query: SearchQuery, window: int) -> list[RankedVersion]:
        response = self._search(ranked_body(query, window))
        return [
            RankedVersion(
                key=hit["_source"]["key"],
                group=hit["_source"]["group"],
                language=hit["_source"]["language"],
                score=hit.get("_score") or 0.0,
            )
            for hit in response["hits"]["hits"]
        ]

    def groups_matching_in(
        self, query: SearchQuery, groups: Iterable[str], language: str
    ) -> set[str]:
        groups = list(groups)
        if not groups:
            return set()
        body = restricted_body(replace(query, language=language), "group", groups)
        body["query"]["bool"]["filter"].append({"term": {"language": language}})
        body.pop("highlight")
        body.update({"size": 4 * len(groups), "_source": ["group"]})
        return {hit["_source"]["group"] for hit in self._search(body)["hits"]["hits"]}

    def tally(self, query: SearchQuery) -> tuple[int, dict[str, dict[str, int]]]:
        return parse_tally(self._search(tally_body(query)))

    def hits(self, query: SearchQuery, versions: list[RankedVersion]) -> list[SearchHit]:
        if not versions:
            return []
        keys = [version.key for version in versions]
        found = parse_search_response(self._search(restricted_body(query, "key", keys))).hits
        by_key = {hit.key: hit for hit in found}
        shown = []
        for version in versions:
            if version.key in by_key:
                by_key[version.key].score = version.score
                shown.append(by_key[version.key])
        return shown

    def autocomplete(self, prefix: str, language: str, limit: int = 8) -> list[str]:
        if not prefix.strip() or limit <= 0:
            return []
        with _unavailable("autocomplete"):
            response = self._client().search(
                index=self.alias, body=autocomplete_body(prefix, language, limit)
            )
        return parse_autocomplete(response.body, language, limit)

    def suggest(self, text: str, language: str) -> str | None:
        # ``language`` is not needed: see suggest_body for why the vocabulary is bilingual.
        if not text.strip():
            return None
        with _unavailable("suggest"):
            response = self._client().search(index=self.alias, body=suggest_body(text))
        return corrected_text(text, response.body)

    def status(self) -> str:
        # Not through _unavailable: /health/ is polled, and an outage is already logged there.
        try:
            health = self._client().cluster.health()
        except SearchUnavailable as error:
            return str(error)
        except (ApiError, TransportError) as error:
            return f"unavailable: {_reason(error)}"
        if health["status"] in ("green", "yellow"):
            return "ok"
        return f"cluster health is {health['status']}"
