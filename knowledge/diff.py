"""A readable diff between two snapshots of structured sections.

Items are matched by their stable block id first, then by title, so a reordered step shows as
moved-and-unchanged rather than as deleted-and-added; text is compared word by word.
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
    status: str  # "unchanged" | "changed" | "added" | "removed"
    old_number: int | None
    new_number: int | None
    item_id: str
    title: list[TextChange]
    fields: list[FieldDiff] = field(default_factory=list)


@dataclass
class SectionDiff:
    key: str
    kind: str
    status: str  # "unchanged" | "changed"
    text: list[TextChange] = field(default_factory=list)
    items: list[ItemDiff] = field(default_factory=list)

    @property
    def changed_items(self):
        return [item for item in self.items if item.status != "unchanged"]


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


def _compare_items(old_items: list[dict], new_items: list[dict]) -> list[ItemDiff]:
    new_ids = {item["id"] for item in new_items}
    old_ids = {item["id"] for item in old_items}

    def match_key(item, other_ids):
        return ("id", item["id"]) if item["id"] in other_ids else ("title", item["title"])

    old_keys = [match_key(item, new_ids) for item in old_items]
    new_keys = [match_key(item, old_ids) for item in new_items]
    matcher = difflib.SequenceMatcher(a=old_keys, b=new_keys, autojunk=False)
    result: list[ItemDiff] = []
    for operation, a1, a2, b1, b2 in matcher.get_opcodes():
        if operation == "equal":
            for offset in range(a2 - a1):
                result.append(
                    _pair(old_items[a1 + offset], new_items[b1 + offset], a1 + offset, b1 + offset)
                )
            continue
        for index in range(a1, a2):
            old = old_items[index]
            result.append(
                ItemDiff(
                    "removed",
                    index + 1,
                    None,
                    old["id"],
                    word_diff(old["title"], ""),
                    _field_diffs(old["fields"], {}),
                )
            )
        for index in range(b1, b2):
            new = new_items[index]
            result.append(
                ItemDiff(
                    "added",
                    None,
                    index + 1,
                    new["id"],
                    word_diff("", new["title"]),
                    _field_diffs({}, new["fields"]),
                )
            )
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


def _pair(old: dict, new: dict, old_index: int, new_index: int) -> ItemDiff:
    fields = _field_diffs(old["fields"], new["fields"])
    changed = old["title"] != new["title"] or any(f.changed for f in fields)
    return ItemDiff(
        "changed" if changed else "unchanged",
        old_index + 1,
        new_index + 1,
        new["id"],
        word_diff(old["title"], new["title"]),
        fields,
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
            status = "changed" if any(i.status != "unchanged" for i in items) else "unchanged"
            diffs.append(SectionDiff(new["key"], "items", status, items=items))
    return diffs
