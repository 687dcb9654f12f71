"""/health/'s search check (search/health.py)."""

from dare_platform import health
from knowledge import factories
from search import service
from search.health import check_search


def test_the_search_check_is_registered():
    assert health._checks["search"] is check_search


def test_health_says_search_is_degraded_when_the_index_is_empty(
    client, site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        factories.protocol(factories.centre(site, language="en"), title="Thawing CAR-T")
    assert client.get("/health/").json()["checks"]["search"]["status"] == "ok"

    service.get_engine(service.configured_engine_name()).rebuild(iter(()))
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"]["search"]["status"] == "degraded"  # details: test_operations
