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
"""

import logging
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse

logger = logging.getLogger(__name__)
T = TypeVar("T")

GENERATION_KEY = "page-cache:generation"
CACHEABLE_PREFIXES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
EXCLUDED_PARTS = ("/accounts/",)


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


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _is_cacheable_request(request):
            return self.get_response(request)
        key = f"page-cache:{_generation()}:{request.get_full_path()}"
        cached = cache.get(key)
        if cached is not None:
            content, content_type, language = cached
            response = HttpResponse(content, content_type=content_type)
            response["Content-Language"] = language
            response["X-Page-Cache"] = "hit"
            return response
        response = self.get_response(request)
        if self._is_cacheable_response(request, response):
            cache.set(
                key,
                (response.content, response["Content-Type"], response.get("Content-Language", "")),
                settings.PAGE_CACHE_SECONDS,
            )
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
