"""The one search service: the search page and the JSON API read through ``search`` and
``autocomplete``; signal receivers and the rebuild command write through the functions below
them. Nothing else talks to an engine.

Engines: Tantivy, embedded (an index directory, whatever the database), unless
``settings.SEARCH_ENGINE`` is "elasticsearch". Then the Tantivy index is kept up to date as
well and answers whenever Elasticsearch cannot (module missing, server unreachable, any
error), with a note to the reader; Elasticsearch is then left alone for
``RETRY_EXTERNAL_AFTER`` seconds so a dead server does not cost every request a timeout.

Language versions: engines answer about versions; ``collapsed_search`` shows one result per
``group``, preferring the reader's language, and counts and paginates those collapsed results,
so counts, pages and facets agree with what the reader sees, on every engine.
"""

from __future__ import annotations

import importlib
import logging
import math
import time
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import TypeVar

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.db.models import Model
from django.utils.translation import gettext as _
from wagtail.models import Page

from dare_platform.page_cache import invalidate_page_cache
from search import glossary
from search.engines.base import (
    FACETS,
    RankedVersion,
    SearchEngine,
    SearchHit,
    SearchQuery,
    SearchResults,
)
from search.facets import FACET_LABELS, FacetCatalogue
from search.projection import (
    SOURCES,
    ProjectionContext,
    all_documents,
    count_documents,
    documents_for,
    page_key,
)
from search.query import parse
from search.stemming import clean

logger = logging.getLogger(__name__)

SORTS = ("relevance", "date")
DEFAULT_PAGE_SIZE = 10
MAX_PAGE_SIZE = 50
MAX_PAGE = 1000  # deeper pages are not useful, and offsets must stay small integers
SUGGEST_BELOW = 3  # "did you mean" when a query finds fewer results than this
AUTOCOMPLETE_MIN_LENGTH = 2
AUTOCOMPLETE_LIMIT = 8
RETRY_EXTERNAL_AFTER = 30  # seconds

# Collapsing versions: the first window of ranked versions holds this many per wanted result.
WINDOW_FACTOR = 10
WINDOW_MARGIN = 50

EMBEDDED = "tantivy"
ELASTICSEARCH = "elasticsearch"
ENGINES = {
    EMBEDDED: ("search.engines.tantivy", "TantivyEngine"),
    ELASTICSEARCH: ("search.engines.elasticsearch", "ElasticsearchEngine"),
}

T = TypeVar("T")

_engines: dict[str, SearchEngine] = {}
_external_retry_at = 0.0


# ---- choosing an engine --------------------------------------------------------------------
def configured_engine_name() -> str:
    name = settings.SEARCH_ENGINE or EMBEDDED
    if name not in ENGINES:
        raise ImproperlyConfigured(
            f"SEARCH_ENGINE={name!r} is not a search engine; use {EMBEDDED!r}, "
            f"{ELASTICSEARCH!r} or leave it empty."
        )
    return name


def engines_in_use() -> list[str]:
    """The configured engine and, behind an external one, the embedded engine."""
    return list(dict.fromkeys([configured_engine_name(), EMBEDDED]))


def get_engine(name: str) -> SearchEngine:
    if name not in _engines:
        module_name, class_name = ENGINES[name]
        _engines[name] = getattr(importlib.import_module(module_name), class_name)()
    return _engines[name]


def reset_engines() -> None:
    """Forget engine instances and outages (connected to ``setting_changed``)."""
    global _external_retry_at
    _engines.clear()
    _external_retry_at = 0.0


def _ask(question: Callable[[SearchEngine], T]) -> tuple[T, bool]:
    """Ask the configured engine; an external engine that fails is replaced by the database
    engine. Returns the answer and whether it came from that backup."""
    global _external_retry_at
    primary, database = configured_engine_name(), EMBEDDED
    if primary == database:
        return question(get_engine(database)), False
    if time.monotonic() >= _external_retry_at:
        try:
            return question(get_engine(primary)), False
        except Exception:  # any failure of an external engine means: use the backup
            logger.warning(
                "search engine %s failed; answering from %s", primary, database, exc_info=True
            )
            _external_retry_at = time.monotonic() + RETRY_EXTERNAL_AFTER
    return question(get_engine(database)), True


def engine_status() -> str:
    """One line for /health/: "ok", or what is wrong and what answers instead."""
    primary, database = configured_engine_name(), EMBEDDED
    statuses = {}
    for name in engines_in_use():
        try:
            statuses[name] = get_engine(name).status()
        except Exception as error:  # a probe reports failures instead of raising
            statuses[name] = f"unavailable ({error.__class__.__name__})"
    if statuses[primary] == "ok":
        return "ok"
    if primary != database and statuses[database] == "ok":
        return f"degraded: {primary} {statuses[primary]}; searches use the {database} backup"
    return f"{primary}: {statuses[primary]}"


