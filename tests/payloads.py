"""Hostile and awkward strings from the Big List of Naughty Strings (tests/data/blns.txt, MIT;
see tests/data/README.md)."""

from functools import cache
from pathlib import Path

BLNS = Path(__file__).resolve().parent / "data" / "blns.txt"


@cache
def blns_sections() -> dict[str, tuple[str, ...]]:
    """The list by section. A section starts with a ``#<TAB>Title`` line followed by a lone
    ``#``; other ``#`` lines are comments; strings are kept exactly (trailing spaces matter)."""
    lines = BLNS.read_text(encoding="utf-8").split("\n")
    sections: dict[str, list[str]] = {}
    current = None
    for number, line in enumerate(lines):
        if line.startswith("#"):
            is_title = line.startswith("#\t") and number + 1 < len(lines)
            if is_title and lines[number + 1] == "#":
                current = line[2:].strip()
                sections[current] = []
            continue
        if line and current is not None:
            sections[current].append(line)
    return {name: tuple(strings) for name, strings in sections.items()}


def xss_payloads() -> tuple[str, ...]:
    return blns_sections()["Script Injection"]


def naughty_strings() -> tuple[str, ...]:
    return tuple(string for strings in blns_sections().values() for string in strings)
