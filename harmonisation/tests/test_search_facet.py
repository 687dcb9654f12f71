"""Harmonised references can be found as such: the facet ``harmonisation=reference`` narrows a
search to them, and it follows the flag when it is set or removed. A centre's local copy of a
reference ranks below other pages that match as well."""

import pytest

from harmonisation import factories
from knowledge import factories as knowledge
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


def leukaferese_titles():
    return [hit.title for hit in service.search("leukaferese", language="nl").hits]


def test_a_local_copy_ranks_below_another_page_that_matches_as_well(harmonised_site):
    """The other page's longer title makes it the weaker match on its own: only the local
    copy's lower prominence puts it below."""
    knowledge.protocol(
        harmonised_site["centre_a"],
        identifier="DARE-SOP-0002",
        title="Leukaferese bij kinderen",
    )
    service.rebuild()
    assert leukaferese_titles()[1] == "Leukaferese Sanquin"
    factories.adoption(
        harmonised_site["centre_b"],
        harmonised_site["reference"],
        local_sop=harmonised_site["local_b"],
    )
    assert leukaferese_titles() == [
        "Leukaferese-ontvangst",
        "Leukaferese bij kinderen",
        "Leukaferese Sanquin",
    ]


def test_a_page_that_stops_being_a_local_copy_ranks_as_any_other(harmonised_site):
    adoption = factories.adoption(
        harmonised_site["centre_b"],
        harmonised_site["reference"],
        local_sop=harmonised_site["local_b"],
    )
    knowledge.protocol(
        harmonised_site["centre_a"],
        identifier="DARE-SOP-0002",
        title="Leukaferese bij kinderen",
    )
    service.rebuild()
    assert leukaferese_titles()[2] == "Leukaferese Sanquin"
    adoption.local_sop = None
    adoption.save()
    assert leukaferese_titles()[1] == "Leukaferese Sanquin"
