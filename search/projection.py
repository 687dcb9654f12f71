"""What the search index holds: SearchDocuments built from live, public content.

A registry maps each model to a ``Source``: the queryset of what may be shown to anyone (live,
no view restriction), how one object becomes documents, and the keys it may have left in the
index. Search knows no domain: each domain app registers its own sources from its
``AppConfig.ready()`` (knowledge/search.py for the knowledge base), using the generic helpers
below for pages and StreamField text.

Lookups that many documents of a run share (a page's owning centre, the glossary's URL) are
registered too, with ``register_context``, and loaded once per run by ``ProjectionContext``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from django.db.models import Model, QuerySet
from django.utils import timezone
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.models import Page
from wagtail.rich_text import RichText

from search.engines.base import SearchDocument

BATCH_SIZE = 200


@dataclass(frozen=True)
class Source:
    queryset: Callable[[], QuerySet]  # everything of this kind that anyone may see
    project: Callable[[Model, ProjectionContext], list[SearchDocument]]
    keys: Callable[[Model], list[str]]  # every key the object may have been indexed under
    # Loads what a whole batch needs into ``context.batch``, so projecting costs no query per
    # object.
    prepare: Callable[[list[Model], ProjectionContext], None] | None = None
    documents_per_object: int = 1
    # Pages whose change alters every document of this source (e.g. its URLs).
    depends_on_pages: type[Page] | None = None


SOURCES: dict[type[Model], Source] = {}
CONTEXT_LOADERS: dict[str, Callable[[], Any]] = {}
# What another app adds to the documents of any source (e.g. harmonisation marks the pages of
# its references with a facet value): called once per batch, it returns the documents.
Enricher = Callable[[list[SearchDocument], "ProjectionContext"], list[SearchDocument]]
ENRICHERS: list[Enricher] = []


def register(model: type[Model], source: Source) -> None:
    SOURCES[model] = source


def register_enricher(enricher: Enricher) -> None:
    """Let an app add to documents it does not project itself, e.g. a facet value."""
    ENRICHERS.append(enricher)


def register_context(name: str, loader: Callable[[], Any]) -> None:
    """A lookup shared by the documents of a run, read with ``context.shared(name)``."""
    CONTEXT_LOADERS[name] = loader


class ProjectionContext:
    """Lookups shared by every document of a run, each loaded once (when first asked for),
    and what the current batch's ``Source.prepare`` loaded."""

    def __init__(self):
        self.batch: dict[str, Any] = {}
        self._shared: dict[str, Any] = {}

    def shared(self, name: str) -> Any:
        if name not in self._shared:
            self._shared[name] = CONTEXT_LOADERS[name]()
        return self._shared[name]


# ---- projecting ---------------------------------------------------------------------------
def _in_batches(queryset: QuerySet, size: int) -> Iterator[list[Model]]:
    """Keyset pagination: the same small number of queries for every batch."""
    queryset = queryset.order_by("pk")
    batch = list(queryset[:size])
    while batch:
        yield batch
        if len(batch) < size:
            return
        batch = list(queryset.filter(pk__gt=batch[-1].pk)[:size])


def _project(source: Source, batch: list[Model], context: ProjectionContext):
    context.batch = {}
    if source.prepare is not None:
        source.prepare(batch, context)
    documents = [document for item in batch for document in source.project(item, context)]
    for enricher in ENRICHERS:
        documents = enricher(documents, context)
    yield from documents


def all_documents(batch_size: int = BATCH_SIZE) -> Iterator[SearchDocument]:
    context = ProjectionContext()
    for source in SOURCES.values():
        for batch in _in_batches(source.queryset(), batch_size):
            yield from _project(source, batch, context)


def count_documents() -> int:
    """How many documents ``all_documents`` will yield, near enough for a progress bar."""
    return sum(
        source.queryset().count() * source.documents_per_object for source in SOURCES.values()
    )


def documents_for(objects: Iterable[Model], context: ProjectionContext) -> list[SearchDocument]:
    """The documents of some objects of registered models."""
    by_model: dict[type[Model], list[Model]] = {}
    for item in objects:
        by_model.setdefault(type(item), []).append(item)
    return [
        document
        for model, batch in by_model.items()
        for document in _project(SOURCES[model], batch, context)
    ]


# ---- text ---------------------------------------------------------------------------------
def stream_text(value, *, rich_text: Callable[[RichText], str]) -> str:
    """The readable text of any StreamField value: rich text through ``rich_text`` (the
    owning app's plain-text conversion), nested blocks walked; choosers, numbers and booleans
    carry no text of their own."""
    if isinstance(value, StreamValue):
        parts = (stream_text(child.value, rich_text=rich_text) for child in value)
    elif isinstance(value, StructValue):
        parts = (stream_text(item, rich_text=rich_text) for item in value.values())
    elif isinstance(value, ListValue | list | tuple):
        parts = (stream_text(item, rich_text=rich_text) for item in value)
    elif isinstance(value, RichText):
        return rich_text(value)
    else:
        return value if isinstance(value, str) else ""
    return "\n".join(filter(None, parts))


def lines(*parts) -> str:
    return "\n".join(str(part) for part in parts if part)


# ---- pages --------------------------------------------------------------------------------
def page_key(page_id: int) -> str:
    return f"page:{page_id}"


def page_id_of(key: str) -> int | None:
    """The page id in a key made by ``page_key``; None for any other key."""
    prefix, _colon, number = key.partition(":")
    return int(number) if prefix == "page" and number.isdigit() else None


def page_keys(page: Page) -> list[str]:
    return [page_key(page.pk)]


def page_document(page, *, kind: str, body: str, **fields) -> list[SearchDocument]:
    """The one document of a live page, linked to its URL, grouped with its translations."""
    url = page.get_url()
    if not url:  # not routable in any site, so nothing to link to
        return []
    fields.setdefault(
        "date", timezone.localdate(page.last_published_at) if page.last_published_at else None
    )
    return [
        SearchDocument(
            key=page_key(page.pk),
            group=f"page:{page.translation_key}",
            type=kind,
            language=page.locale.language_code,
            title=page.title,
            body=body,
            url=url,
            summary=getattr(page, "summary", ""),
            **fields,
        )
    ]


def register_page_type(model: type[Page], project, prepare=None) -> None:
    """Index the live, public pages of ``model``; page signals keep them up to date."""
    register(
        model,
        Source(
            queryset=lambda: model.objects.live().public().select_related("locale"),
            project=project,
            keys=page_keys,
            prepare=prepare,
        ),
    )