# ---- reading -------------------------------------------------------------------------------
@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    name: str
    label: str
    options: list[FacetOption]


@dataclass
class SearchOutcome:
    query: str  # what was searched, after cleaning and capping
    language: str
    filters: dict[str, tuple[str, ...]]
    sort: str
    page: int
    page_size: int
    count: int = 0
    hits: list[SearchHit] = field(default_factory=list)
    facet_counts: dict[str, dict[str, int]] = field(default_factory=dict)
    facets: list[Facet] = field(default_factory=list)
    suggestion: str | None = None
    # Set when ``query`` found nothing and the results are those of this spelling correction.
    corrected_query: str | None = None
    # Set when no result matched every word and these match all words but one.
    relaxed: bool = False
    notices: list[str] = field(default_factory=list)  # for the reader, already translated
    ignored_filters: list[str] = field(default_factory=list)  # "facet=value"
    from_backup: bool = False

    @property
    def searched_query(self) -> str:
        """The query whose results these are."""
        return self.corrected_query or self.query

    @property
    def num_pages(self) -> int:
        return max(1, math.ceil(self.count / self.page_size))

    @property
    def chosen_filter_count(self) -> int:
        """Facet values the reader ticked, said on the filters' toggle when it is closed."""
        return sum(len(values) for values in self.filters.values())


def normalise_query(text: str) -> tuple[str, bool]:
    """Without control characters and repeated spaces, capped at SEARCH_QUERY_MAX_LENGTH;
    also says whether it had to be shortened."""
    text = " ".join(clean(text or "").split())
    limit = settings.SEARCH_QUERY_MAX_LENGTH
    return text[:limit].rstrip(), len(text) > limit


def clean_filters(
    raw: Mapping[str, str | Iterable[str]], catalogue: FacetCatalogue
) -> tuple[dict[str, tuple[str, ...]], list[str]]:
    """Known facet values, and the unknown ones as "facet=value" (those are ignored)."""
    filters, ignored = {}, []
    for facet in FACETS:
        values = raw.get(facet) or ()
        values = [values] if isinstance(values, str) else values
        known = []
        for value in dict.fromkeys(" ".join(clean(value).split()) for value in values):
            if catalogue.knows(facet, value):
                known.append(value)
            elif value:
                ignored.append(f"{facet}={value[:40]}")
        if known:
            filters[facet] = tuple(known)
    return filters, ignored


def search(
    text: str,
    *,
    language: str,
    filters: Mapping[str, str | Iterable[str]] | None = None,
    sort: str = "relevance",
    page: int = 1,
    page_size: int = DEFAULT_PAGE_SIZE,
    correct: bool = True,
) -> SearchOutcome:
    """Search for a reader. Never raises for what the reader typed or chose. A query that
    finds nothing shows the results of its spelling correction unless ``correct`` is off."""
    languages = [code for code, _name in settings.LANGUAGES]
    language = language if language in languages else settings.LANGUAGE_CODE
    catalogue = FacetCatalogue(language)
    query, truncated = normalise_query(text)
    clean_filter_values, ignored = clean_filters(filters or {}, catalogue)
    outcome = SearchOutcome(
        query=query,
        language=language,
        filters=clean_filter_values,
        sort=sort if sort in SORTS else "relevance",
        page=min(max(page, 1), MAX_PAGE),
        page_size=min(max(page_size, 1), MAX_PAGE_SIZE),
        ignored_filters=ignored,
    )
    if truncated:
        outcome.notices.append(
            _("Your search was shortened to its first %(limit)s characters.")
            % {"limit": settings.SEARCH_QUERY_MAX_LENGTH}
        )
    if ignored:
        outcome.notices.append(
            _("Some filters were not understood and have been ignored: %(filters)s")
            % {"filters": ", ".join(ignored)}
        )
    if parse(query).is_empty:
        if query:
            outcome.notices.append(_("Type at least one word or number to search for."))
        return outcome

    results, from_backup = _results(outcome, query)
    outcome.count, outcome.hits, outcome.facet_counts = results.count, results.hits, results.facets
    outcome.facets = _facets(results, outcome.filters, catalogue)
    if results.count < SUGGEST_BELOW:
        suggestion, suggestion_from_backup = _ask(lambda engine: engine.suggest(query, language))
        from_backup = from_backup or suggestion_from_backup
        if suggestion and suggestion.casefold() != query.casefold():
            outcome.suggestion = suggestion
    if correct and not results.count and outcome.suggestion:
        from_backup = _show_correction(outcome, catalogue) or from_backup
    if not outcome.count and _conditions(query) > 1:
        from_backup = _show_relaxed(outcome, catalogue) or from_backup
    if from_backup:
        outcome.from_backup = True
        outcome.notices.append(
            _(
                "These results come from our backup search and may be less complete. "
                "Your search is fine; please try again later for the full results."
            )
        )
    return outcome


