"""What the search index holds: SearchDocuments built from live, public content.

A registry maps each model to a ``Source``: the queryset of what may be shown to anyone (live,
no view restriction), how one object becomes documents, and the keys it may have left in the
index. Knowledge pages and glossary terms are registered here; other apps (consultations)
register their own sources the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, reduce
from operator import or_

from django.conf import settings
from django.db.models import Model, Q, QuerySet
from django.utils import timezone, translation
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.models import Page
from wagtail.rich_text import RichText

from knowledge.models import (
    CentrePage,
    GlossaryPage,
    GlossaryTerm,
    InformationPage,
    ProtocolPage,
    PublishedVersion,
    QCMethodPage,
    RegulatoryItemPage,
)
from knowledge.sections import plain_text
from knowledge.selectors import centres_by_path
from knowledge.taxonomy import Modality
from search.engines.base import SearchDocument

BATCH_SIZE = 200


@dataclass(frozen=True)
class Source:
    queryset: Callable[[], QuerySet]  # everything of this kind that anyone may see
    project: Callable[[Model, ProjectionContext], list[SearchDocument]]
    keys: Callable[[Model], list[str]]  # every key the object may have been indexed under
    # Loads what a whole batch needs into the context, so projecting costs no query per object.
    prepare: Callable[[list[Model], ProjectionContext], None] | None = None
    documents_per_object: int = 1
    # Pages whose change alters every document of this source (e.g. its URLs).
    depends_on_pages: type[Page] | None = None


SOURCES: dict[type[Model], Source] = {}


def register(model: type[Model], source: Source) -> None:
    SOURCES[model] = source


class ProjectionContext:
    """Lookups shared by every document of a run, each loaded once with one query."""

    def __init__(self):
        self.sections: dict[int, list[dict]] = {}  # page id -> sections, for the current batch

    @cached_property
    def centres(self) -> dict[str, CentrePage]:
        return centres_by_path()

    @cached_property
    def glossary_urls(self) -> dict[str, str]:
        urls = {}
        for page in GlossaryPage.objects.live().public().select_related("locale"):
            url = page.get_url()
            if url:
                urls.setdefault(page.locale.language_code, url)
        return urls

    def owner(self, page: Page) -> CentrePage | None:
        return self.centres.get(page.path[: -Page.steplen])


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
    if source.prepare is not None:
        source.prepare(batch, context)
    for item in batch:
        yield from source.project(item, context)


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
def sections_text(sections: list[dict]) -> str:
    """The plain text of structured sections (knowledge.sections), item by item."""
    parts = []
    for section in sections:
        parts.append(section.get("text", ""))
        for item in section.get("items", []):
            parts.append(item["title"])
            parts.extend(value for value in item["fields"].values() if isinstance(value, str))
    return "\n".join(part for part in parts if part)


def stream_text(value) -> str:
    """The readable text of any StreamField value: rich text as plain text, nested blocks
    walked; choosers, numbers and booleans carry no text of their own."""
    if isinstance(value, StreamValue):
        return "\n".join(filter(None, (stream_text(child.value) for child in value)))
    if isinstance(value, StructValue):
        return "\n".join(filter(None, (stream_text(item) for item in value.values())))
    if isinstance(value, ListValue | list | tuple):
        return "\n".join(filter(None, (stream_text(item) for item in value)))
    if isinstance(value, RichText):
        return plain_text(value)
    return value if isinstance(value, str) else ""


def lines(*parts) -> str:
    return "\n".join(str(part) for part in parts if part)


# ---- knowledge pages ----------------------------------------------------------------------
def load_published_sections(pages: list[Page], context: ProjectionContext) -> None:
    """The structured sections of each controlled document's live version, from the snapshot
    recorded when it was published: one query per batch, where calling structured_sections()
    would resolve each page's references with queries of its own."""
    live_versions = reduce(or_, (Q(page_id=page.pk, number=page.version) for page in pages))
    context.sections = dict(
        PublishedVersion.objects.filter(live_versions).values_list("page_id", "sections")
    )


def live_sections(page, context: ProjectionContext) -> list[dict]:
    sections = context.sections.get(page.pk)
    if sections is None:  # published without a snapshot, e.g. by a data migration
        with translation.override(page.locale.language_code):
            sections = page.structured_sections()
    return sections


