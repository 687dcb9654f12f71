"""The public harmonisation matrix: its cells, totals, filters and the notice for filters it
did not understand, in both languages, in a fixed number of queries."""

import re
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from harmonisation import factories, matrix
from harmonisation.matrix import build_matrix
from harmonisation.models import Adoption, AdoptionStatus, HarmonisedReference
from knowledge import factories as knowledge
from knowledge.models import Centre

pytestmark = pytest.mark.django_db


def cells(html: str) -> list[list[str]]:
    """The matrix body as text: per row, the reference title then each cell's visible text."""
    body = html.split('<table class="matrix">', 1)[1].split("<tbody>", 1)[1]
    body = body.split("</tbody>", 1)[0]
    rows = []
    for row in re.findall(r"<tr>(.*?)</tr>", body, re.S):
        title = re.search(r"<th[^>]*>\s*<a[^>]*>(.*?)</a>", row, re.S).group(1)
        texts = [
            " ".join(unescape(re.sub(r"<[^>]+>", " ", cell)).split())
            for cell in re.findall(r'<td class="status[^"]*">(.*?)</td>', row, re.S)
        ]
        rows.append([unescape(title), *texts])
    return rows


def test_the_matrix_shows_each_centres_status_with_its_record_link(client, matrix_site):
    page = matrix_site["harmonisation_nl"]
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert cells(html) == [
        ["Steriliteit", "Sanquin: Niet van toepassing", "UMC Utrecht: Geen registratie"],
        [
            "Leukaferese-ontvangst",
            "Sanquin: Overgenomen met afwijkingen",
            "UMC Utrecht: Ongewijzigd overgenomen",
        ],
    ]
    for record in ("a_protocol", "b_protocol", "b_qc"):
        url = page.route_url("adoption", pk=matrix_site[record].pk)
        assert html.count(f'href="{url}"') == 1
    assert 'class="status status--adopted-with-deviations"' in html
    assert 'class="status status--none"' in html
    assert html.count('class="status-icon"') == 4 + 6  # four cells, six legend entries


def test_totals_per_reference_and_per_centre(matrix_site):
    built = build_matrix(data={}, language="en", adoption_url=str)
    assert [centre.name for centre in built.centres] == ["Sanquin", "UMC Utrecht"]
    qc, protocol = built.rows  # by identifier: DARE-QC-… before DARE-SOP-…
    assert (protocol.tally.adopted, protocol.tally.applicable, protocol.tally.percent) == (
        2,
        2,
        100,
    )
    # B's "not applicable" leaves the percentage; A's missing record counts against it.
    assert (qc.tally.adopted, qc.tally.applicable, qc.tally.percent) == (0, 1, 0)
    sanquin, umcu = built.centre_tallies
    assert (sanquin.adopted, sanquin.applicable, sanquin.percent) == (1, 1, 100)
    assert (umcu.adopted, umcu.applicable, umcu.percent) == (1, 2, 50)


def test_the_english_matrix_names_in_english_and_marks_untranslated_references(client, matrix_site):
    response = client.get(matrix_site["harmonisation_en"].url)
    html = response.content.decode()
    assert cells(html) == [
        ["Sterility", "Sanquin: Not applicable", "UMC Utrecht: No record"],
        ["Leukaferese-ontvangst", "Sanquin: Adopted with deviations", "UMC Utrecht: Adopted as is"],
    ]
    protocol_url = matrix_site["reference_page"].url
    assert f'<a href="{protocol_url}" lang="nl" hreflang="nl">Leukaferese-ontvangst</a>' in html
    assert f'<a href="{matrix_site["qc_en"].url}">Sterility</a>' in html
    assert "Viral vector QC" in html


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        ("?modality=car-t", ["Leukaferese-ontvangst"]),
        ("?process_stage=starting-material", ["Leukaferese-ontvangst"]),
        ("?quality_attribute=sterility", ["Steriliteit"]),
        ("?modality=car-t&quality_attribute=sterility", []),
        ("?modality=aav", []),
    ],
)
def test_filters(client, matrix_site, query, titles):
    response = client.get(matrix_site["harmonisation_nl"].url + query)
    html = response.content.decode()
    assert response.status_code == 200
    if titles:
        assert [row[0] for row in cells(html)] == titles
    else:
        assert '<table class="matrix">' not in html
        assert "Geen geharmoniseerde referentie past bij deze filters." in html


