"""Turn a controlled document into ordered, plain-valued sections.

The same shape feeds the version snapshot, the version diff and (later) the local-versus-
reference comparison of harmonised SOPs. Items keep their StreamField block id, which is also
their anchor on the page, so an item can be followed across versions even when it moves.
"""

import html
import re

from django.utils.html import strip_tags

from dare_platform.blocks.sop import MATERIAL_GRADES

_BLOCK_END = re.compile(r"</(p|li|h\d|div)>|<br\s*/?>", re.IGNORECASE)
_SCRIPT = re.compile(r"<(sup|sub)>([^<]*)</\1>", re.IGNORECASE)
_SCRIPT_CHARACTERS = {
    "sup": str.maketrans("0123456789+-−=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾"),
    "sub": str.maketrans("0123456789+-−=()", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎"),
}


def _as_script_characters(match: re.Match) -> str:
    """A superscript or subscript of digits and signs in its Unicode characters, so plain
    text keeps "1 × 10⁸ cells" and "5% CO₂" instead of "1 × 108 cells"; anything else
    (T<sub>reg</sub>) as it was."""
    table = _SCRIPT_CHARACTERS[match.group(1).lower()]
    text = html.unescape(match.group(2))
    if text and all(ord(character) in table for character in text):
        return text.translate(table)
    return match.group(2)


def plain_text(value) -> str:
    """Rich text (or anything with an HTML form) as readable plain text, one line per block."""
    source = _SCRIPT.sub(_as_script_characters, str(getattr(value, "source", value) or ""))
    text = html.unescape(strip_tags(_BLOCK_END.sub("\n", source)))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def text_section(key: str, value) -> dict:
    return {"key": key, "kind": "text", "text": plain_text(value)}


def items_section(key: str, stream, title_field: str, fields: list[str], choices=None) -> dict:
    """``choices`` maps a field to its (code, label) pairs, so snapshots store readable labels
    in the document's own language (the caller activates it)."""
    labels = {name: dict(pairs) for name, pairs in (choices or {}).items()}
    items = []
    for child in stream:
        value = child.value
        fields_ = {}
        for name in fields:
            raw = value.get(name)
            fields_[name] = str(labels[name].get(raw, raw)) if name in labels else _field_value(raw)
        items.append(
            {"id": child.id, "title": plain_text(value.get(title_field, "")), "fields": fields_}
        )
    return {"key": key, "kind": "items", "items": items}


def _field_value(value):
    if isinstance(value, bool):
        return value
    if value is None:
        return ""
    return plain_text(value)


def reference_items(stream) -> dict:
    """References as a list of readable titles (pages by title, chapters by number)."""
    items = []
    for child in stream:
        if child.block_type in {"regulation", "protocol", "qc_method"}:
            title = child.value.title if child.value else ""
        elif child.block_type == "pharmacopoeia":
            title = " ".join(filter(None, [child.value["chapter"], child.value["title"]]))
        else:
            title = child.value["title"]
        items.append({"id": child.id, "title": title, "fields": {"kind": child.block_type}})
    return {"key": "references", "kind": "items", "items": items}


def protocol_sections(page) -> list[dict]:
    return [
        text_section("purpose", page.purpose),
        text_section("scope", page.scope),
        items_section("responsibilities", page.responsibilities, "role", ["responsibility"]),
        items_section(
            "materials",
            page.materials,
            "name",
            ["grade", "supplier", "catalogue_number", "note"],
            choices={"grade": MATERIAL_GRADES},
        ),
        items_section("equipment", page.equipment, "name", ["specification", "qualification"]),
        items_section(
            "procedure", page.procedure, "title", ["text", "critical", "hold_time", "safety_note"]
        ),
        items_section(
            "acceptance_criteria",
            page.acceptance_criteria,
            "parameter",
            ["specification", "method"],
        ),
        reference_items(page.references),
    ]


def qc_method_sections(page) -> list[dict]:
    return [
        {
            "key": "classification",
            "kind": "items",
            "items": [
                {
                    "id": "classification",
                    "title": page.identifier,
                    "fields": {
                        "quality_attribute": str(page.get_quality_attribute_display()),
                        "pharmacopoeia_reference": page.pharmacopoeia_reference,
                        "validation_status": str(page.get_validation_status_display()),
                        "turnaround_time": page.turnaround_time,
                    },
                }
            ],
        },
        text_section("method_principle", page.method_principle),
        text_section("sample_requirements", page.sample_requirements),
        items_section(
            "acceptance_criteria",
            page.acceptance_criteria,
            "parameter",
            ["specification", "method"],
        ),
        reference_items(page.references),
    ]
