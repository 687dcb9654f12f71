"""Read-side queries for knowledge pages. Every function here runs a fixed number of queries,
however many pages it returns."""

import re
from collections import OrderedDict
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Q
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from dare_platform.page_cache import cached_until_publication
from knowledge import annotations, filters
from knowledge.models import (
    CentreIndexPage,
    CentrePage,
    GlossaryPage,
    GlossaryTerm,
    GlossaryTermExclusion,
    ProtocolIndexPage,
    ProtocolPage,
    QCMethodIndexPage,
    QCMethodPage,
    RegulatoryIndexPage,
    RegulatoryItemPage,
)
from knowledge.ownership import owning_page_in, owning_pages_by_path

PAGE_SIZE = 20
GLOSSARY_CACHE_KEY = "knowledge:glossary-matcher:v2"
PHARMACOPOEIA_PREFIX = "Ph. Eur. "
PHARMACOPOEIA_CHAPTER = re.compile(r"Ph\. Eur\. \d+(?:\.\d+)*")


def in_reader_language(queryset, locale: Locale):
    """Pages in ``locale`` plus pages that exist only in another language, so no protocol is
    hidden from a reader just because nobody translated it yet."""
    translated_keys = Page.objects.filter(locale=locale).values("translation_key")
    return queryset.filter(
        Q(locale=locale) | (~Q(locale=locale) & ~Q(translation_key__in=translated_keys))
    )


def centres_for_listing(*, locale: Locale):
    return CentrePage.objects.live().public().filter(locale=locale).order_by("title")


def centre_choices(locale: Locale):
    return list(centres_for_listing(locale=locale).values_list("code", "title"))


LISTINGS = {
    ProtocolPage: {
        "form": filters.ProtocolFilterForm,
        "fields": ["modality", "process_stage", "status"],
        "dated": "effective_date",
    },
    QCMethodPage: {
        "form": filters.QCMethodFilterForm,
        "fields": ["quality_attribute", "validation_status"],
        "dated": "effective_date",
    },
    RegulatoryItemPage: {
        "form": filters.RegulatoryFilterForm,
        "fields": ["jurisdiction", "authority", "topic", "instrument_type", "legal_status"],
        "dated": "applicable_date",
    },
}


def _centre_filter(model, code: str) -> Q:
    paths = list(CentrePage.objects.filter(centre__code=code).values_list("path", flat=True))
    owned = Q(pk__in=[])
    for path in paths:
        owned |= Q(path__startswith=path)
    if model is QCMethodPage:
        owned |= Q(performed_by__centre__code=code)
    return owned


def filtered_listing(request, model, *, locale: Locale) -> dict:
    """Filter, sort and paginate an index page. Invalid values are reported and ignored."""
    config = LISTINGS[model]
    form = config["form"](request.GET, centre_choices=centre_choices(locale))
    form.is_valid()
    active = form.active_filters()

    queryset = in_reader_language(model.objects.live().public(), locale)
    for name in config["fields"]:
        if active.get(name):
            queryset = queryset.filter(**{name: active[name]})
    if active.get("centre"):
        queryset = queryset.filter(_centre_filter(model, active["centre"])).distinct()

    sort = form.cleaned_data.get("sort") if "sort" not in form.errors else ""
    if sort == "recent":
        queryset = queryset.order_by(f"-{config['dated']}", "title")
    else:
        queryset = queryset.order_by("title")

    paginator = Paginator(queryset.select_related("locale"), PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    centre_pages = owning_pages_by_path()
    annotations.annotate(page_obj.object_list)  # e.g. "harmonised reference", by other apps
    results = [(item, owning_page_in(item, centre_pages)) for item in page_obj.object_list]
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "filter_form": form,
        "active_filters": active,
        "page_obj": page_obj,
        "results": results,
        "result_count": paginator.count,
        "query_without_page": query.urlencode(),
    }


def documents_of_centre(centre: CentrePage):
    protocols = ProtocolPage.objects.live().public().child_of(centre).order_by("identifier")
    qc_methods = (
        QCMethodPage.objects.live()
        .public()
        .filter(Q(path__startswith=centre.path) | Q(performed_by=centre))
        .distinct()
        .order_by("identifier")
    )
    return protocols, qc_methods


