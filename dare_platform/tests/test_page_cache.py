import warnings
from unittest.mock import patch

from django.core.cache import CacheKeyWarning
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from dare_platform import page_cache
from knowledge import factories


def test_anonymous_pages_are_cached_and_an_edit_is_visible_at_once(client, site, page_cache_on):
    owner = factories.centre(site, language="en")
    sop = factories.protocol(owner, title="Thawing CAR-T")
    first = client.get(sop.url)
    assert first["X-Page-Cache"] == "miss"
    assert client.get(sop.url)["X-Page-Cache"] == "hit"

    sop.title = "Thawing CAR-T at the bedside"
    factories.publish(sop)
    after_edit = client.get(sop.url)
    assert after_edit["X-Page-Cache"] == "miss"
    assert "Thawing CAR-T at the bedside" in after_edit.text


def test_a_page_made_private_is_no_longer_served_from_the_cache(client, site, page_cache_on):
    owner = factories.centre(site, language="en")
    sop = factories.protocol(owner, title="Thawing CAR-T")
    client.get(sop.url)
    assert client.get(sop.url)["X-Page-Cache"] == "hit"

    restriction = PageViewRestriction.objects.create(
        page=sop, restriction_type=PageViewRestriction.LOGIN
    )
    assert client.get(sop.url).status_code == 302  # to the login page, not the cached copy

    restriction.delete()
    assert client.get(sop.url)["X-Page-Cache"] == "miss"


def test_cached_pages_keep_their_security_headers(client, site, page_cache_on):
    client.get("/en/")
    response = client.get("/en/")
    assert response["X-Page-Cache"] == "hit"
    assert "script-src 'self'" in response["Content-Security-Policy"]


def test_logged_in_editors_never_get_cached_pages(client, site, page_cache_on, django_user_model):
    assert client.get("/en/")["X-Page-Cache"] == "miss"  # stored for anonymous readers
    client.force_login(django_user_model.objects.create_user("editor", password="x"))
    response = client.get("/en/")
    assert response.status_code == 200
    assert "X-Page-Cache" not in response


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 0.2,
                "SOCKET_TIMEOUT": 0.2,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    },
    PAGE_CACHE_SECONDS=300,
)
def test_pages_render_when_the_cache_is_down(client, site):
    response = client.get("/en/")
    assert response.status_code == 200
    assert "DARE-NL" in response.text


def test_menus_are_built_once_per_publication(client, site, page_cache_on, django_user_model):
    """Pages that are not cached whole (here: for a logged-in editor) reuse the menus."""
    client.force_login(django_user_model.objects.create_user("editor", password="x"))
    client.get("/en/")
    with CaptureQueriesContext(connection) as second:
        response = client.get("/en/")
    assert '<a href="/en/protocols/">Protocols</a>' in response.text
    filters = [query["sql"].partition(" WHERE ")[2] for query in second]
    assert not [where for where in filters if "show_in_menus" in where]  # no menu was built

    protocols = site["protocols_en"]
    protocols.title = "Harmonised protocols"
    factories.publish(protocols)
    assert '<a href="/en/protocols/">Harmonised protocols</a>' in client.get("/en/").text


def test_a_cached_page_has_every_header_of_the_fresh_one(client, site, page_cache_on):
    fresh = client.get("/en/protocols/")
    cached = client.get("/en/protocols/")
    assert (fresh["X-Page-Cache"], cached["X-Page-Cache"]) == ("miss", "hit")
    assert cached["X-Frame-Options"] == "DENY"
    assert cached["Content-Language"] == "en"
    # X-Page-Cache is the cache's own marker, the one header allowed to differ.
    assert dict(cached.items()) | {"X-Page-Cache": "miss"} == dict(fresh.items())


def test_the_order_of_query_parameters_does_not_make_a_second_entry(client, site, page_cache_on):
    assert client.get("/en/protocols/?sort=recent&page=1")["X-Page-Cache"] == "miss"
    assert client.get("/en/protocols/?page=1&sort=recent")["X-Page-Cache"] == "hit"
    assert client.get("/en/protocols/?page=1&sort=title")["X-Page-Cache"] == "miss"


def test_a_request_with_an_unknown_parameter_is_served_but_not_stored(client, site, page_cache_on):
    first = client.get("/en/protocols/?utm_source=newsletter")
    assert first.status_code == 200
    assert "X-Page-Cache" not in first
    assert "X-Page-Cache" not in client.get("/en/protocols/?utm_source=newsletter")
    assert client.get("/en/protocols/")["X-Page-Cache"] == "miss"


def test_keys_are_bounded_and_raise_no_cache_key_warning(client, site, page_cache_on):
    long_search = "cells " * 30  # 180 characters: within what the search page accepts
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheKeyWarning)
        with patch.object(page_cache.cache, "set", wraps=page_cache.cache.set) as stored:
            response = client.get(f"/en/protocols/?q={long_search}&status=%00&centre=x%20y")
    assert response["X-Page-Cache"] == "miss"
    (key, *_rest), _kwargs = stored.call_args
    assert len(key) <= len("page-cache:") + 20 + 1 + 64
