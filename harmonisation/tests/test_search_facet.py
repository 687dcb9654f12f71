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


def another_leukaferese_protocol(site):
    """A protocol that matches "leukaferese" a little less well than B's local SOP on its
    own (a longer title), so only a local copy's lower prominence puts the copy below it."""
    knowledge.protocol(
        site["centre_a"], identifier="DARE-SOP-0002", title="Leukaferese bij kinderen"
    )


def record_local_copy(site):
    """B's local SOP recorded as B's adoption of the reference."""
    return factories.adoption(site["centre_b"], site["reference"], local_sop=site["local_b"])


def test_a_local_copy_ranks_below_another_page_that_matches_as_well(harmonised_site):
    another_leukaferese_protocol(harmonised_site)
    service.rebuild()
    assert leukaferese_titles()[1] == "Leukaferese Sanquin"
    record_local_copy(harmonised_site)
    assert leukaferese_titles() == [
        "Leukaferese-ontvangst",
        "Leukaferese bij kinderen",
        "Leukaferese Sanquin",
    ]


def test_a_page_that_stops_being_a_local_copy_ranks_as_any_other(harmonised_site):
    adoption = record_local_copy(harmonised_site)
    another_leukaferese_protocol(harmonised_site)
    service.rebuild()
    assert leukaferese_titles()[2] == "Leukaferese Sanquin"
    adoption.local_sop = None
    adoption.save()
    assert leukaferese_titles()[1] == "Leukaferese Sanquin"
