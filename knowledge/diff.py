"""A readable diff between two snapshots of structured sections.

Items are matched by their stable block id first, then by title, so a reordered step shows as
moved (and unchanged, or changed) rather than as deleted-and-added: of the matched items, the
longest run that kept its order stayed in place, the others moved. Text is compared word by
word.
"""

import difflib
import re
from dataclasses import dataclass, field

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


@dataclass
class TextChange:
    operation: str  # "equal" | "insert" | "delete"
    text: str


@dataclass
class FieldDiff:
    name: str
    old: object
    new: object
    changes: list[TextChange]

    @property
    def changed(self) -> bool:
        return _as_text(self.old) != _as_text(self.new)


@dataclass
class ItemDiff:
    status: str  # "unchanged" | "changed" | "added" | "removed": what happened to its content
    old_number: int | None
    new_number: int | None
    item_id: str
    title: list[TextChange]
    fields: list[FieldDiff] = field(default_factory=list)
    moved: bool = False  # kept, but its place among the other items changed


@dataclass
class SectionDiff:
    key: str
    kind: str
    status: str  # "unchanged" | "changed"
    text: list[TextChange] = field(default_factory=list)
    items: list[ItemDiff] = field(default_factory=list)

    @property
    def changed_items(self):
        return [item for item in self.items if item.status != "unchanged" or item.moved]


REWRITE_THRESHOLD = 0.4


def word_diff(old: str, new: str) -> list[TextChange]:
    """Word-level changes; a text rewritten almost entirely shows as one deletion and one
    insertion, which reads better than a confetti of single-word changes."""
    old_tokens, new_tokens = _TOKEN.findall(old or ""), _TOKEN.findall(new or "")
    matcher = difflib.SequenceMatcher(a=old_tokens, b=new_tokens, autojunk=False)
    if old_tokens and new_tokens and matcher.ratio() < REWRITE_THRESHOLD:
        return [TextChange("delete", old), TextChange("insert", new)]
    changes: list[TextChange] = []
    for operation, a1, a2, b1, b2 in matcher.get_opcodes():
        if operation == "equal":
            changes.append(TextChange("equal", "".join(old_tokens[a1:a2])))
            continue
        if a2 > a1:
            changes.append(TextChange("delete", "".join(old_tokens[a1:a2])))
        if b2 > b1:
            changes.append(TextChange("insert", "".join(new_tokens[b1:b2])))
    return changes


def _as_text(value) -> str:
    if isinstance(value, bool):
        return "✓" if value else ""
    return str(value or "")


def _matching_items(old_items: list[dict], new_items: list[dict]) -> dict[int, int]:
    """Old position → new position of the same item: by block id, then by title among the
    items left over (an item deleted and typed again has a new id)."""
    new_position_of_id = {item["id"]: position for position, item in enumerate(new_items)}
    matches = {
        old_position: new_position_of_id[item["id"]]
        for old_position, item in enumerate(old_items)
        if item["id"] in new_position_of_id
    }
    left_over = [p for p in range(len(new_items)) if p not in set(matches.values())]
    for old_position, item in enumerate(old_items):
        if old_position in matches:
            continue
        for new_position in left_over:
            if new_items[new_position]["title"] == item["title"]:
                matches[old_position] = new_position
                left_over.remove(new_position)
                break
    return matches


def _kept_in_order(new_positions: list[int]) -> set[int]:
    """The longest run of ``new_positions`` (matched items taken in their old order) that
    still ascends: the items that kept their order. Every other matched item moved."""
    longest_ending_at: list[list[int]] = []
    for index, position in enumerate(new_positions):
        runs = [
            longest_ending_at[before] for before in range(index) if new_positions[before] < position
        ]
        longest_ending_at.append([*max(runs, key=len, default=[]), position])
    return set(max(longest_ending_at, key=len, default=[]))


def _compare_items(old_items: list[dict], new_items: list[dict]) -> list[ItemDiff]:
    """Items in their new order, each removed item after the item it followed before; an
    item that changed places relative to the others is marked as moved."""
    matches = _matching_items(old_items, new_items)
    old_position_of = {new: old for old, new in matches.items()}
    in_place = _kept_in_order([matches[old] for old in sorted(matches)])
    anchors = sorted(old for old, new in matches.items() if new in in_place)
    removed = [position for position in range(len(old_items)) if position not in matches]
    result: list[ItemDiff] = []

    def removed_before(old_limit: int) -> None:
        while removed and removed[0] < old_limit:
            position = removed.pop(0)
            old = old_items[position]
            result.append(
                ItemDiff(
                    "removed",
                    position + 1,
                    None,
                    old["id"],
                    word_diff(old["title"], ""),
                    _field_diffs(old["fields"], {}),
                )
            )

    removed_before(anchors[0] if anchors else len(old_items))
    for new_position, new in enumerate(new_items):
        old_position = old_position_of.get(new_position)
        if old_position is None:
            result.append(
                ItemDiff(
                    "added",
                    None,
                    new_position + 1,
                    new["id"],
                    word_diff("", new["title"]),
                    _field_diffs({}, new["fields"]),
                )
            )
            continue
        moved = new_position not in in_place
        result.append(_pair(old_items[old_position], new, old_position, new_position, moved))
        if not moved:
            later_anchors = [anchor for anchor in anchors if anchor > old_position]
            removed_before(later_anchors[0] if later_anchors else len(old_items))
    return result


def _field_diffs(old_fields: dict, new_fields: dict) -> list[FieldDiff]:
    names = list(dict.fromkeys([*old_fields, *new_fields]))
    return [
        FieldDiff(
            name,
            old_fields.get(name),
            new_fields.get(name),
            word_diff(_as_text(old_fields.get(name)), _as_text(new_fields.get(name))),
        )
        for name in names
    ]


def _pair(old: dict, new: dict, old_index: int, new_index: int, moved: bool) -> ItemDiff:
    fields = _field_diffs(old["fields"], new["fields"])
    changed = old["title"] != new["title"] or any(f.changed for f in fields)
    return ItemDiff(
        "changed" if changed else "unchanged",
        old_index + 1,
        new_index + 1,
        new["id"],
        word_diff(old["title"], new["title"]),
        fields,
        moved=moved,
    )


def compare_sections(old_sections: list[dict], new_sections: list[dict]) -> list[SectionDiff]:
    old_by_key = {section["key"]: section for section in old_sections}
    diffs = []
    for new in new_sections:
        old = old_by_key.get(new["key"], {"kind": new["kind"], "text": "", "items": []})
        if new["kind"] == "text":
            changes = word_diff(old.get("text", ""), new.get("text", ""))
            status = "changed" if old.get("text", "") != new.get("text", "") else "unchanged"
            diffs.append(SectionDiff(new["key"], "text", status, text=changes))
        else:
            items = _compare_items(old.get("items", []), new.get("items", []))
            diff = SectionDiff(new["key"], "items", "unchanged", items=items)
            diff.status = "changed" if diff.changed_items else "unchanged"
            diffs.append(diff)
    return diffs
