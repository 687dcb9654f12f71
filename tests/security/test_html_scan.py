"""The public site sends ``script-src 'self'`` (docs/decisions.md, 7): its HTML must never rely
on inline code. Every kind of page, and search results for hostile queries, is parsed and
checked for <script> elements without ``src``, ``on…=`` event handler attributes and
``javascript:`` URLs. (Pages full of hostile content get the same scan in test_xss.py.)"""

from urllib.parse import urlencode

import pytest
from django.test import Client

from tests.page_kinds import PAGE_KINDS, page_urls
from tests.payloads import xss_payloads
from tests.search_support import search_url
from tests.security.html_checks import inline_code


def scan(client: Client, urls) -> dict[str, list[str]]:
    findings = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code < 500, url
        assert "text/html" in response["Content-Type"], url
        if found := inline_code(response.content.decode()):
            findings[url] = found
    return findings


def test_the_scanner_finds_inline_code():
    html = (
        '<p onclick="x()">a</p><script>alert(1)</script><script src="/static/a.js"></script>'
        '<a href=" JaVaScRiPt:alert(1)">b</a><img src=x onerror=alert(1)/>'
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; onload=alert(1)</p>"
    )
    assert len(inline_code(html)) == 4


@pytest.fixture
def realistic_site(db, shared_site_data):
    return shared_site_data


@pytest.mark.parametrize("kind", PAGE_KINDS)
def test_page_kind_has_no_inline_code(client, realistic_site, kind):
    assert scan(client, page_urls(kind, realistic_site)) == {}


def test_hostile_search_queries_leave_no_inline_code(client, realistic_site):
    """Every third payload of the list as the query (test_xss.py renders others in the
    browser; the fuzzing draws from all of them)."""
    languages = ("nl", "en")
    urls = [
        f"{search_url(languages[index % 2])}?{urlencode({'q': payload, 'type': 'protocol'})}"
        for index, payload in enumerate(xss_payloads()[1::3])
    ]
    assert scan(client, urls) == {}
