from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

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
    client.get("/en/")
    client.force_login(django_user_model.objects.create_user("editor", password="x"))
    assert "X-Page-Cache" not in client.get("/en/")


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