def test_unknown_filter_values_are_ignored_and_said_so(client, matrix_site):
    response = client.get(
        matrix_site["harmonisation_en"].url + "?modality=warp-drive&quality_attribute=sterility"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Some filters were not understood and have been ignored:" in html
    assert "<li>Modality: Select a valid choice." in html
    assert [row[0] for row in cells(html)] == ["Sterility"]  # the valid filter still applies


def test_download_links_keep_the_filters_and_drop_other_parameters(client, matrix_site):
    page = matrix_site["harmonisation_en"]
    html = client.get(page.url + "?modality=car-t&utm_source=x").content.decode()
    assert f'href="{page.url}export/xlsx/?modality=car-t" download' in html
    assert f'href="{page.url}export/csv/?modality=car-t" download' in html


def test_the_page_cache_keys_on_the_matrix_filters():
    from dare_platform.page_cache import QUERY_PARAMETERS

    assert {"modality", "process_stage", "quality_attribute", "page"} <= QUERY_PARAMETERS


def grow(site, centres: int, references: int):
    """Add centres and protocol references up to the sizes given; every centre has a record
    for every reference."""
    for number in range(Centre.objects.count(), centres):
        knowledge.centre(site, code=f"c{number}", title=f"Centre {number}")
    for number in range(HarmonisedReference.objects.count(), references):
        page = knowledge.protocol(
            site["centre_a"], identifier=f"DARE-SOP-1{number:03d}", title=f"Protocol {number}"
        )
        factories.reference(page)
    for harmonised in HarmonisedReference.objects.all():
        for centre in Centre.objects.exclude(adoptions__reference=harmonised):
            Adoption.objects.create(
                centre=centre,
                reference=harmonised,
                status=AdoptionStatus.PLANNED,
                status_date="2026-03-01",
            )


def count_queries(client, url) -> int:
    client.get(url)  # fills the per-process caches (site root paths) a first request fills
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "suffix", ["", "?modality=car-t", "export/csv/?modality=car-t", "export/xlsx/"]
)
def test_queries_do_not_grow_with_centres_or_references(client, harmonised_site, suffix):
    url = harmonised_site["harmonisation_en"].url + suffix
    grow(harmonised_site, centres=2, references=2)
    small = count_queries(client, url)
    grow(harmonised_site, centres=6, references=8)
    built = build_matrix(data={}, language="en", adoption_url=str)
    assert (len(built.centres), len(built.rows)) == (6, 8)
    assert count_queries(client, url) == small


def centre_totals(html: str) -> list[str]:
    """The footer's percentage adopted per centre, as text."""
    footer = html.split("<tfoot>", 1)[1].split("</tfoot>", 1)[0]
    return [
        " ".join(unescape(re.sub(r"<[^>]+>", " ", cell)).split())
        for cell in re.findall(r'<td class="matrix__tally">(.*?)</td>', footer, re.S)
    ]


def test_the_page_shows_one_page_of_references_and_totals_over_all(
    client, matrix_site, monkeypatch
):
    monkeypatch.setattr(matrix, "PAGE_SIZE", 1)
    page = matrix_site["harmonisation_en"]
    first = client.get(page.url).content.decode()
    second = client.get(page.url + "?page=2").content.decode()
    assert [row[0] for row in cells(first)] == ["Sterility"]
    assert [row[0] for row in cells(second)] == ["Leukaferese-ontvangst"]
    # The totals per centre count both references, whichever page is shown.
    assert centre_totals(first) == centre_totals(second) == ["100% 1 of 1", "50% 1 of 2"]
    assert "2 harmonised references, 2 centres." in first
    assert "This page shows references 2 to 2 of 2. The totals per centre and the downloads " in (
        second
    )
    assert '<a href="?page=2" rel="next">Next</a>' in first
    assert '<a href="?page=1" rel="prev">Previous</a>' in second
    assert '<span aria-current="page">Page 2 of 2</span>' in second
    # An unknown page number shows the nearest page, never an error.
    assert [row[0] for row in cells(client.get(page.url + "?page=99").content.decode())] == [
        "Leukaferese-ontvangst"
    ]
    assert client.get(page.url + "?page=x").status_code == 200


def test_page_links_keep_the_filters_and_the_export_holds_every_page(
    client, matrix_site, monkeypatch
):
    monkeypatch.setattr(matrix, "PAGE_SIZE", 1)
    factories.reference(
        knowledge.protocol(matrix_site["centre_a"], identifier="DARE-SOP-0002", title="Transductie")
    )
    page = matrix_site["harmonisation_en"]
    html = client.get(page.url + "?modality=car-t&utm_source=x").content.decode()
    assert [row[0] for row in cells(html)] == ["Leukaferese-ontvangst"]
    assert '<a href="?modality=car-t&amp;page=2" rel="next">Next</a>' in html
    second = client.get(page.url + "?modality=car-t&page=2").content.decode()
    assert [row[0] for row in cells(second)] == ["Transductie"]
    assert f'href="{page.url}export/csv/?modality=car-t" download' in second
    csv_rows = client.get(page.url + "export/csv/?modality=car-t").content.decode("utf-8-sig")
    assert [line.split(",")[0] for line in csv_rows.splitlines()[1:3]] == [
        "Leukaferese-ontvangst",
        "Transductie",
    ]


def test_a_page_of_the_matrix_costs_the_same_queries_at_any_size(
    client, harmonised_site, monkeypatch
):
    monkeypatch.setattr(matrix, "PAGE_SIZE", 2)
    url = harmonised_site["harmonisation_en"].url + "?page=2"
    grow(harmonised_site, centres=2, references=3)
    small = count_queries(client, url)
    grow(harmonised_site, centres=6, references=9)
    assert count_queries(client, url) == small
