"""The search page and the JSON API."""

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from knowledge import factories
from search import service
from search.tests.conftest import make_document

API = "/api/search/"
AUTOCOMPLETE = "/api/search/autocomplete/"


def search_url(language="nl"):
    with translation.override(language):
        return reverse("search")


@pytest.fixture
def protocols(site):
    owner = factories.centre(site, code="umcu", title="UMC Utrecht")
    factories.protocol(owner, title="Leukaferese-ontvangst", process_stage="starting-material")
    factories.protocol(
        owner, identifier="DARE-SOP-0002", title="Leukaferese-opslag", process_stage="expansion"
    )
    return owner


def test_search_page_shows_ranked_highlighted_results_and_facets(client, protocols):
    response = client.get(search_url("en"), {"q": "leukaferese"})
    assert response.status_code == 200
    html = response.content.decode()
    assert response.context["outcome"].count == 2
    assert '<p class="result-count" role="status">2 ' in html
    assert 'name="process_stage" value="expansion"' in html
    assert 'name="sort"' in html
    assert 'value="leukaferese"' in html  # the page's box keeps the query
    assert html.count('role="search"') == 1  # no second search box in the header here
    assert response.context["search_query"] == "leukaferese"
    body_match = client.get(search_url("en"), {"q": "acceptatie"}).content.decode()
    assert "<mark>acceptatie</mark>" in body_match


def test_facets_combine_and_stay_in_the_url(client, protocols):
    response = client.get(
        search_url(), {"q": "leukaferese", "process_stage": "expansion", "centre": "umcu"}
    )
    assert [hit.title for hit in response.context["outcome"].hits] == ["Leukaferese-opslag"]
    html = response.content.decode()
    assert 'value="expansion" checked' in html
    assert 'value="umcu" checked' in html
    assert "(2 gekozen)</summary>" in html  # said on the filters' toggle, closed on a phone


def test_sort_by_date(client, protocols):
    factories.protocol(
        protocols,
        identifier="DARE-SOP-0003",
        title="Leukaferese nieuw",
        effective_date="2026-01-01",
    )
    response = client.get(search_url(), {"q": "leukaferese", "sort": "date"})
    assert response.context["outcome"].hits[0].title == "Leukaferese nieuw"


def test_pagination_links_keep_the_query(client, protocols):
    for number in range(3, 14):
        factories.protocol(
            protocols, identifier=f"DARE-SOP-{number:04d}", title=f"Leukaferese {number}"
        )
    response = client.get(search_url(), {"q": "leukaferese", "centre": "umcu"})
    html = response.content.decode()
    assert "q=leukaferese&amp;centre=umcu&amp;page=2" in html
    second = client.get(search_url(), {"q": "leukaferese", "centre": "umcu", "page": "2"})
    assert len(second.context["outcome"].hits) == 3


def test_empty_query_explains_what_to_do(client, site):
    response = client.get(search_url("en"), {"q": "   "})
    assert response.status_code == 200
    assert "Type one or more words" in response.content.decode()


@pytest.mark.parametrize(
    ("language", "showing", "instead"),
    [
        (
            "en",
            "Showing results for <em>leukaferese</em>.",
            'Search instead for <a href="?q=leukafrese&amp;nocorrect=1">leukafrese</a>',
        ),
        (
            "nl",
            "Resultaten voor <em>leukaferese</em>.",
            'Toch zoeken naar <a href="?q=leukafrese&amp;nocorrect=1">leukafrese</a>',
        ),
    ],
)
def test_a_misspelling_shows_the_corrected_results_and_a_way_back(
    client, protocols, language, showing, instead
):
    response = client.get(search_url(language), {"q": "leukafrese"})
    html = response.content.decode()
    assert sorted(hit.title for hit in response.context["outcome"].hits) == [
        "Leukaferese-ontvangst",
        "Leukaferese-opslag",
    ]
    assert showing in html
    assert instead in html
    assert "“leukaferese”</p>" in html  # the count names what the results are for
    assert 'value="leukafrese"' in html  # the box keeps what was typed


@pytest.mark.parametrize(
    ("language", "nothing", "did_you_mean"),
    [
        ("en", "Nothing matches your search.", "Did you mean:"),
        ("nl", "Niets gevonden voor uw zoekopdracht.", "Bedoelde u:"),
    ],
)
def test_searching_instead_for_what_was_typed_finds_nothing_and_offers_the_correction(
    client, protocols, language, nothing, did_you_mean
):
    response = client.get(search_url(language), {"q": "leukafrese", "nocorrect": "1"})
    html = response.content.decode()
    assert response.context["outcome"].count == 0
    assert nothing in html
    assert f'{did_you_mean} <a href="?q=leukaferese">leukaferese</a>' in html
    assert "search-correction" not in html


