"""What a centre's local SOP changes against the reference version it says it follows.

Both sides are released versions (``PublishedVersion.sections``): the local SOP's latest
release against the followed version of the reference, taken in the local SOP's language when
the reference was released in it under the same number (else the followed version as
recorded), so wording is compared with wording in one language. ``knowledge.diff`` does the
matching: the two documents' items have different block ids, so items pair up by title.

Each section and item then gets the deviations the centre declared on it (a deviation's
anchor is a section key or an item id of the local SOP). A difference with no deviation on
its item nor on its section is an *undeclared difference*: the record claims less than the
documents show. Declared deviations whose anchor the compared release does not have (a step
removed since) are listed apart, so none silently disappears.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from knowledge.diff import ItemDiff, TextChange, compare_sections
from knowledge.labels import FIELD_LABELS, SECTION_LABELS


@dataclass
class Sides:
    """One text, as the reference has it (with what the local SOP removed marked) and as the
    local SOP has it (with what it added marked)."""

    reference: list[TextChange]
    local: list[TextChange]

    @classmethod
    def of(cls, changes: list[TextChange]) -> Sides:
        return cls(
            reference=[change for change in changes if change.operation != "insert"],
            local=[change for change in changes if change.operation != "delete"],
        )


@dataclass
class FieldRow:
    name: str
    label: str
    text: Sides
    changed: bool


@dataclass
class ItemRow:
    status: str  # "unchanged" | "changed" | "added" (only local) | "removed" (only reference)
    moved: bool
    reference_number: int | None
    local_number: int | None
    anchor: str  # the local SOP's item id; "" for an item only the reference has
    title: Sides
    fields: list[FieldRow]
    deviations: list = field(default_factory=list)
    undeclared: bool = False

    @property
    def differs(self) -> bool:
        return self.status != "unchanged" or self.moved


@dataclass
class SectionComparison:
    key: str
    label: str
    kind: str  # "text" | "items"
    status: str  # "unchanged" | "changed"
    text: Sides | None = None
    rows: list[ItemRow] = field(default_factory=list)
    deviations: list = field(default_factory=list)  # declared on the section as a whole
    undeclared: bool = False

    @property
    def declared(self) -> bool:
        return bool(self.deviations) or any(row.deviations for row in self.rows)

    @property
    def undeclared_rows(self) -> list[ItemRow]:
        return [row for row in self.rows if row.undeclared]


@dataclass
class Comparison:
    sections: list[SectionComparison]
    unplaced_deviations: list  # declared on anchors the compared release does not have

    @property
    def changed_sections(self) -> list[SectionComparison]:
        return [section for section in self.sections if section.status == "changed"]

    @property
    def undeclared_sections(self) -> list[SectionComparison]:
        return [
            section for section in self.sections if section.undeclared or section.undeclared_rows
        ]


def _field_rows(item: ItemDiff) -> list[FieldRow]:
    return [
        FieldRow(
            name=diff.name,
            label=str(FIELD_LABELS.get(diff.name, diff.name)),
            text=Sides.of(diff.changes),
            changed=diff.changed,
        )
        for diff in item.fields
    ]


def _item_row(item: ItemDiff, deviations_by_anchor: dict) -> ItemRow:
    anchor = "" if item.status == "removed" else item.item_id
    return ItemRow(
        status=item.status,
        moved=item.moved,
        reference_number=item.old_number,
        local_number=item.new_number,
        anchor=anchor,
        title=Sides.of(item.title),
        fields=_field_rows(item),
        deviations=deviations_by_anchor.get(anchor, []) if anchor else [],
    )


def compare(reference_sections: list[dict], local_sections: list[dict], deviations) -> Comparison:
    """The local SOP's sections against the reference's, section by section, with each
    declared deviation beside the section or item its anchor names."""
    deviations_by_anchor: dict[str, list] = {}
    for deviation in deviations:
        deviations_by_anchor.setdefault(deviation.anchor, []).append(deviation)
    placed: set[str] = set()
    sections = []
    for diff in compare_sections(reference_sections, local_sections):
        section = SectionComparison(
            key=diff.key,
            label=str(SECTION_LABELS.get(diff.key, diff.key)),
            kind=diff.kind,
            status=diff.status,
            deviations=deviations_by_anchor.get(diff.key, []),
        )
        placed.add(diff.key)
        if diff.kind == "text":
            section.text = Sides.of(diff.text)
        else:
            section.rows = [_item_row(item, deviations_by_anchor) for item in diff.items]
            placed.update(row.anchor for row in section.rows if row.anchor)
            for row in section.rows:
                row.undeclared = row.differs and not row.deviations and not section.deviations
        section.undeclared = section.status == "changed" and not section.declared
        sections.append(section)
    unplaced = [deviation for deviation in deviations if deviation.anchor not in placed]
    return Comparison(sections=sections, unplaced_deviations=unplaced)


def anchor_labels(sections: list[dict]) -> dict[str, str]:
    """A readable name for every anchor of a released version: its sections ("Procedure")
    and items ("Procedure, step 2: Thaw the cells"), in the reader's language."""
    labels = {}
    for section in sections:
        section_label = str(SECTION_LABELS.get(section["key"], section["key"]))
        labels[section["key"]] = section_label
        for number, item in enumerate(section.get("items", []), start=1):
            if not item.get("id"):
                continue
            values = {"section": section_label, "number": number, "title": item.get("title", "")}
            if section["key"] == "procedure":
                labels[item["id"]] = _("%(section)s, step %(number)s: %(title)s") % values
            else:
                labels[item["id"]] = _("%(section)s, no. %(number)s: %(title)s") % values
    return labels
