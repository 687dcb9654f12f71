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
