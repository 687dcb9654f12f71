"""Harmonised references can be found as such: the facet ``harmonisation=reference`` narrows a
search to them, and it follows the flag when it is set or removed."""

import pytest

from harmonisation import factories
from search import service

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("own_search_index")]


def reference_titles(language="nl"):
    outcome = service.search(
        "leukaferese", language=language, filters={"harmonisation": "reference"}
    )
    return [hit.title for hit in outcome.hits]


def test_the_facet_narrows_a_search_to_harmonised_references(harmonised_site):
    service.rebuild()
    everything = service.search("leukaferese", language="nl")
    assert sorted(hit.title for hit in everything.hits) == [
        "Leukaferese Sanquin",
        "Leukaferese-ontvangst",
    ]
    assert reference_titles() == ["Leukaferese-ontvangst"]
    assert everything.facet_counts["harmonisation"] == {"reference": 1}


def test_the_facet_follows_the_flag(harmonised_site):
    harmonised_site["reference"].delete()
    service.rebuild()
    assert reference_titles() == []
    factories.reference(harmonised_site["local_b"])
    assert reference_titles() == ["Leukaferese Sanquin"]
