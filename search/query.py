"""What a reader typed, as data: plain words and double-quoted phrases. Nothing else is query
syntax, so operators of any engine (NEAR, AND, OR, NOT, *, ^, :, -, parentheses, a lone
quote) are just characters here."""

from dataclasses import dataclass

from search.stemming import clean, tokens

_TYPOGRAPHIC_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "＂": '"'})


@dataclass(frozen=True)
class ParsedQuery:
    plain: str  # the text outside quotes
    phrases: tuple[str, ...]  # the text of each quoted phrase

    @property
    def is_empty(self) -> bool:
        return not tokens(self.plain) and not any(tokens(phrase) for phrase in self.phrases)


def parse(text: str) -> ParsedQuery:
    """Split on double quotes; an unpaired last quote is ignored, so its text stays plain."""
    parts = clean(text).translate(_TYPOGRAPHIC_QUOTES).split('"')
    paired = len(parts) if len(parts) % 2 else len(parts) - 1
    plain = [part for index, part in enumerate(parts[:paired]) if index % 2 == 0]
    phrases = tuple(part for index, part in enumerate(parts[:paired]) if index % 2 and tokens(part))
    plain.extend(parts[paired:])
    return ParsedQuery(plain=" ".join(plain), phrases=phrases)
