"""The public adoption record: what it says, in the reader's language."""

import pytest
from bs4 import BeautifulSoup

from harmonisation import factories
from knowledge import factories as knowledge

pytestmark = pytest.mark.django_db


def facts(html) -> dict[str, str]:
    return {
        item.select_one("dt").get_text(): " ".join(item.select_one("dd").get_text().split())
        for item in html.select(".adoption-facts > div")
    }


@pytest.fixture
def record(harmonised_site):
    site = harmonised_site
    local = site["local_b"].specific
    site["reference_en"] = knowledge.protocol(
        knowledge.centre(site, code="umcu", language="en", translation_of=site["centre_a"]),
        title="Leukapheresis receipt",
        step_count=3,
        translation_of=site["reference_page"],
        version=2,
    )
    return factories.adoption(
        site["centre_b"],
        site["reference"],
        status="adopted-with-deviations",
        local_sop=local,
        deviations=[
            (local.procedure[1].id, "Isolator instead of cabinet", "No cabinet"),
            ("materials", "Other supplier", "Tender"),
        ],
        contact_name="Jan de Vries",
        contact_email="jan@sanquin.example",
    )


def test_the_record_in_english_links_the_english_reference_and_names_everything(
    client, harmonised_site, record
):
    site = harmonised_site
    response = client.get(site["harmonisation_en"].route_url("adoption", pk=record.pk))
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert facts(html) == {
        "Harmonised reference": "DARE-SOP-0001 Leukapheresis receipt",
        "Working group": "CAR-T uitgangsmateriaal",
        "Centre": "Sanquin",
        "Status": "◐ Adopted with deviations",
        "Since": "1 March 2026",
        "Local SOP": "SANQ-SOP-0100 Leukaferese Sanquin (released version 1)",
        "Reference version followed": "Follows version 2",
    }
    reference_link = html.select_one(".adoption-facts a")
    assert reference_link["href"] == site["reference_en"].url
    local_link = html.select(".adoption-facts a")[-1]
    assert local_link["href"] == site["local_b"].url
    assert local_link["lang"] == "nl"  # the local SOP exists only in Dutch
    rows = [
        [cell.get_text() for cell in row.select("th, td")]
        for row in html.select("table.deviations tbody tr")
    ]
    assert rows == [
        ["Procedure, step 2: Step 2", "Isolator instead of cabinet", "No cabinet"],
        ["Materials", "Other supplier", "Tender"],
    ]
    mail = html.select_one("#contact a")
    assert (mail["href"], mail.get_text()) == ("mailto:jan@sanquin.example", "jan@sanquin.example")
    assert html.select(".outdated-notice") == []
    comparison = site["harmonisation_en"].route_url("comparison", pk=record.pk)
    assert [a["href"] for a in html.select("a") if a["href"] == comparison] == [comparison]


def test_the_record_warns_when_the_reference_has_moved_on(client, harmonised_site, record):
    knowledge.new_version(harmonised_site["reference_en"], 3)
    knowledge.new_version(harmonised_site["reference_page"], 3)
    response = client.get(harmonised_site["harmonisation_en"].route_url("adoption", pk=record.pk))
    notice = BeautifulSoup(response.content, "html.parser").select_one(".outdated-notice")
    assert " ".join(notice.get_text().split()) == (
        "This centre follows version 2 of the reference; version 3 is current. "
        "See what changed from version 2 to 3"
    )
    assert notice.select_one("a")["href"] == (
        harmonised_site["reference_en"].specific.version_compare_url + "?a=2&b=3"
    )


def test_the_other_languages_path_redirects_to_the_pages_own(client, harmonised_site, record):
    english = harmonised_site["harmonisation_en"]
    response = client.get(f"{english.url}adopties/{record.pk}/")
    assert response.status_code == 301
    assert response["Location"] == english.route_url("adoption", pk=record.pk)