def _results(
    outcome: SearchOutcome, text: str, *, relaxed: bool = False
) -> tuple[SearchResults, bool]:
    """The results of ``text`` on the outcome's page (a page past the last shows the last),
    and whether the backup engine gave them."""
    searched = replace(outcome, query=text, relaxed=relaxed)
    expansions = glossary.expansions(text), glossary.terms(text)
    results, from_backup = _ask(
        lambda engine: collapsed_search(engine, _engine_query(searched, *expansions))
    )
    if not results.hits and results.count and searched.page > 1:  # past the last page
        outcome.page = searched.page = math.ceil(results.count / outcome.page_size)
        results, from_backup = _ask(
            lambda engine: collapsed_search(engine, _engine_query(searched, *expansions))
        )
    return results, from_backup


def _conditions(text: str) -> int:
    """How many words and quoted phrases ``text`` asks for."""
    parsed = parse(text)
    return len(parsed.plain.split()) + len(parsed.phrases)


def _show_relaxed(outcome: SearchOutcome, catalogue: FacetCatalogue) -> bool:
    """No result has every word, even after a correction: show those that have all but one,
    saying so (a word the content does not use, such as one in the other language, need not
    hide everything else). Returns whether the backup engine answered."""
    results, from_backup = _results(outcome, outcome.query, relaxed=True)
    if results.count:
        outcome.relaxed = True
        outcome.count, outcome.hits = results.count, results.hits
        outcome.facet_counts = results.facets
        outcome.facets = _facets(results, outcome.filters, catalogue)
        outcome.notices.append(
            _("No result contains all of your words; these contain all of them but one.")
        )
    return from_backup


def _show_correction(outcome: SearchOutcome, catalogue: FacetCatalogue) -> bool:
    """The query found nothing: show the results of its correction instead, as people know
    from large search engines ("Showing results for …; search instead for …"). A correction
    that finds nothing either is not offered. Returns whether the backup engine answered."""
    correction = outcome.suggestion
    results, from_backup = _results(outcome, correction)
    outcome.suggestion = None
    if results.count:
        outcome.corrected_query = correction
        outcome.count, outcome.hits = results.count, results.hits
        outcome.facet_counts = results.facets
        outcome.facets = _facets(results, outcome.filters, catalogue)
    return from_backup


def collapse_page(
    ranked: Callable[[int], list[RankedVersion]],
    reader_versions: Callable[[list[Hashable]], set[Hashable]],
    offset: int,
    limit: int,
    language: str,
) -> list[RankedVersion]:
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
        best: dict[Hashable, RankedVersion] = {}
        reader: dict[Hashable, RankedVersion] = {}
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


def collapsed_search(engine: SearchEngine, query: SearchQuery) -> SearchResults:
    """One result per group in the reader's language, counted and paginated as shown."""
    count, facets = engine.tally(query)
    shown = collapse_page(
        lambda window: engine.ranked(query, window),
        lambda groups: engine.groups_matching_in(query, groups, query.language),
        max(query.offset, 0),
        max(query.limit, 0),
        query.language,
    )
    return SearchResults(count=count, hits=engine.hits(query, shown), facets=facets)


def _engine_query(
    outcome: SearchOutcome,
    expansions: tuple[str, ...],
    terms: tuple[tuple[str, tuple[str, ...]], ...] = (),
) -> SearchQuery:
    return SearchQuery(
        text=outcome.query,
        language=outcome.language,
        expansions=expansions,
        terms=terms,
        relaxed=outcome.relaxed,
        filters=outcome.filters,
        sort=outcome.sort,
        offset=(outcome.page - 1) * outcome.page_size,
        limit=outcome.page_size,
    )


def _facets(results: SearchResults, filters, catalogue: FacetCatalogue) -> list[Facet]:
    """Every facet with a value to offer; chosen values stay visible even when nothing
    matches them, so they can be unticked."""
    facets = []
    for name in FACETS:
        counts = dict(results.facets.get(name, {}))
        for value in filters.get(name, ()):
            counts.setdefault(value, 0)
        options = [
            FacetOption(
                value=value,
                label=catalogue.label(name, value),
                count=count,
                selected=value in filters.get(name, ()),
            )
            for value, count in counts.items()
        ]
        if options:
            options.sort(key=lambda option: (-option.count, option.label.casefold()))
            facets.append(Facet(name=name, label=str(FACET_LABELS[name]), options=options))
    return facets


