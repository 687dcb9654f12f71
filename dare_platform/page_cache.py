"""Whole-response cache for anonymous visitors, invalidated on every publication.

Anonymous readers are most of the traffic and see identical pages, so a rendered page is kept
until anything is published, unpublished, moved or deleted, a page's view restrictions
change, or the search index changes in any way (search pages are cached too: a repeated
search costs a cache read, and never shows what the index no longer holds). Invalidation
bumps a generation number that is part of every key, which is O(1) and works on any cache
backend (Redis in production, local memory otherwise); it bumps again when the transaction
commits, so a page rendered from the old content while the change was being saved is not
kept. Responses that set cookies, carry a CSRF token, are marked private or are not 200 are
never stored.

A page is stored with the headers its view gave it; the middleware sits after every other
middleware that adds headers (settings.MIDDLEWARE), so those add theirs to a cached page
exactly as to a fresh one. The key is the path and the query parameters the public pages
read (``QUERY_PARAMETERS``, which each app fills in its ``ready()``), sorted and hashed:
``?b=1&a=2`` and ``?a=2&b=1`` share one entry, and a request with any other parameter, or an
overlong value, is served uncached, so made-up query strings cannot fill the cache.
"""

import hashlib
import logging
from collections.abc import Callable
from typing import TypeVar
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse

logger = logging.getLogger(__name__)
T = TypeVar("T")

GENERATION_KEY = "page-cache:generation"
CACHEABLE_PREFIXES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
EXCLUDED_PARTS = ("/accounts/",)
# What the public pages read from the query string: the listing filters
# (knowledge/filters.py), the version comparison (a, b), the search page (q and its facets),
# sorting and paging. Keep in step when a page kind learns a new parameter.
# The query parameters public pages read; each app registers its own (register_query_parameters).
QUERY_PARAMETERS: set[str] = {"page"}


def register_query_parameters(*names: str) -> None:
    """Declare parameters a public page reads, so pages that differ by them are cached apart.
    Called from each app's ``ready()``; a parameter nobody declared is never cached."""
    QUERY_PARAMETERS.update(names)


def invalidate_page_cache(**_signal_kwargs) -> None:
    _next_generation()
    transaction.on_commit(_next_generation)


def _next_generation() -> None:
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, None)


def cached_until_publication(key: str, compute: Callable[[], T]) -> T:
    """A value derived from published pages, kept until the next invalidation (or
    PAGE_CACHE_SECONDS); computed every time when the page cache is off."""
    if settings.PAGE_CACHE_SECONDS <= 0:
        return compute()
    return cache.get_or_set(
        f"page-cache:{_generation()}:{key}", compute, settings.PAGE_CACHE_SECONDS
    )


def _generation() -> int:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, None)
        generation = cache.get(GENERATION_KEY, 1)
    return generation


def _is_cacheable_request(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and request.path.startswith(CACHEABLE_PREFIXES)
        and not any(part in request.path for part in EXCLUDED_PARTS)
        and not request.user.is_authenticated
        and settings.PAGE_CACHE_SECONDS > 0
    )


def _normalised_query(request) -> str | None:
    """The known parameters, sorted, each value trimmed; None when the request has another
    parameter or an overlong value (such a request is not cached)."""
    params = request.GET
    if not QUERY_PARAMETERS.issuperset(params):
        return None
    pairs = []
    for name in sorted(params):
        values = sorted({" ".join(value.split()) for value in params.getlist(name)})
        if any(len(value) > settings.SEARCH_QUERY_MAX_LENGTH for value in values):
            return None
        pairs += [(name, value) for value in values]
    return urlencode(pairs)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _is_cacheable_request(request):
            return self.get_response(request)
        query = _normalised_query(request)
        if query is None:
            return self.get_response(request)
        address = hashlib.sha256(f"{request.path}?{query}".encode()).hexdigest()
        key = f"page-cache:{_generation()}:{address}"
        cached = cache.get(key)
        if cached is not None:
            content, headers = cached
            response = HttpResponse(content, headers=headers)
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if self._is_cacheable_response(request, response):
            cache.set(key, (response.content, dict(response.items())), settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "miss"
        return response

    @staticmethod
    def _is_cacheable_response(request, response) -> bool:
        return (
            response.status_code == 200
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not request.META.get("CSRF_COOKIE_USED")
            and not getattr(response, "streaming", False)
            and "private" not in response.get("Cache-Control", "")
        )
