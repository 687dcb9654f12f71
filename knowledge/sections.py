"""Turn a controlled document into ordered, plain-valued sections.

The same shape feeds the version snapshot, the version diff and (later) the local-versus-
reference comparison of harmonised SOPs. Items keep their StreamField block id, which is also
their anchor on the page, so an item can be followed across versions even when it moves.
"""

from html.parser import HTMLParser

from wagtail.rich_text import RichText

from knowledge.blocks.sop import MATERIAL_GRADES

_LINE_ENDING_TAGS = {"p", "li", "div", "h1", "h2", "h3", "h4", "h5", "h6"}
_SCRIPT_CHARACTERS = {
    "sup": str.maketrans("0123456789+-−=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾"),
    "sub": str.maketrans("0123456789+-−=()", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎"),
}
_INVISIBLE_CONTENT_TAGS = {"script", "style"}


class _TextCollector(HTMLParser):
    """The text of an HTML fragment, one line per block.

    Any text is accepted: the standard library's parser stops with an ``AssertionError`` on a
    marked section it does not know (``<![>``, ``<![if x]>``), which HTML treats as a comment
    up to the next ``>``; so does this parser. A superscript or subscript of digits and signs
    becomes its Unicode characters, so plain text keeps "1 × 10⁸ cells" and "5% CO₂" instead
    of "1 × 108 cells"; anything else (T<sub>reg</sub>) stays as it was.
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._scripts: list[tuple[str, int]] = []  # (sup|sub, where its text starts in parts)
        self._invisible = 0

    def parse_html_declaration(self, i):
        if self.rawdata.startswith("<![", i):
            return self.parse_bogus_comment(i)
        return super().parse_html_declaration(i)

    def handle_starttag(self, tag, attrs):
        if tag == "br":
            self.parts.append("\n")
        elif tag in _SCRIPT_CHARACTERS:
            self._scripts.append((tag, len(self.parts)))
        elif tag in _INVISIBLE_CONTENT_TAGS:
            self._invisible += 1

    def handle_startendtag(self, tag, attrs):
        if tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _LINE_ENDING_TAGS:
            self.parts.append("\n")
        elif tag in _INVISIBLE_CONTENT_TAGS:
            self._invisible = max(0, self._invisible - 1)
        elif self._scripts and self._scripts[-1][0] == tag:
            self._as_script_characters(*self._scripts.pop())

    def handle_data(self, data):
        if not self._invisible:
            self.parts.append(data)

    def _as_script_characters(self, tag: str, start: int) -> None:
        table = _SCRIPT_CHARACTERS[tag]
        text = "".join(self.parts[start:])
        if text and all(ord(character) in table for character in text):
            self.parts[start:] = [text.translate(table)]


def _readable_lines(text: str) -> str:
    """One line per non-empty line of ``text``, its runs of white space made single spaces."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def plain_text(value) -> str:
    """Rich text (a ``RichText`` or its HTML source) as readable plain text, one line per
    block. Accepts any string."""
    collector = _TextCollector()
    collector.feed(str(getattr(value, "source", value) or ""))
    collector.close()
    return _readable_lines("".join(collector.parts))


def typed_text(value) -> str:
    """A block's value as plain text: rich text through the HTML parser, a typed text (a
    material name, a hold time) exactly as typed, since "<![>" or "<5 °C" there is text."""
    if isinstance(value, RichText):
        return plain_text(value)
    return _readable_lines(str(value))


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
            {"id": child.id, "title": typed_text(value.get(title_field, "")), "fields": fields_}
        )
    return {"key": key, "kind": "items", "items": items}


def _field_value(value):
    if isinstance(value, bool):
        return value
    if value is None:
        return ""
    return typed_text(value)


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
