"""Local SOP against the reference version it follows: which sections and items differ, which
differences a deviation declares and which it does not, and the newer-version warning."""

from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from harmonisation import factories
from harmonisation.comparison import compare
from knowledge import factories as knowledge
from tests.payloads import xss_payloads
from tests.security.html_checks import inline_code

pytestmark = pytest.mark.django_db


def item(item_id, title, text):
    return {"id": item_id, "title": title, "fields": {"text": text}}


REFERENCE = [
    {"key": "purpose", "kind": "text", "text": "Receive the material."},
    {"key": "materials", "kind": "items", "items": [item("r-m1", "Medium", "GMP")]},
    {
        "key": "procedure",
        "kind": "items",
        "items": [
            item("r-1", "Thaw", "Thaw at 37 °C."),
            item("r-2", "Wash", "Wash twice."),
            item("r-3", "Count", "Count the cells."),
        ],
    },
]
LOCAL = [
    {"key": "purpose", "kind": "text", "text": "Receive and check the material."},
    {"key": "materials", "kind": "items", "items": [item("l-m1", "Medium", "GMP")]},
    {
        "key": "procedure",
        "kind": "items",
        "items": [
            item("l-1", "Thaw", "Thaw at 25 °C."),
            item("l-2", "Wash", "Wash twice."),
            item("l-4", "Freeze", "Freeze the rest."),
        ],
    },
]


def deviation(anchor, what="differs", why="because"):
    return SimpleNamespace(anchor=anchor, what=what, why=why)


def test_items_pair_up_by_title_and_differences_are_declared_or_not():
    declared_step = deviation("l-1")
    on_purpose = deviation("purpose")
    gone = deviation("l-9")
    result = compare(REFERENCE, LOCAL, [declared_step, on_purpose, gone])

    by_key = {section.key: section for section in result.sections}
    assert [s.key for s in result.changed_sections] == ["purpose", "procedure"]
    assert by_key["materials"].status == "unchanged"
    assert by_key["purpose"].deviations == [on_purpose]
    assert by_key["purpose"].undeclared is False  # declared on the section
    procedure = by_key["procedure"]
    assert [(row.status, row.anchor, row.undeclared) for row in procedure.rows] == [
        ("changed", "l-1", False),  # "Thaw" matched by title, its change declared
        ("unchanged", "l-2", False),
        ("removed", "", True),  # "Count": only in the reference, nothing declares it
        ("added", "l-4", True),  # "Freeze": only in the local SOP, nothing declares it
    ]
    assert procedure.rows[0].deviations == [declared_step]
    assert procedure.undeclared is False  # one of its differences is declared…
    assert [s.key for s in result.undeclared_sections] == ["procedure"]  # …two are not
    assert result.unplaced_deviations == [gone]
    thaw_text = procedure.rows[0].fields[0].text
    assert [(c.operation, c.text) for c in thaw_text.reference if c.operation != "equal"] == [
        ("delete", "37")
    ]
    assert [(c.operation, c.text) for c in thaw_text.local if c.operation != "equal"] == [
        ("insert", "25")
    ]


def test_a_changed_section_without_any_deviation_is_undeclared():
    result = compare(REFERENCE, LOCAL, [])
    assert [s.key for s in result.sections if s.undeclared] == ["purpose", "procedure"]


def steps_with(titles_and_texts):
    return knowledge.stream(
        "step",
        [
            {
                "title": title,
                "text": f"<p>{text}</p>",
                "critical": False,
                "hold_time": "",
                "safety_note": "",
                "figure": None,
                "figure_alt_text": "",
            }
            for title, text in titles_and_texts
        ],
    )


@pytest.fixture
def changed_local(harmonised_site):
    """B's local SOP released as version 2 with step 2 reworded and a fourth step added; B
    declares the step 2 change; the reference moves on to version 3."""
    site = harmonised_site
    local = knowledge.new_version(
        site["local_b"],
        2,
        procedure=steps_with(
            [
                ("Step 1", "Do step 1 in the cabinet."),
                ("Step 2", "Do step 2 in the isolator."),
                ("Step 3", "Do step 3 in the cabinet."),
                ("Step 4", "Label the bags."),
            ]
        ),
    )
    record = factories.adoption(
        site["centre_b"],
        site["reference"],
        status="adopted-with-deviations",
        local_sop=local,
        deviations=[(local.procedure[1].id, "Isolator instead of cabinet", "No cabinet on site")],
    )
    knowledge.new_version(site["reference_page"], 3, change_note="Derde versie.")
    return SimpleNamespace(site=site, local=local, record=record)


