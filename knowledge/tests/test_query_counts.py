from django.db import connection
from django.test.utils import CaptureQueriesContext

from knowledge import factories


def _queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_protocol_page_queries_do_not_grow_with_steps_and_materials(client, site):
    owner = factories.centre(site, language="en")
    small = factories.protocol(owner, identifier="DARE-SOP-0001", step_count=2, material_count=2)
    large = factories.protocol(
        owner, identifier="DARE-SOP-0002", title="Large", step_count=40, material_count=30
    )
    for page in (small, large):  # warm per-process caches (site root paths, glossary matcher)
        client.get(page.url)
    assert _queries_for(client, large.url) == _queries_for(client, small.url)


def test_index_page_queries_do_not_grow_with_results(client, site):
    owner = factories.centre(site, language="en")
    factories.protocol(owner, identifier="DARE-SOP-0001")
    client.get(site["protocols_en"].url)
    few = _queries_for(client, site["protocols_en"].url)
    for number in range(2, 16):
        factories.protocol(owner, identifier=f"DARE-SOP-{number:04d}", title=f"SOP {number}")
    assert _queries_for(client, site["protocols_en"].url) == few
