"""Property: no public URL or query parameter, whatever its value, makes the site answer with a
server error (status >= 500). Inputs mix valid codes, the Big List of Naughty Strings and
Hypothesis' own text and integers, single and repeated. Uses the Django test client.

Runs random examples locally; in CI (``CI`` set) the examples are derandomised so a run is
reproducible. Hypothesis prints a reproduction blob for any failure."""

import os
from urllib.parse import quote, urlencode

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowledge import taxonomy
from knowledge.filters import SORT_CHOICES
from search.engines.base import FACETS
from search.facets import TYPE_LABELS
from tests.payloads import naughty_strings
from tests.search_support import search_url

FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
    derandomize=bool(os.environ.get("CI")),
    print_blob=True,
)

LANGUAGES = ("nl", "en")
CODES = {
    "centre": ["umcu", "sanquin"],
    "modality": taxonomy.Modality.values,
    "process_stage": taxonomy.ProcessStage.values,
    "status": taxonomy.DocumentStatus.values,
    "quality_attribute": taxonomy.QualityAttribute.values,
    "validation_status": taxonomy.ValidationStatus.values,
    "jurisdiction": taxonomy.Jurisdiction.values,
    "authority": taxonomy.Authority.values,
    "topic": taxonomy.RegulatoryTopic.values,
    "instrument_type": taxonomy.InstrumentType.values,
    "legal_status": taxonomy.LegalStatus.values,
    "sort": [code for code, _label in SORT_CHOICES] + ["relevance", "date"],
    "type": [*TYPE_LABELS, "knowledge.ProtocolPage", "wagtailcore.Page"],  # search, content API
    "language": list(LANGUAGES),
    "lang": list(LANGUAGES),
    "locale": list(LANGUAGES),
    "fields": ["*", "identifier,version,procedure", "-title", "_,id", "body(*)"],
    "order": ["title", "-id", "random", "first_published_at"],
}
INDEX_PARAMETERS = {
    "protocols": ["centre", "modality", "process_stage", "status", "sort", "page"],
    "qc": ["centre", "quality_attribute", "validation_status", "sort", "page"],
    "regulations": [
        "jurisdiction",
        "authority",
        "topic",
        "instrument_type",
        "legal_status",
        "sort",
        "page",
    ],
}

# Wagtail's read-only API (dare_platform/api.py), its list endpoints' parameters.
API_ENDPOINTS = ["/api/v2/pages/", "/api/v2/images/", "/api/v2/documents/", "/api/v2/pages/find/"]
API_PARAMETERS = [
    "type",
    "fields",
    "limit",
    "offset",
    "order",
    "search",
    "search_operator",
    "locale",
    "translation_of",
    "child_of",
    "descendant_of",
    "id",
    "slug",
    "html_path",
]
PAGES = ["home", "centres", "protocols", "qc", "regulations", "glossary", "protocol_v2"]

naughty = st.sampled_from(naughty_strings())
numbers = st.integers(min_value=-(10**20), max_value=10**40).map(str)
any_text = st.text(max_size=60)


def value_for(name: str) -> st.SearchStrategy[str]:
    options = [naughty, any_text, numbers]
    if name in CODES:
        options.insert(0, st.sampled_from(CODES[name]))
    return st.one_of(*options)


def query_for(names) -> st.SearchStrategy[list[tuple[str, str]]]:
    """Some of ``names``, each with one to three values (parameters may repeat)."""
    pairs = st.sampled_from(list(names)).flatmap(
        lambda name: st.lists(value_for(name), min_size=1, max_size=3).map(
            lambda values: [(name, value) for value in values]
        )
    )
    return st.lists(pairs, max_size=5).map(lambda groups: [p for group in groups for p in group])


def assert_no_server_error(client: Client, path: str, query=()) -> None:
    url = f"{path}?{urlencode(list(query))}" if query else path
    response = client.get(url)
    detail = ""
    if response.exc_info:
        detail = f": {response.exc_info[0].__name__}: {response.exc_info[1]}"
    assert response.status_code < 500, f"{response.status_code} for {url!r}{detail}"


@pytest.fixture
def client() -> Client:
    client = Client()
    client.raise_request_exception = False  # report the status, with the exception's name
    return client


@pytest.fixture
def realistic_site(db, shared_site_data):
    return shared_site_data


@FUZZ
@given(
    data=st.data(),
    index=st.sampled_from(sorted(INDEX_PARAMETERS)),
    language=st.sampled_from(LANGUAGES),
)
def test_index_filters_never_fail(client, realistic_site, data, index, language):
    query = data.draw(query_for(INDEX_PARAMETERS[index]))
    assert_no_server_error(client, realistic_site.url(index, language), query)


@settings(FUZZ, max_examples=20)  # two requests per example, one renders a whole protocol
@given(
    language=st.sampled_from(LANGUAGES),
    number=st.integers(min_value=0, max_value=10**40),
    compare=query_for(["a", "b"]),
)
def test_version_urls_never_fail(client, realistic_site, language, number, compare):
    history = {"nl": "versies/", "en": "versions/"}[language]  # the page language's words
    compare_path = {"nl": "versies/vergelijken/", "en": "versions/compare/"}[language]
    base = realistic_site.url("protocol_v2", language)
    assert_no_server_error(client, f"{base}{history}{number}/")
    assert_no_server_error(client, f"{base}{compare_path}", compare)


@FUZZ
@given(language=st.sampled_from(LANGUAGES), page_id=st.integers(min_value=0, max_value=10**40))
def test_untranslated_fallback_never_fails(client, realistic_site, language, page_id):
    assert_no_server_error(client, f"/{language}/untranslated/{page_id}/")


SEARCH_PARAMETERS = ["q", "q", "page", "sort", *FACETS]


@FUZZ
@given(language=st.sampled_from(LANGUAGES), query=query_for(SEARCH_PARAMETERS))
def test_search_page_never_fails(client, realistic_site, language, query):
    assert_no_server_error(client, search_url(language), query)


@FUZZ
@given(
    endpoint=st.sampled_from(["/api/search/", "/api/search/autocomplete/"]),
    query=query_for([*SEARCH_PARAMETERS, "lang", "page_size"]),
)
def test_search_api_never_fails(client, realistic_site, endpoint, query):
    assert_no_server_error(client, endpoint, query)


@FUZZ
@given(
    language=st.sampled_from(LANGUAGES),
    below=st.sampled_from(PAGES),
    segments=st.lists(st.one_of(naughty, any_text, numbers), min_size=1, max_size=3),
)
def test_any_path_never_fails(client, realistic_site, language, below, segments):
    """Unknown, hostile and malformed paths below the real pages: a 404, never a 500."""
    path = realistic_site.url(below, language) + "/".join(quote(s, safe="") for s in segments)
    assert_no_server_error(client, path)


@FUZZ
@given(endpoint=st.sampled_from(API_ENDPOINTS), query=query_for(API_PARAMETERS))
def test_content_api_never_fails(client, realistic_site, endpoint, query):
    assert_no_server_error(client, endpoint, query)
