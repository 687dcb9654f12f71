"""The cross-centre QC comparison: the list of quality attributes, and for one of them how
each centre tests it and whether it follows the harmonised method."""

import re
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from harmonisation import factories
from harmonisation.models import AdoptionStatus
from harmonisation.qc_comparison import plain_principle
from knowledge import factories as knowledge

pytestmark = pytest.mark.django_db


@pytest.fixture
def qc_site(harmonised_site):
    """A's sterility method is the harmonised one; B tests sterility its own way and has
    adopted the harmonised method as is; LUMC performs B's method and has no record; LUMC
    also tests endotoxin."""
    site = harmonised_site
    lumc = knowledge.centre(site, code="lumc", title="LUMC")
    qc_a = knowledge.qc_method(site["centre_a"], identifier="DARE-QC-0001", title="Steriliteit")
    qc_b = knowledge.qc_method(
        site["centre_b"],
        identifier="SANQ-QC-0007",
        title="Snelle steriliteit",
        method_principle="<p>BacT/ALERT &amp; <b>kweek</b> bij 32 °C.</p>",
        pharmacopoeia_reference="Ph. Eur. 2.6.27",
        turnaround_time="7 dagen",
        validation_status="in-validation",
    )
    qc_b.performed_by = [lumc]
    knowledge.publish(qc_b)
    knowledge.qc_method(
        lumc, identifier="LUMC-QC-0002", title="Endotoxine", quality_attribute="endotoxin"
    )
    qc_reference = factories.reference(qc_a, factories.working_group("qc", "QC", "QC"))
    record = factories.adoption(
        site["centre_b"], qc_reference, status=AdoptionStatus.ADOPTED, local_sop=qc_b
    )
    return {**site, "lumc": lumc, "qc_a": qc_a, "qc_b": qc_b, "record": record}


def table_rows(html: str) -> list[list[str]]:
    body = html.split('<table class="qc-table">', 1)[1].split("<tbody>", 1)[1]
    body = body.split("</tbody>", 1)[0]
    return [
        [
            " ".join(unescape(re.sub(r"<[^>]+>", " ", cell)).split())
            for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
        ]
        for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)
    ]


def test_how_each_centre_tests_sterility(client, qc_site):
    page = qc_site["harmonisation_en"]
    response = client.get(page.route_url("qc_attribute", attribute="sterility"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>How the centres test: Sterility</h1>" in html
    assert table_rows(html) == [
        [
            "LUMC",
            "Snelle steriliteit SANQ-QC-0007",
            "BacT/ALERT & kweek bij 32 °C.",
            "Ph. Eur. 2.6.27",
            "7 dagen",
            "In validation",
            "No adoption record",
        ],
        [
            "Sanquin",
            "Snelle steriliteit SANQ-QC-0007",
            "BacT/ALERT & kweek bij 32 °C.",
            "Ph. Eur. 2.6.27",
            "7 dagen",
            "In validation",
            "Yes: Adopted as is",
        ],
        [
            "UMC Utrecht",
            "Steriliteit DARE-QC-0001",
            "Geautomatiseerde kweek volgens Ph. Eur. 2.6.27.",
            "Ph. Eur. 2.6.27",
            "—",
            "Compendial method, verified",
            "Yes: this is the harmonised method",
        ],
    ]
    record_url = page.route_url("adoption", pk=qc_site["record"].pk)
    assert f'<a href="{record_url}">Yes: Adopted as is</a>' in html
    # Dutch-only methods read from the English site are marked as Dutch.
    assert f'<a href="{qc_site["qc_b"].url}" lang="nl" hreflang="nl">' in html


def test_a_centre_with_another_status_does_not_follow(client, qc_site):
    qc_site["record"].status = AdoptionStatus.PLANNED
    qc_site["record"].save()
    page = qc_site["harmonisation_nl"]
    html = client.get(page.route_url("qc_attribute", attribute="sterility")).content.decode()
    assert [row[-1] for row in table_rows(html)] == [
        "Geen overnameregistratie",
        "Nee: Gepland",
        "Ja: dit is de geharmoniseerde methode",
    ]


def test_the_attribute_list(client, qc_site):
    page = qc_site["harmonisation_en"]
    response = client.get(page.route_url("qc"))
    html = response.content.decode()
    assert response.status_code == 200
    sterility_url = page.route_url("qc_attribute", attribute="sterility")
    assert (
        f'<li><a href="{sterility_url}">Sterility</a> '
        '<span class="matrix__count">(2 methods, harmonised method)</span></li>'
    ) in html
    assert '>Endotoxin</a> <span class="matrix__count">(1 method)</span>' in html
    assert '>Potency</a> <span class="matrix__count">(0 methods)</span>' in html


def test_an_attribute_without_methods_says_so(client, qc_site):
    page = qc_site["harmonisation_en"]
    response = client.get(page.route_url("qc_attribute", attribute="potency"))
    assert response.status_code == 200
    assert "No centre has published a QC method for this quality attribute yet." in (
        response.content.decode()
    )


def test_an_unknown_attribute_is_the_sites_404(client, qc_site):
    response = client.get(qc_site["harmonisation_nl"].route_url("qc_attribute", attribute="warp"))
    assert response.status_code == 404
    assert "<h1>Pagina niet gevonden</h1>" in response.content.decode()


def test_the_principle_is_short_plain_text():
    long = "<p>" + " ".join(f"w{n}" for n in range(40)) + " &lt;b&gt;</p>"
    assert plain_principle(long) == " ".join(f"w{n}" for n in range(30)) + "…"
    assert plain_principle("<p>A &amp; <i>B</i></p>") == "A & B"


def test_queries_do_not_grow_with_centres(client, qc_site):
    url = qc_site["harmonisation_en"].route_url("qc_attribute", attribute="sterility")

    def count() -> int:
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    small = count()
    for number in range(4):
        centre = knowledge.centre(qc_site, code=f"c{number}", title=f"Centre {number}")
        method = knowledge.qc_method(centre, identifier=f"C{number}-QC-1", title="Steriliteit")
        method.performed_by = [qc_site["lumc"]]
        knowledge.publish(method)
        factories.adoption(
            centre, qc_site["record"].reference, status=AdoptionStatus.PLANNED, local_sop=method
        )
    html = client.get(url).content.decode()
    assert len(table_rows(html)) == 3 + 8  # each new method: its centre and LUMC
    assert count() == small
