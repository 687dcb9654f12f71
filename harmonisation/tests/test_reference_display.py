"""A harmonised reference says so on its own page and in the protocol and QC listings, in
one query per listing however many references it shows."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from harmonisation import factories
from knowledge import factories as knowledge

pytestmark = pytest.mark.django_db

NOTE_NL = (
    "Geharmoniseerde referentie Geharmoniseerde referentie van de werkgroep CAR-T uitgangsmateriaal"
)


def notes_on(client, url) -> list[str]:
    html = BeautifulSoup(client.get(url).content, "html.parser")
    return [" ".join(note.get_text().split()) for note in html.select(".annotation--harmonised")]


def test_the_reference_page_carries_the_note_and_another_protocol_does_not(client, harmonised_site):
    assert notes_on(client, harmonised_site["reference_page"].url) == [NOTE_NL]
    assert notes_on(client, harmonised_site["local_b"].url) == []


def test_the_listing_marks_exactly_the_references(client, harmonised_site):
    response = client.get(harmonised_site["protocols_nl"].url)
    html = BeautifulSoup(response.content, "html.parser")
    marked = [
        item.select_one(".identifier").get_text()
        for item in html.select(".document-list__item")
        if item.select(".annotation--harmonised")
    ]
    assert marked == ["DARE-SOP-0001"]
    assert len(html.select(".document-list__item")) == 2


def test_a_qc_method_reference_is_marked_in_the_qc_listing(client, harmonised_site):
    method = knowledge.qc_method(harmonised_site["centre_a"])
    factories.reference(method, factories.working_group("viral-qc", "Virale vector-QC"))
    html = BeautifulSoup(client.get(harmonised_site["qc_nl"].url).content, "html.parser")
    assert [" ".join(n.get_text().split()) for n in html.select(".annotation--harmonised")] == [
        "Geharmoniseerde referentie Geharmoniseerde referentie van de werkgroep Virale vector-QC"
    ]


def test_the_listing_costs_the_same_queries_with_more_references(client, harmonised_site):
    url = harmonised_site["protocols_en"].url
    client.get(url)
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    for number in range(2, 7):
        page = knowledge.protocol(
            harmonised_site["centre_a"], identifier=f"DARE-SOP-{number:04d}", title=f"SOP {number}"
        )
        factories.reference(page)
    client.get(url)
    with CaptureQueriesContext(connection) as six:
        client.get(url)
    assert len(six) == len(one)
