from io import StringIO

import pytest
from django.core.management import call_command

from knowledge import factories
from knowledge.diff import compare_sections, word_diff
from knowledge.models import PublishedVersion
from knowledge.sections import plain_text


@pytest.fixture
def sop(site):
    owner = factories.centre(site, language="en", title="Sanquin", code="sanquin")
    page = factories.protocol(owner, title="Controlled-rate freezing", step_count=3)
    steps = list(page.procedure.raw_data)
    steps[1]["value"]["text"] = "<p>Cool at -1 °C/min to -40 °C.</p>"
    steps.append(
        {
            "type": "step",
            "id": "e1b5c4f8-0000-4000-8000-000000000004",
            "value": {
                "title": "Transfer to vapour phase",
                "text": "<p>Move bags.</p>",
                "critical": True,
                "hold_time": "",
                "safety_note": "",
                "figure": None,
                "figure_alt_text": "",
            },
        }
    )
    factories.new_version(page, 2, procedure=steps, change_note="Cooling rate specified.")
    return page.specific.__class__.objects.get(pk=page.pk)


def test_each_published_version_is_recorded_once(sop):
    versions = PublishedVersion.objects.filter(page=sop).order_by("number")
    assert [v.number for v in versions] == [1, 2]
    assert versions[1].change_note == "Cooling rate specified."
    factories.publish(sop)  # re-publishing the same number replaces, never duplicates
    assert PublishedVersion.objects.filter(page=sop).count() == 2


def test_history_lists_versions_with_stable_links(client, sop):
    response = client.get(f"{sop.url}versions/")
    assert response.status_code == 200
    assert f"{sop.url}versions/1/" in response.text
    assert "Cooling rate specified." in response.text


def test_an_old_version_renders_its_own_content(client, sop):
    old = client.get(f"{sop.url}versions/1/")
    assert old.status_code == 200
    assert "Transfer to vapour phase" not in old.text
    assert "This is not the current version." in old.text
    assert "Transfer to vapour phase" in client.get(f"{sop.url}versions/2/").text


def test_unknown_version_is_a_404(client, sop):
    assert client.get(f"{sop.url}versions/99/").status_code == 404


def test_compare_shows_changed_and_added_steps(client, sop):
    response = client.get(f"{sop.url}versions/compare/", {"a": 1, "b": 2})
    assert response.status_code == 200
    assert "<ins>Transfer to vapour phase</ins>" in response.text
    assert "<ins>Cool at -1 °C/min to -40 °C.</ins>" in response.text


@pytest.mark.parametrize(
    "query", [{"a": 1, "b": 1}, {"a": "x", "b": 2}, {"a": 7, "b": 2}, {"a": "<b>1</b>"}]
)
def test_bad_compare_input_gets_a_clear_message(client, sop, query):
    response = client.get(f"{sop.url}versions/compare/", query)
    assert response.status_code == 400
    assert "cannot be compared" in response.text
    assert "<b>1</b>" not in response.text


def test_word_diff_marks_insertions_and_deletions():
    changes = word_diff("viability ≥ 70 %", "viability ≥ 80 %")
    assert [(c.operation, c.text) for c in changes if c.operation != "equal"] == [
        ("delete", "70"),
        ("insert", "80"),
    ]


def test_items_are_matched_by_id_so_a_move_is_not_a_change():
    first = {"id": "a", "title": "Thaw", "fields": {"text": "Thaw at 37 °C"}}
    second = {"id": "b", "title": "Wash", "fields": {"text": "Wash twice"}}
    old = [{"key": "procedure", "kind": "items", "items": [first, second]}]
    new = [{"key": "procedure", "kind": "items", "items": [second, first]}]
    statuses = {item.item_id: item.status for item in compare_sections(old, new)[0].items}
    assert "changed" not in statuses.values()
    assert set(statuses) <= {"a", "b"}


def test_removed_and_changed_items_are_reported():
    old = [
        {
            "key": "materials",
            "kind": "items",
            "items": [
                {"id": "m1", "title": "CryoStor CS10", "fields": {"grade": "GMP grade"}},
                {"id": "m2", "title": "Albumin 20 %", "fields": {"grade": "GMP grade"}},
            ],
        }
    ]
    new = [
        {
            "key": "materials",
            "kind": "items",
            "items": [
                {"id": "m1", "title": "CryoStor CS10", "fields": {"grade": "Clinical grade"}},
            ],
        }
    ]
    items = compare_sections(old, new)[0].items
    assert {(i.item_id, i.status) for i in items} == {("m1", "changed"), ("m2", "removed")}


def test_plain_text_keeps_powers_and_indices_readable():
    """Snapshots, diffs and the search index read plain text: 10<sup>8</sup> is not 108."""
    rich = (
        "<p>Keep 1 × 10<sup>8</sup> cells at 5% CO<sub>2</sub>; 10<sup>&minus;6</sup></p>"
        "<p>T<sub>reg</sub> &amp; B</p>"
    )
    assert plain_text(rich) == "Keep 1 × 10⁸ cells at 5% CO₂; 10⁻⁶\nTreg & B"


def test_recorded_versions_are_derived_again_from_their_revisions(sop):
    """After an upgrade that changes plain text, old snapshots follow (--dry-run writes nothing)."""
    version = PublishedVersion.objects.get(page=sop, number=2)
    recorded = version.sections
    version.sections = [{"key": "procedure", "kind": "text", "text": "1 × 108 cells"}]
    version.save()

    out = StringIO()
    call_command("refresh_version_snapshots", "--dry-run", stdout=out)
    assert "1 of 2 versions would change" in out.getvalue()
    version.refresh_from_db()
    assert version.sections[0]["text"] == "1 × 108 cells"

    call_command("refresh_version_snapshots", stdout=out)
    version.refresh_from_db()
    assert version.sections == recorded
    assert "1 of 2 versions refreshed" in out.getvalue()
