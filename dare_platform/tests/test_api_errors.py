"""The JSON APIs answer errors in JSON, ``{"message": ...}``, with the right status."""

from django.db import OperationalError

from dare_platform import api


def _lost_database(*args, **kwargs):
    raise OperationalError("connection refused")


def test_an_unknown_locale_is_a_json_404_not_a_redirect(client, site):
    response = client.get("/api/v2/pages/?locale=zz")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert set(response.json()) == {"message"}


def test_an_unknown_api_path_is_a_json_404(client, db):
    response = client.get("/api/v2/nothing-here/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    assert response.json() == {"message": "Not found."}


def test_a_wrong_method_on_the_search_api_is_a_json_405(client, db):
    response = client.post("/api/search/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 405
    assert response.json() == {"message": "This method is not allowed here."}
    assert response["Allow"] == "GET"


def test_a_lost_database_gives_json_503s_on_both_apis(client, db, monkeypatch):
    from search import views as search_views

    monkeypatch.setattr(api.Pages, "listing_view", _lost_database)
    monkeypatch.setattr(search_views.service, "search", _lost_database)
    client.raise_request_exception = False
    for url in ("/api/v2/pages/", "/api/search/?q=cells"):
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 503, url
        assert response.json() == {
            "message": "Temporarily unavailable. Please try again in a moment."
        }
        assert response["Retry-After"] == "30"


def test_an_api_message_follows_the_readers_language(client, db):
    response = client.get("/api/v2/nothing-here/", HTTP_ACCEPT_LANGUAGE="nl")
    assert response.json() == {"message": "Niet gevonden."}