def page_key(page_id: int) -> str:
    return f"page:{page_id}"


def page_keys(page: Page) -> list[str]:
    return [page_key(page.pk)]


def _page_document(page, *, kind: str, body: str, centre=None, **fields) -> list[SearchDocument]:
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
            summary=page.summary,
            centre=centre.code if centre else "",
            centre_name=centre.title if centre else "",
            **fields,
        )
    ]


def project_protocol(page: ProtocolPage, context: ProjectionContext) -> list[SearchDocument]:
    return _page_document(
        page,
        kind="protocol",
        body=sections_text(live_sections(page, context)),
        centre=context.owner(page),
        identifier=page.identifier,
        facets={"modality": page.modality, "process_stage": page.process_stage},
        date=page.effective_date,
    )


def project_qc_method(page: QCMethodPage, context: ProjectionContext) -> list[SearchDocument]:
    return _page_document(
        page,
        kind="qc_method",
        body=sections_text(live_sections(page, context)),
        centre=context.owner(page),
        identifier=page.identifier,
        facets={"quality_attribute": page.quality_attribute},
        date=page.effective_date,
    )


def project_regulation(
    page: RegulatoryItemPage, context: ProjectionContext
) -> list[SearchDocument]:
    with translation.override(page.locale.language_code):
        body = lines(
            plain_text(page.plain_summary),
            plain_text(page.implications),
            page.get_instrument_type_display(),
            page.get_topic_display(),
            page.get_authority_display(),
            page.get_jurisdiction_display(),
            page.get_legal_status_display(),
        )
    return _page_document(
        page,
        kind="regulation",
        body=body,
        identifier=page.reference,
        facets={"jurisdiction": page.jurisdiction, "authority": page.authority},
        date=page.applicable_date or page.adopted_date,
    )


def project_centre(page: CentrePage, context: ProjectionContext) -> list[SearchDocument]:
    modalities = dict(Modality.choices)
    with translation.override(page.locale.language_code):
        body = lines(
            plain_text(page.description),
            plain_text(page.gmp_facilities),
            page.city,
            page.get_kind_display(),
            *(modalities[code] for code in page.expertise if code in modalities),
        )
    return _page_document(page, kind="centre", body=body, centre=page, identifier=page.short_name)


def project_information_page(
    page: InformationPage, context: ProjectionContext
) -> list[SearchDocument]:
    return _page_document(page, kind="page", body=stream_text(page.body))


def register_page_type(model: type[Page], project, prepare=None) -> None:
    register(
        model,
        Source(
            queryset=lambda: model.objects.live().public().select_related("locale"),
            project=project,
            keys=page_keys,
            prepare=prepare,
        ),
    )


register_page_type(ProtocolPage, project_protocol, prepare=load_published_sections)
register_page_type(QCMethodPage, project_qc_method, prepare=load_published_sections)
register_page_type(RegulatoryItemPage, project_regulation)
register_page_type(CentrePage, project_centre)
register_page_type(InformationPage, project_information_page)


# ---- glossary -----------------------------------------------------------------------------
def glossary_keys(term: GlossaryTerm) -> list[str]:
    return [f"glossary:{term.pk}:{code}" for code, _name in settings.LANGUAGES]


def project_glossary_term(term: GlossaryTerm, context: ProjectionContext) -> list[SearchDocument]:
    """One document per language with a live glossary page to link to. The key uses the
    primary key, which survives a change of anchor."""
    documents = []
    for language, _name in settings.LANGUAGES:
        url = context.glossary_urls.get(language)
        if not url:
            continue
        documents.append(
            SearchDocument(
                key=f"glossary:{term.pk}:{language}",
                group=f"glossary:{term.slug}",
                type="glossary",
                language=language,
                title=term.term(language),
                identifier=term.abbreviation,
                body=lines(term.definition(language), term.other_term(language), term.synonyms),
                url=f"{url}#{term.slug}",
            )
        )
    return documents


register(
    GlossaryTerm,
    Source(
        queryset=lambda: GlossaryTerm.objects.all(),
        project=project_glossary_term,
        keys=glossary_keys,
        documents_per_object=len(settings.LANGUAGES),
        depends_on_pages=GlossaryPage,
    ),
)
