"""The contract every search engine implements. The query service (search/service.py) talks
only to this interface, so the search page and the JSON API have one code path."""

from __future__ import annotations

import datetime
from collections.abc import Hashable, Iterable, Iterator
from dataclasses import dataclass, field

FACETS = (
    "type",
    "centre",
    "modality",
    "process_stage",
    "quality_attribute",
    "jurisdiction",
    "authority",
    "harmonisation",  # "reference" on the consortium's harmonised references
    "language",
)


@dataclass(frozen=True)
class SearchDocument:
    """What is indexed for one findable thing (a live page, or a glossary term in one language).

    ``key`` is unique per document ("page:42", "glossary:atmp:nl"); ``group`` is shared by the
    language versions of the same thing (a page's translation_key), so results can show it once.
    """

    key: str
    group: str
    type: str  # protocol | qc_method | regulation | glossary | centre | page | consultation
    language: str  # nl | en
    title: str
    body: str
    url: str
    summary: str = ""
    identifier: str = ""
    centre: str = ""  # owning centre code, "" for DARE-NL-wide content
    centre_name: str = ""
    facets: dict[str, str] = field(default_factory=dict)  # modality, process_stage, ...
    date: datetime.date | None = None
    # How much a match in this document counts, as a factor (1: as any other). A domain app
    # sets it through a projection enricher: a harmonised reference ranks above the centres'
    # local copies that repeat its words.
    prominence: float = 1.0


@dataclass(frozen=True)
class SearchQuery:
    text: str  # already length-capped and normalised by the service
    language: str  # the reader's language: stemming and result preference
    expansions: tuple[str, ...] = ()  # glossary counterparts, searched as alternatives
    # The glossary terms the text names, as typed, with their other names: an engine may let
    # each term match by any of its names on its own (``glossary.terms``).
    terms: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # All but one of the words (or terms, or phrases) must match instead of all: the service
    # asks for this when matching every word finds nothing.
    relaxed: bool = False
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)  # facet -> allowed values
    sort: str = "relevance"  # relevance | date
    offset: int = 0
    limit: int = 10


@dataclass(frozen=True)
class RankedVersion:
    """One matching language version, in result order, before versions are collapsed. ``key``
    and ``group`` are the engine's handles for the version and its group: the document's key
    and group, or numbers standing for them."""

    key: Hashable
    group: Hashable
    language: str
    score: float


@dataclass
class SearchHit:
    key: str
    group: str
    title: str
    url: str
    type: str
    centre: str
    centre_name: str
    language: str
    snippet: str  # HTML-safe: only <mark> tags, everything else escaped
    score: float
    date: datetime.date | None = None


@dataclass
class SearchResults:
    count: int
    hits: list[SearchHit]
    facets: dict[str, dict[str, int]]  # facet -> value -> count (for the current query)


class SearchEngine:
    """Base class. Engines must treat any query text as data (never as query syntax except
    for double-quoted phrases), and must never raise for user input.

    An engine answers about language *versions*; the query service (``search.service``)
    collapses them into one result per ``group`` in the reader's language, for every engine
    alike. Counts are of groups, so they agree with what the reader sees."""

    name = "base"

    def index(self, documents: Iterable[SearchDocument]) -> int:
        """Insert or replace documents; returns how many were written."""
        raise NotImplementedError

    def delete(self, keys: Iterable[str]) -> None:
        raise NotImplementedError

    def replace(self, documents: list[SearchDocument], stale: list[str]) -> None:
        """Index ``documents`` and delete ``stale`` keys, as one change."""
        self.index(documents)
        self.delete(stale)

    def rebuild(self, documents: Iterator[SearchDocument], progress=None) -> int:
        """Replace the whole index; searches keep answering from the old index meanwhile."""
        raise NotImplementedError

    def ranked(self, query: SearchQuery, window: int) -> list[RankedVersion]:
        """The first ``window`` matching versions in result order (``query.sort``; by
        relevance, a version in the reader's language ranks above the same match in the
        other). ``query.offset`` and ``query.limit`` are the service's business."""
        raise NotImplementedError

    def groups_matching_in(
        self, query: SearchQuery, groups: Iterable[Hashable], language: str
    ) -> set[Hashable]:
        """Which of ``groups`` have a version in ``language`` that matches ``query``."""
        raise NotImplementedError

    def tally(self, query: SearchQuery) -> tuple[int, dict[str, dict[str, int]]]:
        """The number of matching groups, and per facet the matching groups per value with
        every *other* facet's filter applied."""
        raise NotImplementedError

    def hits(self, query: SearchQuery, versions: list[RankedVersion]) -> list[SearchHit]:
        """The results shown for these versions, in this order, with snippets."""
        raise NotImplementedError

    def autocomplete(self, prefix: str, language: str, limit: int = 8) -> list[str]:
        raise NotImplementedError

    def suggest(self, text: str, language: str) -> str | None:
        """A corrected query for a misspelt one ("did you mean"), or None."""
        raise NotImplementedError

    def status(self) -> str:
        """ "ok" or a short reason; used by /health/."""
        raise NotImplementedError

    def document_count(self) -> int:
        """Documents in the index (language versions), for /health/."""
        raise NotImplementedError
