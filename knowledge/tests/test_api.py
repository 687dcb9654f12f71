import pytest

from knowledge import factories


def test_api_lists_live_pages_per_locale(client, site):
    owner = factories.centre(site, language="en")
    factories.protocol(owner, title="Receipt of apheresis")
    factories.protocol(owner, identifier="DARE-SOP-0002", title="Draft SOP", live=False)
    response = client.get(
        "/api/v2/pages/",
        {
            "locale": "en",
            "type": "knowledge.ProtocolPage",
            "fields": "identifier,version,status,procedure",
        },
    )
    assert response.status_code == 200
    items = response.json()["items"]
    assert [item["title"] for item in items] == ["Receipt of apheresis"]
    assert items[0]["identifier"] == "DARE-SOP-0001"
    assert items[0]["procedure"][0]["type"] == "step"
    dutch = client.get("/api/v2/pages/", {"locale": "nl"}).json()["items"]
    assert dutch and all(item["meta"]["locale"] == "nl" for item in dutch)


@pytest.mark.parametrize(
    "query",
    [
        "pages/find/?id=undefined",
        "pages/?offset=99999999999999999999999",
        "documents/?offset=99999999999999999999999",
        "pages/?search=%00",
        "images/?fields=%00",
    ],
)
def test_api_answers_malformed_parameters_with_400_not_500(client, site, query):
    response = client.get(f"/api/v2/{query}")
    assert response.status_code == 400
    assert response.json()["message"]
