"""Sub-routes of a routable page in the page's own language's words: ``/nl/…/versies/`` on a
Dutch page, ``/en/…/versions/`` on an English one. Each route is registered under every
language's path (a path that languages share, once); a reader who arrives by another
language's path — an old link, a switched locale — is sent to the page's own with a permanent
redirect that keeps the query string."""

import functools

from django.http import HttpResponsePermanentRedirect
from wagtail.contrib.routable_page.models import path


def route_name(routes: dict[str, dict[str, str]], name: str, language: str) -> str:
    """The registered name of route ``name`` for a page in ``language``: the first language
    whose path is the same as this language's (``"export_en"`` for a shared path)."""
    paths = routes[name]
    owner = next(code for code, route in paths.items() if route == paths[language])
    return f"{name}_{owner}"


def routed_in_page_language(routes: dict[str, dict[str, str]], name: str):
    """Route a page method under every language's path of ``routes[name]``."""

    def decorator(view):
        @functools.wraps(view)
        def serve(page, request, *args, **kwargs):
            own_route = route_name(routes, name, page.locale.language_code)
            if request.routable_resolver_match.url_name == own_route:
                return view(page, request, *args, **kwargs)
            target = page.url + page.reverse_subpage(own_route, kwargs=kwargs)
            query = request.META.get("QUERY_STRING")
            return HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)

        registered = set()
        for language, route in routes[name].items():
            if route not in registered:
                registered.add(route)
                serve = path(route, name=f"{name}_{language}")(serve)
        return serve

    return decorator