def glossary_by_letter(language: str) -> "OrderedDict[str, list[GlossaryTerm]]":
    terms = sorted(GlossaryTerm.objects.all(), key=lambda term: term.term(language).casefold())
    letters: OrderedDict[str, list[GlossaryTerm]] = OrderedDict()
    for term in terms:
        first = term.term(language)[:1].upper()
        letters.setdefault(first if first.isalpha() else "#", []).append(term)
    return letters


def _glossary_matcher() -> dict:
    """Every glossary word (both languages, abbreviation, synonyms) with its term, and the
    terms each page (by translation key) must not explain; cached, rebuilt when a term or an
    exclusion is saved."""
    cached = cache.get(GLOSSARY_CACHE_KEY)
    if cached is None:
        words: dict[str, int] = {}
        for term in GlossaryTerm.objects.all():
            for word in [term.term_nl, term.term_en, term.abbreviation, *term.synonym_list()]:
                if word and len(word) > 1:
                    words.setdefault(word.casefold(), term.pk)
        excluded: dict[str, set[int]] = {}
        for translation_key, term_id in GlossaryTermExclusion.objects.values_list(
            "page__translation_key", "term_id"
        ):
            excluded.setdefault(str(translation_key), set()).add(term_id)
        cached = {"words": words, "excluded": excluded}
        cache.set(GLOSSARY_CACHE_KEY, cached, 3600)
    return cached


def forget_glossary_matcher():
    cache.delete(GLOSSARY_CACHE_KEY)


def glossary_terms_in(text: str, *, page: Page, limit: int = 12) -> list[GlossaryTerm]:
    """Glossary terms that occur in ``text`` (whole words, case-insensitive), in order found,
    leaving out the terms excluded on ``page`` (where the word has another meaning)."""
    matcher = _glossary_matcher()
    words = matcher["words"]
    if not words or not text:
        return []
    skipped = matcher["excluded"].get(str(page.translation_key), set())
    pattern = r"\b(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b"
    found: list[int] = []
    for match in re.finditer(pattern, text.casefold()):
        term_id = words[match.group(1)]
        if term_id not in found and term_id not in skipped:
            found.append(term_id)
        if len(found) >= limit:
            break
    by_id = GlossaryTerm.objects.in_bulk(found)
    return [by_id[term_id] for term_id in found if term_id in by_id]


@dataclass(frozen=True)
class IdentifierTarget:
    """A page an identifier in running text links to: its URL in each language it exists in."""

    translation_key: str
    urls: dict[str, str]

    def url_for(self, language: str) -> str:
        return self.urls.get(language) or next(iter(self.urls.values()))


def identifier_targets(request) -> dict[str, IdentifierTarget]:
    """Every document identifier (DARE-SOP-0027, DARE-QC-0003) and pharmacopoeia chapter
    (Ph. Eur. 2.6.27) the site has a live page for, in one query, kept until the next
    publication (so a new SOP's identifier becomes a link everywhere once it is published)."""

    def targets():
        pages = (
            Page.objects.live()
            .public()
            .filter(
                Q(protocolpage__isnull=False)
                | Q(qcmethodpage__isnull=False)
                | Q(regulatoryitempage__reference__startswith=PHARMACOPOEIA_PREFIX)
            )
            .annotate(
                label=Coalesce(
                    "protocolpage__identifier",
                    "qcmethodpage__identifier",
                    "regulatoryitempage__reference",
                )
            )
            .select_related("locale")
            .order_by("path")
        )
        found: dict[str, IdentifierTarget] = {}
        for page in pages:
            if page.label.startswith(PHARMACOPOEIA_PREFIX) and not PHARMACOPOEIA_CHAPTER.fullmatch(
                page.label
            ):
                continue  # "Ph. Eur. 5.14, gene transfer products" is a title, not a chapter
            target = found.setdefault(page.label, IdentifierTarget(str(page.translation_key), {}))
            target.urls[page.locale.language_code] = page.get_url(request)
        return found

    return cached_until_publication(f"identifier-links:{request.get_host()}", targets)


@dataclass(frozen=True)
class Figure:
    """A count on the home page, linking to the listing it counts."""

    label: str
    count: int
    url: str