def autocomplete(prefix: str, *, language: str) -> list[str]:
    prefix, _truncated = normalise_query(prefix)
    if len(prefix) < AUTOCOMPLETE_MIN_LENGTH:
        return []
    suggestions, _from_backup = _ask(
        lambda engine: engine.autocomplete(prefix, language, AUTOCOMPLETE_LIMIT)
    )
    return suggestions


# ---- writing -------------------------------------------------------------------------------
def _write(change: Callable[[SearchEngine], object]) -> None:
    """Apply an index change once the caller's transaction has committed (an index never
    shows what a rollback undid), to every engine in use; a failing index is logged and never
    undoes a publication. Cached search pages are dropped."""
    invalidate_page_cache()
    on_commit(lambda: _write_now(change))


def _write_now(change: Callable[[SearchEngine], object]) -> None:
    try:
        change(get_engine(EMBEDDED))
    except Exception:  # publishing must not fail because the index could not be written
        logger.exception("updating the search index failed; run rebuild_search_index")
    primary = configured_engine_name()
    if primary != EMBEDDED:
        _write_external(primary, change)
    invalidate_page_cache()


def on_commit(callback: Callable[[], None]) -> None:
    """``transaction.on_commit``; tests that publish inside their test transaction run the
    callback at once instead (search/tests/conftest.py)."""
    transaction.on_commit(callback)


def _write_external(name: str, change: Callable[[SearchEngine], object]) -> None:
    if time.monotonic() < _external_retry_at:
        logger.warning("search engine %s is down; its index misses a change: rebuild it", name)
        return
    try:
        change(get_engine(name))
    except Exception:  # an unreachable external engine must not break publishing
        logger.warning(
            "updating the %s search index failed; run rebuild_search_index --engine %s",
            name,
            name,
            exc_info=True,
        )


def _replace(documents, keys: Iterable[str]) -> None:
    """Index ``documents`` and remove whichever of ``keys`` they no longer cover."""
    stale = sorted(set(keys) - {document.key for document in documents})
    _write(lambda engine: engine.replace(documents, stale))


def _reindex_pages(pages) -> None:
    """Reindex some pages: what is still live and public is projected again, the rest is
    removed; sources that depend on one of these pages (glossary URLs) are redone whole."""
    rows = list(pages.values_list("pk", "content_type_id"))
    if not rows:
        return
    models = {
        ContentType.objects.get_for_id(content_type_id).model_class()
        for _pk, content_type_id in rows
    }
    ids = [pk for pk, _content_type_id in rows]
    context = ProjectionContext()
    documents, keys = [], [page_key(pk) for pk in ids]
    for model, source in SOURCES.items():
        if model in models:
            documents += documents_for(source.queryset().filter(pk__in=ids), context)
        elif source.depends_on_pages in models:
            objects = list(source.queryset())
            documents += documents_for(objects, context)
            keys += [key for item in objects for key in source.keys(item)]
    _replace(documents, keys)


def index_page(page: Page) -> None:
    """A page was published: reindex it and its children (whose owner or URL it gives)."""
    _reindex_pages(
        Page.objects.descendant_of(page, inclusive=True).filter(depth__lte=page.depth + 1)
    )


def reindex_subtree(page: Page) -> None:
    """A page moved, changed its slug or its privacy: everything below it may have too."""
    _reindex_pages(Page.objects.descendant_of(page, inclusive=True))


def remove_page(page: Page) -> None:
    _write(lambda engine: engine.delete([page_key(page.pk)]))


def index_object(item: Model) -> None:
    """An object of a registered model that is not a page (a glossary term) changed."""
    source = SOURCES[type(item)]
    visible = source.queryset().filter(pk=item.pk)
    _replace(documents_for(visible, ProjectionContext()), source.keys(item))


def remove_object(item: Model) -> None:
    keys = SOURCES[type(item)].keys(item)
    _write(lambda engine: engine.delete(keys))


def document_count() -> int:
    return count_documents()


def rebuild(progress=None, *, engine: str | None = None) -> int:
    """Rebuild one engine's index (default: the configured one) from the database."""
    name = engine or configured_engine_name()
    if name not in engines_in_use():
        raise ImproperlyConfigured(f"The {name} search engine is not in use on this site.")
    written = get_engine(name).rebuild(all_documents(), progress)
    invalidate_page_cache()
    return written