def test_results_in_the_other_language_are_marked(client, site):
    owner = factories.centre(site, code="sanquin", title="Sanquin", language="en")
    factories.protocol(owner, title="Apheresis receipt", identifier="DARE-SOP-0009")
    html = client.get(search_url("nl"), {"q": "apheresis"}).content.decode()
    assert '<a href="/en/centres/sanquin/dare-sop-0009/" lang="en" hreflang="en">' in html
    assert 'class="tag tag--language"' in html


def test_page_query_count_does_not_grow_with_results(client, site):
    owner = factories.centre(site)

    def queries():
        client.get(search_url(), {"q": "kweek"})  # warm per-process caches
        with CaptureQueriesContext(connection) as captured:
            response = client.get(search_url(), {"q": "kweek"})
        assert response.status_code == 200
        return len(captured), len(response.context["outcome"].hits)

    for number in range(3):
        factories.protocol(owner, identifier=f"DARE-SOP-{number:04d}", title=f"Kweek {number}")
    few, shown = queries()
    assert shown == 3
    for number in range(3, 15):
        factories.protocol(owner, identifier=f"DARE-SOP-{number:04d}", title=f"Kweek {number}")
    many, shown = queries()
    assert shown == 10
    assert many == few


def test_script_in_content_is_never_rendered(client, site):
    owner = factories.centre(site)
    factories.protocol(
        owner,
        title="<script>alert('title')</script> Kweek",
        summary="<img src=x onerror=alert('summary')> kweek",
        purpose="<p>&lt;script&gt;alert('body')&lt;/script&gt; kweek</p>",
    )
    html = client.get(search_url(), {"q": "kweek"}).content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    results = client.get(API, {"q": "kweek"}).json()["results"]
    assert all("<script" not in result["snippet"] for result in results)
    assert all("<img" not in result["snippet"] for result in results)


# ---- the JSON API ---------------------------------------------------------------------------
def test_api_shape(client, protocols):
    response = client.get(API, {"q": "ontvangst", "lang": "en", "page_size": "1"})
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {
        "count",
        "results",
        "facets",
        "suggestion",
        "corrected_query",
        "original_query",
        "page",
        "page_size",
        "messages",
    }
    assert (data["count"], data["page"], data["page_size"]) == (2, 1, 1)
    [result] = data["results"]
    assert set(result) == {"title", "url", "type", "centre", "language", "snippet", "score"}
    assert result["url"].startswith("http://testserver/nl/")
    assert (result["type"], result["centre"], result["language"]) == ("protocol", "umcu", "nl")
    assert "<mark>" in result["snippet"]
    assert data["facets"]["process_stage"] == {"starting-material": 1, "expansion": 1}
    assert data["suggestion"] is None
    assert (data["corrected_query"], data["original_query"]) == (None, None)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_api_answers_a_misspelling_with_the_corrected_results(client, protocols, language):
    data = client.get(API, {"q": "leukafrese", "lang": language}).json()
    assert (data["count"], data["corrected_query"], data["original_query"]) == (
        2,
        "leukaferese",
        "leukafrese",
    )
    assert data["suggestion"] is None
    exact = client.get(API, {"q": "leukafrese", "lang": language, "nocorrect": "1"}).json()
    assert (exact["count"], exact["corrected_query"], exact["original_query"]) == (0, None, None)
    assert exact["suggestion"] == "leukaferese"


def test_api_filters_pages_and_defaults_to_dutch(client, protocols):
    data = client.get(API, {"q": "leukaferese", "process_stage": "expansion"}).json()
    assert [result["title"] for result in data["results"]] == ["Leukaferese-opslag"]
    second = client.get(API, {"q": "leukaferese", "page": "2", "page_size": "1"}).json()
    assert second["page"] == 2 and len(second["results"]) == 1


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"q": "   "},
        {"q": "kweek", "lang": "de"},
        {"q": "kweek", "page": "0"},
        {"q": "kweek", "page": "abc"},
        {"q": "kweek", "page": "9" * 5000},
        {"q": "kweek", "page_size": "500"},
        {"q": "kweek", "sort": "random"},
        {"q": "kweek", "type": "spaceship"},
        {"q": "kweek", "centre": "<script>"},
    ],
)
def test_api_rejects_bad_parameters_with_a_message(client, site, params):
    response = client.get(API, params)
    assert response.status_code == 400
    assert response.json()["error"]


