"""The knowledge base in the public search: how its pages and glossary terms become search
documents, the labels of its result types and taxonomy facets, the glossary that crosses
languages, and the ids the judged queries use (tests/search_eval). ``register()`` hands all
of it to search; KnowledgeConfig.ready() calls it, so search itself knows no knowledge model.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

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
from knowledge.ownership import owning_page_in, owning_pages_by_path
from knowledge.releases import sections_of
from knowledge.sections import plain_text
from knowledge.taxonomy import Authority, Jurisdiction, Modality, ProcessStage, QualityAttribute
from search import evaluation, facets, glossary
from search.engines.base import SearchDocument
from search.projection import (
    ProjectionContext,
    Source,
    lines,
    page_document,
    page_id_of,
    register,
    register_context,
    register_page_type,
    stream_text,
)

CENTRES = "knowledge.centres"  # context: centre pages by tree path (knowledge.ownership)
GLOSSARY_URLS = "knowledge.glossary_urls"  # context: language -> URL of the glossary page


# ---- pages --------------------------------------------------------------------------------
def sections_text(sections: list[dict]) -> str:
    """The plain text of structured sections (knowledge.sections), item by item."""
    parts = []
    for section in sections:
        parts.append(section.get("text", ""))
        for item in section.get("items", []):
            parts.append(item["title"])
            parts.extend(value for value in item["fields"].values() if isinstance(value, str))
    return "\n".join(part for part in parts if part)


def load_published_sections(pages: list[Page], context: ProjectionContext) -> None:
    """The structured sections of each controlled document's live version, from the snapshot
    recorded when it was published: one query per batch, where calling structured_sections()
    would resolve each page's references with queries of its own."""
    live_versions = reduce(or_, (Q(page_id=page.pk, number=page.version) for page in pages))
    context.batch["sections"] = dict(
        PublishedVersion.objects.filter(live_versions).values_list("page_id", "sections")
    )


def live_sections(page, context: ProjectionContext) -> list[dict]:
    sections = context.batch.get("sections", {}).get(page.pk)
    if sections is None:  # published without a snapshot, e.g. by a data migration
        sections = sections_of(page)
    return sections


def owner_fields(page, context: ProjectionContext) -> dict[str, str]:
    """The owning centre's code and its name in the page's language (its centre page's title)."""
    centre_page = owning_page_in(page, context.shared(CENTRES))
    if centre_page is None:
        return {}
    return {"centre": centre_page.centre.code, "centre_name": centre_page.title}


def project_protocol(page: ProtocolPage, context: ProjectionContext) -> list[SearchDocument]:
    return page_document(
        page,
        kind="protocol",
        body=sections_text(live_sections(page, context)),
        identifier=page.identifier,
        facets={"modality": page.modality, "process_stage": page.process_stage},
        date=page.effective_date,
        **owner_fields(page, context),
    )


