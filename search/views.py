"""The search page and the JSON API. Thin: they read parameters, ask search.service, render."""

import re
from types import SimpleNamespace

from django.conf import settings
from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from search import service
from search.engines.base import FACETS
from search.facets import FacetCatalogue

PAGE_SIZE = 10
DIGITS = re.compile(r"[0-9]{1,9}")
# "?nocorrect=1": search for exactly what was typed, even when a spelling correction would
# find something ("search instead for …").
NO_CORRECTION = "nocorrect"


class InvalidParameter(ValueError):
    """A request parameter the JSON API cannot use; the message is shown to the client."""


class PageLinks:
    """What components/pagination.html reads from a Django Page, for results the engine
    paginates itself."""

    def __init__(self, number: int, num_pages: int):
        self.number = number
        self.paginator = SimpleNamespace(num_pages=num_pages)

    def has_previous(self) -> bool:
        return self.number > 1

    def has_next(self) -> bool:
        return self.number < self.paginator.num_pages

    def previous_page_number(self) -> int:
        return self.number - 1

    def next_page_number(self) -> int:
        return self.number + 1


def _facet_params(params) -> dict[str, list[str]]:
    return {facet: params.getlist(facet) for facet in FACETS if facet in params}


def _corrects(params) -> bool:
    return params.get(NO_CORRECTION) != "1"


def _page_number(value) -> int:
    """The page asked for; anything that is not a page number means the first page."""
    return int(value) if value and DIGITS.fullmatch(value) and int(value) else 1


@require_GET
def search_page(request):
    text = request.GET.get("q", "")
    outcome = None
    if text.strip():
        outcome = service.search(
            text,
            language=translation.get_language(),
            filters=_facet_params(request.GET),
            sort=request.GET.get("sort", "relevance"),
            page=_page_number(request.GET.get("page")),
            page_size=PAGE_SIZE,
            correct=_corrects(request.GET),
        )
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    response = TemplateResponse(
        request,
        "search/search_page.html",
        {
            "outcome": outcome,
            "search_query": outcome.query if outcome else "",
            "page_obj": PageLinks(outcome.page, outcome.num_pages) if outcome else None,
            "query_without_page": query_without_page.urlencode(),
            "query_max_length": settings.SEARCH_QUERY_MAX_LENGTH,
        },
    )
    if outcome and outcome.from_backup:  # "try again later" must not be served from a cache
        patch_cache_control(response, private=True)
    return response


def _language(params) -> str:
    language = params.get("lang", settings.LANGUAGE_CODE)
    if language not in dict(settings.LANGUAGES):
        raise InvalidParameter(
            _("lang must be one of: %(languages)s.")
            % {"languages": ", ".join(dict(settings.LANGUAGES))}
        )
    return language


def _whole_number(params, name: str, default: int, maximum: int) -> int:
    raw = params.get(name, "")
    if raw == "":
        return default
    if not DIGITS.fullmatch(raw) or not 1 <= int(raw) <= maximum:
        raise InvalidParameter(
            _("%(name)s must be a whole number from 1 to %(maximum)s.")
            % {"name": name, "maximum": maximum}
        )
    return int(raw)


def _bad_request(error: InvalidParameter) -> JsonResponse:
    return JsonResponse({"error": str(error)}, status=400)


@require_GET
def search_api(request):
    """GET /api/search/?q=…&lang=nl&type=…&centre=…&sort=date&page=2&page_size=20

    Facet parameters may repeat (``type=protocol&type=qc_method``). Snippets are HTML in
    which only <mark> is markup. A query that finds nothing answers with the results of its
    spelling correction (``corrected_query``, ``original_query``) unless ``nocorrect=1``."""
    params = request.GET
    try:
        language = _language(params)
        with translation.override(language):
            if not params.get("q", "").strip():
                raise InvalidParameter(_("Give the words to search for in the q parameter."))
            sort = params.get("sort", "relevance")
            if sort not in service.SORTS:
                raise InvalidParameter(
                    _("sort must be one of: %(sorts)s.") % {"sorts": ", ".join(service.SORTS)}
                )
            filters = _facet_params(params)
            _clean, unknown = service.clean_filters(filters, FacetCatalogue(language))
            if unknown:
                raise InvalidParameter(
                    _("Unknown filter values: %(values)s.") % {"values": ", ".join(unknown)}
                )
            outcome = service.search(
                params["q"],
                language=language,
                filters=filters,
                sort=sort,
                page=_whole_number(params, "page", 1, service.MAX_PAGE),
                page_size=_whole_number(
                    params, "page_size", service.DEFAULT_PAGE_SIZE, service.MAX_PAGE_SIZE
                ),
                correct=_corrects(params),
            )
    except InvalidParameter as error:
        return _bad_request(error)
    return JsonResponse(
        {
            "count": outcome.count,
            "results": [
                {
                    "title": hit.title,
                    "url": request.build_absolute_uri(hit.url),
                    "type": hit.type,
                    "centre": hit.centre,
                    "language": hit.language,
                    "snippet": hit.snippet,
                    "score": round(hit.score, 4),
                }
                for hit in outcome.hits
            ],
            "facets": outcome.facet_counts,
            "suggestion": outcome.suggestion,
            # Results of a correction: what they are for, and what was typed (found nothing).
            "corrected_query": outcome.corrected_query,
            "original_query": outcome.query if outcome.corrected_query else None,
            "page": outcome.page,
            "page_size": outcome.page_size,
            "messages": outcome.notices,
        }
    )


@require_GET
def autocomplete_api(request):
    """GET /api/search/autocomplete/?q=…&lang=nl → {"suggestions": [title, …]}"""
    try:
        language = _language(request.GET)
    except InvalidParameter as error:
        return _bad_request(error)
    suggestions = service.autocomplete(request.GET.get("q", ""), language=language)
    return JsonResponse({"suggestions": suggestions})