def test_api_messages_follow_the_requested_language(client, site):
    response = client.get(API, {"q": "kweek", "lang": "en", "sort": "random"})
    assert response.json()["error"] == "sort must be one of: relevance, date."


def test_autocomplete_api(client, protocols):
    response = client.get(AUTOCOMPLETE, {"q": "leukaferese-on", "lang": "nl"})
    assert response.json() == {"suggestions": ["Leukaferese-ontvangst"]}
    assert client.get(AUTOCOMPLETE, {"q": "l"}).json() == {"suggestions": []}
    assert client.get(AUTOCOMPLETE, {"q": "leuk", "lang": "xx"}).status_code == 400


def test_search_urls_only_answer_get(client, site):
    assert client.post(API, {"q": "kweek"}).status_code == 405
    assert client.post(search_url(), {"q": "kweek"}).status_code == 405


NASTY = [
    '"',
    '""',
    "'",
    "NEAR",
    "NEAR(kweek cel, 3)",
    "*",
    "kweek*",
    "^kweek",
    "title:kweek",
    "-kweek",
    "kweek OR NOT cel",
    "(",
    ")",
    "'; DROP TABLE search_document; --",
    "1' OR '1'='1",
    "<script>alert(1)</script>",
    "\x00",
    "kweek\x00cel",
    "%00",
    "\\x00",
    "a:* & b | !c",
    "😀",
    "\ue000kweek\ue001",
    "k" * 10_000,
    "kweek " * 2_000,
]


@pytest.fixture
def small_index(engine):
    """Two documents written straight to the engine: the fuzz needs matches, not a site."""
    engine.index(
        [
            make_document("a", "Kweek <b>cellen</b>", body="Kweek en cel 'quoted' \"double\""),
            make_document("b", "Cell culture", body="Culture of cells", language="en", group="a"),
        ]
    )


@pytest.mark.parametrize("text", NASTY)
def test_nasty_input_never_breaks_the_page_or_the_api(client, small_index, text):
    for language in ("nl", "en"):
        page = client.get(
            search_url(language),
            {"q": text, "type": [text, "protocol"], "centre": text, "page": text, "sort": text},
        )
        assert page.status_code == 200
        assert "<script>alert(1)" not in page.content.decode()
    api = client.get(API, {"q": text, "lang": "en"})
    assert api.status_code in (200, 400)
    assert client.get(API, {"q": text, "type": text}).status_code in (200, 400)
    assert client.get(AUTOCOMPLETE, {"q": text}).status_code == 200


def test_a_long_query_is_shortened_with_a_notice(client, protocols):
    response = client.get(search_url("en"), {"q": "leukaferese " + "x" * 500})
    assert response.context["outcome"].query == ("leukaferese " + "x" * 500)[:200]
    assert "shortened to its first 200 characters" in response.content.decode()


def test_a_repeated_search_is_served_from_the_cache_until_the_index_changes(
    client, protocols, page_cache_on
):
    params = {"q": "leukaferese", "process_stage": "expansion"}
    assert client.get(search_url("en"), params)["X-Page-Cache"] == "miss"
    assert client.get(search_url("en"), params)["X-Page-Cache"] == "hit"
    assert client.get(search_url("en"), {"q": "leukaferese"})["X-Page-Cache"] == "miss"

    opslag = Page.objects.get(title="Leukaferese-opslag")
    service.remove_page(opslag)  # what unpublishing does to the index, without the page cache
    after = client.get(search_url("en"), params)
    assert after["X-Page-Cache"] == "miss"
    assert after.context["outcome"].count == 0


def test_results_from_the_backup_engine_are_not_cached(client, protocols, page_cache_on):
    """Their notice asks the reader to try again later, when the full results are back."""
    with override_settings(SEARCH_ENGINE="elasticsearch", ELASTICSEARCH_URL="http://127.0.0.1:9"):
        first = client.get(search_url("en"), {"q": "leukaferese"})
        second = client.get(search_url("en"), {"q": "leukaferese"})
    assert first.context["outcome"].from_backup
    assert "private" in second["Cache-Control"]
    assert "X-Page-Cache" not in second
