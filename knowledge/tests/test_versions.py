import re
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
    recorded = list(PublishedVersion.objects.filter(page=sop).order_by("number").values())
    factories.publish(sop)  # republishing unchanged neither adds nor rewrites a version
    assert list(PublishedVersion.objects.filter(page=sop).order_by("number").values()) == recorded


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


def test_compare_names_a_moved_step_as_moved(client, sop):
    steps = list(sop.procedure.raw_data)
    steps[0], steps[1] = steps[1], steps[0]
    factories.new_version(sop, 3, procedure=steps, change_note="Cooling first.")
    response = client.get(f"{sop.url}versions/compare/", {"a": 2, "b": 3})
    assert response.status_code == 200
    headings = re.findall(r'<li class="diff-item ([^"]*)">\s*<h3>([^:<]*):', response.text)
    assert headings == [("diff-item--unchanged diff-item--moved", "Moved")]
    assert "(was no. 2, now no. 1)" in response.text


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


def _outcome(items):
    return [(i.item_id, i.status, i.moved, i.old_number, i.new_number) for i in items]


def test_a_swapped_pair_of_steps_is_one_move_not_a_removal_and_an_addition():
    first = {"id": "a", "title": "Thaw", "fields": {"text": "Thaw at 37 °C"}}
    second = {"id": "b", "title": "Wash", "fields": {"text": "Wash twice"}}
    old = [{"key": "procedure", "kind": "items", "items": [first, second]}]
    new = [{"key": "procedure", "kind": "items", "items": [second, first]}]
    [section] = compare_sections(old, new)
    assert _outcome(section.items) == [
        ("b", "unchanged", True, 2, 1),
        ("a", "unchanged", False, 1, 2),
    ]
    assert _outcome(section.changed_items) == [("b", "unchanged", True, 2, 1)]
    assert section.status == "changed"


def test_moves_changes_removals_and_additions_are_told_apart():
    def step(item_id, title, text="Same"):
        return {"id": item_id, "title": title, "fields": {"text": text}}

    old_steps = [step("a", "Thaw"), step("b", "Wash"), step("c", "Count"), step("d", "Freeze")]
    new_steps = [
        step("c", "Count", "Count twice"),
        step("a", "Thaw"),
        step("e", "Seal"),
        step("z", "Freeze"),  # typed again: a new id, matched by its title
    ]
    old = [{"key": "procedure", "kind": "items", "items": old_steps}]
    new = [{"key": "procedure", "kind": "items", "items": new_steps}]
    [section] = compare_sections(old, new)
    assert _outcome(section.items) == [
        ("c", "changed", True, 3, 1),
        ("a", "unchanged", False, 1, 2),
        ("b", "removed", False, 2, None),
        ("e", "added", False, None, 3),
        ("z", "unchanged", False, 4, 4),
    ]


def test_unchanged_items_in_their_places_are_no_change():
    items = [{"id": "a", "title": "Thaw", "fields": {"text": "Thaw at 37 °C"}}]
    [section] = compare_sections(
        [{"key": "procedure", "kind": "items", "items": items}],
        [{"key": "procedure", "kind": "items", "items": items}],
    )
    assert _outcome(section.items) == [("a", "unchanged", False, 1, 1)]
    assert (section.status, section.changed_items) == ("unchanged", [])


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
    assert _outcome(items) == [("m1", "changed", False, 1, 1), ("m2", "removed", False, 2, None)]


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


def test_the_highest_release_is_current_whatever_the_live_page_number(client, sop):
    sop.version = 1
    factories.publish(sop)  # outside the admin a lower number is skipped, not recorded
    assert client.get(f"{sop.url}versions/2/").status_code == 200
    assert "This is not the current version." not in client.get(f"{sop.url}versions/2/").text
    assert "This is not the current version." in client.get(f"{sop.url}versions/1/").text
