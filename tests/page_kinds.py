"""Every kind of public page, as URLs in the realistic site (tests/sitedata.py), for the
checks that must hold on all of them (accessibility, no inline scripts)."""

from collections.abc import Callable
from dataclasses import dataclass

from tests.search_support import search_url
from tests.sitedata import SiteData


@dataclass(frozen=True)
class PageKind:
    url: Callable[[SiteData, str], str | None]  # None: this kind has no page in that language
    status: int = 200
    needs_search: bool = False
    shows: tuple[str, ...] = ()  # CSS selectors of what makes the page this kind


def index(name: str, query: str = "") -> Callable[[SiteData, str], str]:
    return lambda site, language: site.url(name, language) + query


def document(name: str, suffix: str = "") -> Callable[[SiteData, str], str | None]:
    def url(site: SiteData, language: str) -> str | None:
        urls = site.urls[name]
        return urls[language] + suffix if language in urls else None

    return url


# A document's version history answers in its page's language (knowledge/models/mixins.py).
HISTORY = {"nl": "versies/", "en": "versions/"}
COMPARE = {"nl": "versies/vergelijken/", "en": "versions/compare/"}


def subpage(name: str, paths: dict[str, str], suffix: str = "") -> Callable:
    """``subpage("protocol_v2", HISTORY, "1/")``: ``…/versies/1/`` on the Dutch page."""
    return lambda site, language: document(name, paths[language] + suffix)(site, language)


def untranslated(site: SiteData, language: str) -> str | None:
    """The Dutch-only protocol read from the English site; every page exists in Dutch."""
    if language == "nl":
        return None
    return f"/{language}/untranslated/{site.ids['protocol_nl_only']['nl']}/"


# The harmonisation page's routes in its own language (harmonisation/pages.py).
HARMONISATION_ROUTES = {
    "adoption": {"nl": "adopties/{pk}/", "en": "adoptions/{pk}/"},
    "comparison": {"nl": "adopties/{pk}/vergelijking/", "en": "adoptions/{pk}/comparison/"},
}


def harmonisation(route: str) -> Callable[[SiteData, str], str]:
    """An adoption record's page (or its comparison) on the harmonisation page."""
    return lambda site, language: (
        site.url("harmonisation", language)
        + HARMONISATION_ROUTES[route][language].format(pk=site.ids["adoption_record"][language])
    )


def search(query: str) -> Callable[[SiteData, str], str]:
    return lambda site, language: search_url(language) + query


PAGE_KINDS = {
    "home": PageKind(index("home")),
    "centre-index": PageKind(index("centres")),
    "protocol-index": PageKind(index("protocols")),
    "protocol-index-filtered": PageKind(index("protocols", "?centre=umcu&modality=car-t")),
    "protocol-index-sorted-no-results": PageKind(index("protocols", "?modality=aav&sort=recent")),
    "protocol-index-invalid-filter": PageKind(index("protocols", "?modality=warp-drive&page=x")),
    "qc-index": PageKind(index("qc")),
    "qc-index-filtered": PageKind(index("qc", "?quality_attribute=sterility&centre=sanquin")),
    "regulation-index": PageKind(index("regulations")),
    "regulation-index-filtered": PageKind(
        index("regulations", "?jurisdiction=eu&legal_status=in-force&topic=marketing-authorisation")
    ),
    "glossary": PageKind(index("glossary")),
    "centre": PageKind(document("umcu")),
    "protocol": PageKind(document("protocol_v2")),
    "protocol-old-version": PageKind(subpage("protocol_v2", HISTORY, "1/")),
    "version-history": PageKind(subpage("protocol_v2", HISTORY)),
    "version-diff": PageKind(
        subpage("protocol_v2", COMPARE, "?a=1&b=2"), shows=(".diff-section--changed ins",)
    ),
    "version-diff-same-versions": PageKind(subpage("protocol_v2", COMPARE, "?a=2&b=2"), 400),
    "version-diff-invalid-version": PageKind(subpage("protocol_v2", COMPARE, "?a=7&b=2"), 400),
    "qc-method": PageKind(document("qc_method")),
    "regulatory-item": PageKind(document("regulation")),
    "accessibility-statement": PageKind(document("statement")),
    "consultation-index": PageKind(index("consultations"), shows=(".consultation-item",)),
    "consultation-open": PageKind(
        document("consultation_open"), shows=(".phase--open", "#linked-protocols a")
    ),
    "consultation-closed": PageKind(
        document("consultation_closed"), shows=(".phase--outcome_published", "#outcome")
    ),
    "adoption-record": PageKind(
        harmonisation("adoption"), shows=(".adoption-facts", ".outdated-notice a", ".deviations")
    ),
    "local-vs-reference": PageKind(
        harmonisation("comparison"), shows=(".comparison-section--changed", ".deviation")
    ),
    "harmonisation-matrix": PageKind(
        index("harmonisation"), shows=("table.matrix td.status--planned a", ".legend")
    ),
    "harmonisation-matrix-filtered": PageKind(
        index("harmonisation", "?modality=car-t&process_stage=starting-material"),
        shows=("table.matrix td.status--adopted-with-deviations a",),
    ),
    "harmonisation-matrix-no-results": PageKind(
        index("harmonisation", "?quality_attribute=potency"), shows=(".matrix-empty",)
    ),
    "harmonisation-matrix-invalid-filter": PageKind(
        index("harmonisation", "?modality=warp-drive"), shows=(".notice--error", "table.matrix")
    ),
    "qc-comparison-attributes": PageKind(index("harmonisation", "qc/"), shows=(".qc-attributes",)),
    "qc-comparison": PageKind(
        index("harmonisation", "qc/sterility/"), shows=("table.qc-table td.follows",)
    ),
    "untranslated-fallback": PageKind(untranslated),
    "404": PageKind(lambda site, language: f"/{language}/does-not-exist/", 404),
    "search-form": PageKind(search(""), needs_search=True),
    "search-results-with-facets": PageKind(
        search("?q=steriliteit&type=qc_method"),
        needs_search=True,
        shows=(".search-result", "fieldset.facet input:checked"),
    ),
    "search-no-results": PageKind(
        search("?q=xylofoonkwartet"), needs_search=True, shows=(".search-empty",)
    ),
}


def page_urls(kind: str, site: SiteData, languages=("nl", "en")) -> list[str]:
    """The URLs of one kind of page, in each language that has one."""
    spec = PAGE_KINDS[kind]
    return [url for language in languages if (url := spec.url(site, language)) is not None]