def project_qc_method(page: QCMethodPage, context: ProjectionContext) -> list[SearchDocument]:
    return page_document(
        page,
        kind="qc_method",
        body=sections_text(live_sections(page, context)),
        identifier=page.identifier,
        facets={"quality_attribute": page.quality_attribute},
        date=page.effective_date,
        **owner_fields(page, context),
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
    return page_document(
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
    return page_document(
        page, kind="centre", body=body, identifier=page.short_name, **owner_fields(page, context)
    )


def project_information_page(
    page: InformationPage, context: ProjectionContext
) -> list[SearchDocument]:
    return page_document(page, kind="page", body=stream_text(page.body, rich_text=plain_text))


# ---- glossary -----------------------------------------------------------------------------
def glossary_urls() -> dict[str, str]:
    urls = {}
    for page in GlossaryPage.objects.live().public().select_related("locale"):
        url = page.get_url()
        if url:
            urls.setdefault(page.locale.language_code, url)
    return urls


def glossary_key(term_id: int, language: str) -> str:
    return f"glossary:{term_id}:{language}"


def glossary_term_id_of(key: str) -> int | None:
    prefix, _colon, rest = key.partition(":")
    number = rest.split(":", 1)[0]
    return int(number) if prefix == "glossary" and number.isdigit() else None


def glossary_keys(term: GlossaryTerm) -> list[str]:
    return [glossary_key(term.pk, code) for code, _name in settings.LANGUAGES]


def project_glossary_term(term: GlossaryTerm, context: ProjectionContext) -> list[SearchDocument]:
    """One document per language with a live glossary page to link to. The key uses the
    primary key, which survives a change of anchor."""
    documents = []
    for language, _name in settings.LANGUAGES:
        url = context.shared(GLOSSARY_URLS).get(language)
        if not url:
            continue
        documents.append(
            SearchDocument(
                key=glossary_key(term.pk, language),
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


def glossary_names() -> Iterable[list[str]]:
    """Each term's names for the query expansion: Dutch, English, abbreviation, synonyms."""
    for term in GlossaryTerm.objects.all():
        yield [term.term_nl, term.term_en, term.abbreviation, *term.synonym_list()]


def on_glossary_term_saved(sender, instance, raw=False, **kwargs):
    glossary.forget()


def on_glossary_term_deleted(sender, instance, **kwargs):
    glossary.forget()


# ---- facets -------------------------------------------------------------------------------
def centre_names(language: str) -> dict[str, str]:
    """Each live centre's name, in the reader's language where it has a translation."""
    names = {}
    rows = CentrePage.objects.live().values_list("centre__code", "title", "locale__language_code")
    for code, title, centre_language in rows:
        if centre_language == language or code not in names:
            names[code] = title
    return names


# ---- judged queries -----------------------------------------------------------------------
def judged_id(page: Page) -> str | None:
    """How tests/search_eval/judgements.json names a page: by what survives a reload of the
    demo content (identifier, reference, centre code); None for pages never judged."""
    if isinstance(page, ProtocolPage):
        return f"protocol:{page.identifier}"
    if isinstance(page, QCMethodPage):
        return f"qc_method:{page.identifier}"
    if isinstance(page, RegulatoryItemPage):
        return f"regulation:{page.reference}"
    if isinstance(page, CentrePage):
        return f"centre:{page.code}"
    return None


def judged_ids_of(keys: Collection[str]) -> dict[str, str]:
    """Index keys -> judged ids, in a few queries for a whole page of hits."""
    page_ids = {key: page_id_of(key) for key in keys}
    term_ids = {key: glossary_term_id_of(key) for key in keys}
    pages = {
        page.pk: judged_id(page)
        for page in Page.objects.filter(pk__in=page_ids.values()).specific()
    }
    slugs = dict(GlossaryTerm.objects.filter(pk__in=term_ids.values()).values_list("pk", "slug"))
    ids = {key: pages[page_id] for key, page_id in page_ids.items() if pages.get(page_id)}
    ids |= {key: f"glossary:{slugs[term]}" for key, term in term_ids.items() if term in slugs}
    return ids


def live_judged_ids() -> set[str]:
    ids = {f"glossary:{slug}" for slug in GlossaryTerm.objects.values_list("slug", flat=True)}
    for model in (ProtocolPage, QCMethodPage, RegulatoryItemPage, CentrePage):
        ids.update(filter(None, map(judged_id, model.objects.live())))
    return ids


# ---- registration -------------------------------------------------------------------------
def register_with_search() -> None:
    register_context(CENTRES, owning_pages_by_path)
    register_context(GLOSSARY_URLS, glossary_urls)
    register_page_type(ProtocolPage, project_protocol, prepare=load_published_sections)
    register_page_type(QCMethodPage, project_qc_method, prepare=load_published_sections)
    register_page_type(RegulatoryItemPage, project_regulation)
    register_page_type(CentrePage, project_centre)
    register_page_type(InformationPage, project_information_page)
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
    glossary.register_terms(glossary_names)
    post_save.connect(on_glossary_term_saved, sender=GlossaryTerm, dispatch_uid="knowledge.sg_s")
    post_delete.connect(
        on_glossary_term_deleted, sender=GlossaryTerm, dispatch_uid="knowledge.sg_d"
    )

    for code, label in (
        ("protocol", _("Protocol")),
        ("qc_method", _("QC method")),
        ("regulation", _("Regulation or guideline")),
        ("glossary", _("Glossary term")),
        ("centre", _("Member centre")),
        ("page", _("Information page")),
    ):
        facets.register_type(code, label)
    facets.register_facet("centre", _("Centre"), labels_for=centre_names)
    facets.register_facet("modality", _("Modality"), choices=Modality.choices)
    facets.register_facet("process_stage", _("Process stage"), choices=ProcessStage.choices)
    facets.register_facet(
        "quality_attribute", _("Quality attribute"), choices=QualityAttribute.choices
    )
    facets.register_facet("jurisdiction", _("Jurisdiction"), choices=Jurisdiction.choices)
    facets.register_facet("authority", _("Authority"), choices=Authority.choices)
    evaluation.register_judged_ids(of_keys=judged_ids_of, live=live_judged_ids)