def home_figures(home, request) -> list[Figure]:
    """What the knowledge base holds in ``home``'s language, each figure linking to its
    listing (a child of the home page; no link when that listing is missing)."""
    locale = home.locale
    listing_urls = {
        page.content_type_id: page.get_url(request)
        for page in home.get_children().live().select_related("locale")
    }

    def url_of(listing_model) -> str:
        return listing_urls.get(ContentType.objects.get_for_model(listing_model).pk, "")

    return [
        Figure(
            _("Member centres"),
            CentrePage.objects.live().filter(locale=locale).count(),
            url_of(CentreIndexPage),
        ),
        Figure(
            _("Protocols"),
            in_reader_language(ProtocolPage.objects.live().public(), locale).count(),
            url_of(ProtocolIndexPage),
        ),
        Figure(
            _("QC methods"),
            in_reader_language(QCMethodPage.objects.live().public(), locale).count(),
            url_of(QCMethodIndexPage),
        ),
        Figure(
            _("Regulations"),
            in_reader_language(RegulatoryItemPage.objects.live().public(), locale).count(),
            url_of(RegulatoryIndexPage),
        ),
        Figure(_("Glossary terms"), GlossaryTerm.objects.count(), url_of(GlossaryPage)),
    ]


def translations_in(pages, locale: Locale) -> list:
    """Each page in ``locale`` when a live translation exists, else the page itself."""
    pages = [page for page in pages if page is not None]
    keys = [page.translation_key for page in pages]
    translated = {
        page.translation_key: page
        for page in Page.objects.live().filter(locale=locale, translation_key__in=keys)
    }
    return [translated.get(page.translation_key, page) for page in pages]


REFERENCE_KIND_LABELS = {
    "regulation": _("Regulation or guideline"),
    "protocol": _("Protocol"),
    "qc_method": _("QC method"),
    "pharmacopoeia": _("Pharmacopoeia"),
    "link": _("External source"),
}


def readable_references(stream, locale: Locale) -> list[dict]:
    """References as title/url pairs, with page references shown in the reader's language."""
    page_blocks = [
        child for child in stream if child.block_type in {"regulation", "protocol", "qc_method"}
    ]
    localized = dict(
        zip(
            [child.id for child in page_blocks if child.value],
            translations_in([child.value for child in page_blocks if child.value], locale),
            strict=True,
        )
    )
    references = []
    for child in stream:
        entry = {
            "id": child.id,
            "kind_label": REFERENCE_KIND_LABELS[child.block_type],
            "url": "",
            "external": False,
        }
        if child.block_type in {"regulation", "protocol", "qc_method"}:
            target = localized.get(child.id)
            if target is None:
                continue
            entry.update(title=target.title, url=target.url)
        elif child.block_type == "pharmacopoeia":
            entry["title"] = " — ".join(
                filter(None, [child.value["chapter"], child.value["title"]])
            )
        else:
            entry.update(title=child.value["title"], url=child.value["url"], external=True)
        references.append(entry)
    return references


def glossary_url(locale: Locale) -> str:
    glossary = GlossaryPage.objects.live().filter(locale=locale).first()
    return glossary.url if glossary else ""


def page_text(page) -> str:
    from knowledge.sections import plain_text

    if hasattr(page, "structured_sections"):
        parts = []
        for section in page.structured_sections():
            parts.append(section.get("text", ""))
            for item in section.get("items", []):
                parts.append(item["title"])
                parts.extend(str(v) for v in item["fields"].values() if isinstance(v, str))
        return "\n".join([page.title, page.summary, *parts])
    return "\n".join(
        [
            page.title,
            page.summary,
            plain_text(getattr(page, "plain_summary", "")),
            plain_text(getattr(page, "implications", "")),
        ]
    )


def document_context(page) -> dict:
    """What a protocol, QC method or regulatory item page shows besides its own fields."""
    context = {
        "glossary_terms": glossary_terms_in(page_text(page), page=page),
        "glossary_url": glossary_url(page.locale),
    }
    if hasattr(page, "identifier"):
        context["owner"] = owning_page_in(page, owning_pages_by_path())
        context["annotations"] = annotations.notes_for([page]).get(page.pk, [])
        context["references"] = readable_references(page.references, page.locale)
    if isinstance(page, QCMethodPage):
        context["performed_by"] = translations_in(list(page.performed_by.all()), page.locale)
    if isinstance(page, RegulatoryItemPage):
        context["related_protocols"] = translations_in(
            list(page.related_protocols.all()), page.locale
        )
    return context