def test_the_comparison_page_marks_declared_and_undeclared_differences(client, changed_local):
    local, record = changed_local.local, changed_local.record
    url = changed_local.site["harmonisation_en"].route_url("comparison", pk=record.pk)
    response = client.get(url)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    changed = [s["id"] for s in html.select("section.comparison-section--changed")]
    assert changed == ["section-procedure"]
    step_2 = html.select_one(f"#item-{local.procedure[1].id}")
    assert "comparison-row--undeclared" not in step_2["class"]
    assert "Isolator instead of cabinet" in step_2.select_one(".deviation").get_text()
    assert [d.get_text() for d in step_2.select("del")] == ["cabinet"]
    assert [i.get_text() for i in step_2.select("ins")] == ["isolator"]
    step_4 = html.select_one(f"#item-{local.procedure[3].id}")
    assert step_4["class"] == [
        "comparison-row",
        "comparison-row--added",
        "comparison-row--undeclared",
    ]
    assert step_4.select_one(".tag--undeclared").get_text() == "Undeclared difference"
    summary = " ".join(html.select_one(".comparison-summary").get_text().split())
    assert "1 section differs from the reference." in summary
    assert "1 section has differences no deviation declares." in summary


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "This centre follows version 2 of the reference; version 3 is current."),
        ("nl", "Dit centrum volgt versie 2 van de referentie; versie 3 is de huidige."),
    ],
)
def test_a_newer_reference_version_is_a_warning_with_a_link_to_what_changed(
    client, changed_local, language, expected
):
    site = changed_local.site
    url = site[f"harmonisation_{language}"].route_url("comparison", pk=changed_local.record.pk)
    html = BeautifulSoup(client.get(url).content, "html.parser")
    notice = html.select_one(".outdated-notice")
    assert expected in " ".join(notice.get_text().split())
    link = notice.select_one("a")["href"]
    assert link == site["reference_page"].specific.version_compare_url + "?a=2&b=3"
    assert client.get(link).status_code == 200


def test_no_warning_when_the_centre_follows_the_current_version(client, harmonised_site):
    site = harmonised_site
    record = factories.adoption(site["centre_b"], site["reference"], local_sop=site["local_b"])
    url = site["harmonisation_en"].route_url("comparison", pk=record.pk)
    html = BeautifulSoup(client.get(url).content, "html.parser")
    assert html.select(".outdated-notice") == []
    assert html.select(".comparison-section--changed") == []
    assert len(html.select(".comparison-section--unchanged")) == 8


@pytest.mark.parametrize("route", ["comparison", "adoption"])
def test_an_unknown_record_is_a_404(client, harmonised_site, route):
    for language in ("nl", "en"):
        url = harmonised_site[f"harmonisation_{language}"].route_url(route, pk=999999)
        assert client.get(url).status_code == 404


def record_with(site, step_count, deviation_count, identifier):
    local = knowledge.protocol(
        site["centre_b"], identifier=identifier, title=identifier, step_count=step_count
    )
    anchors = [block.id for block in local.specific.procedure]
    reference_page = knowledge.protocol(
        site["centre_a"], identifier=f"REF-{identifier}", step_count=step_count + 1
    )
    return factories.adoption(
        site["centre_b"],
        factories.reference(reference_page),
        status="adopted-with-deviations",
        local_sop=local,
        deviations=[
            (anchors[n % len(anchors)], f"what {n}", f"why {n}") for n in range(deviation_count)
        ],
    )


def queries_for(client, url) -> int:
    client.get(url)  # warm caches shared by every page (menus, identifier links)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize("route", ["comparison", "adoption"])
def test_query_count_does_not_grow_with_steps_or_deviations(client, harmonised_site, route):
    site = harmonised_site
    small = record_with(site, 3, 1, "SMALL-1")
    large = record_with(site, 12, 5, "LARGE-1")
    page = site["harmonisation_en"]
    small_count = queries_for(client, page.route_url(route, pk=small.pk))
    large_count = queries_for(client, page.route_url(route, pk=large.pk))
    assert small_count == large_count


def test_payloads_in_deviations_and_contact_render_as_text(client, harmonised_site):
    site = harmonised_site
    payloads = xss_payloads()
    local = site["local_b"].specific
    record = factories.adoption(
        site["centre_b"],
        site["reference"],
        status="adopted-with-deviations",
        local_sop=local,
        contact_name=payloads[0][:120],
        deviations=[(local.procedure[0].id, payload, payload) for payload in payloads[:20]],
    )
    for route in ("adoption", "comparison"):
        response = client.get(site["harmonisation_nl"].route_url(route, pk=record.pk))
        html = response.content.decode()
        assert response.status_code == 200
        assert inline_code(html) == []
        text = BeautifulSoup(html, "html.parser").get_text()
        assert payloads[1] in text  # shown, as text
