"""Text analysis shared by the engines, the glossary expansion and the spelling suggestions.

A token is a maximal run of letters and digits: exactly what SQLite's ``unicode61`` tokenizer
calls a token. The SQLite engine indexes one stem per token of the original text, so FTS5 can
highlight the original words (see search/engines/sqlite.py). Dutch diacritics are kept; text
is only case-folded. Stemming is Snowball's, the algorithms behind PostgreSQL's ``dutch`` and
``english`` text search configurations (Snowball 3 calls PostgreSQL's Dutch one
``dutch_porter``), so SQLite and PostgreSQL agree on what matches.
"""

import re
import threading
import unicodedata
from functools import cache, lru_cache

import snowballstemmer

TOKEN = re.compile(r"[^\W_]+")
SNOWBALL_ALGORITHMS = {"nl": "dutch_porter", "en": "english"}

# Characters that must never reach an index: control characters (NUL breaks PostgreSQL),
# surrogates, and private-use code points (the snippet markers are private-use characters).
_UNINDEXABLE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\U000f0000-\U0010ffff]"
)

# Snowball's Dutch stemmer leaves plurals with a diaeresis alone ("therapieën" stays apart from
# "therapie"), so they are made singular first: -ieën/-eeën lose "ën", -iën becomes -ie.
_DUTCH_DIAERESIS_PLURAL = re.compile(r"(?:(?<=ie)|(?<=ee)|(?<=i))ën(?![^\W_])", re.IGNORECASE)

# Superscript and subscript digits as digits: content says "CO₂" and "10⁸" (knowledge.sections
# keeps them readable), readers type "CO2". Every engine maps them the same way: here for
# SQLite and the queries, in ``prepared`` text for PostgreSQL, by a char filter in
# Elasticsearch (SCRIPT_DIGIT_MAPPINGS).
SCRIPT_DIGITS, DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹₀₁₂₃₄₅₆₇₈₉", "0123456789" * 2
_AS_DIGITS = str.maketrans(SCRIPT_DIGITS, DIGITS)
SCRIPT_DIGIT_MAPPINGS = [
    f"{script}=>{digit}" for script, digit in zip(SCRIPT_DIGITS, DIGITS, strict=True)
]

_stemmers = threading.local()  # Snowball stemmers keep state while stemming a word


def clean(text: str) -> str:
    """NFC-normalised text without characters that cannot be indexed or must not be."""
    return _UNINDEXABLE.sub(" ", unicodedata.normalize("NFC", text or ""))


def as_digits(text: str) -> str:
    """Superscript and subscript digits written as digits (CO₂ → CO2)."""
    return text.translate(_AS_DIGITS)


def fold(token: str) -> str:
    """Case-folded token, its superscript and subscript digits as digits; folding can add
    combining marks (İ), which are not token characters."""
    folded = as_digits(token).casefold()
    return folded if folded.isalnum() else "".join(TOKEN.findall(folded))


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def token_spans(text: str) -> list[re.Match]:
    return list(TOKEN.finditer(text))


def dutch_singular(text: str) -> str:
    """``therapieën`` → ``therapie``, ``ideeën`` → ``idee``, ``bacteriën`` → ``bacterie``."""

    def singular(match: re.Match) -> str:
        before = match.string[: match.start()]
        return "" if before[-2:].casefold() in {"ie", "ee"} else "e"

    return _DUTCH_DIAERESIS_PLURAL.sub(singular, text)


def dutch_plurals(word: str) -> list[str]:
    """The diaeresis plurals a singular may have, the reverse of ``dutch_singular``: PostgreSQL
    needs them to highlight "celtherapieën" in a document found by "celtherapie"."""
    if word.endswith("ie"):
        return [f"{word}ën", f"{word[:-1]}ën"]
    if word.endswith("ee"):
        return [f"{word}ën"]
    return []


def _stemmer(language: str):
    cache = _stemmers.__dict__
    if language not in cache:
        cache[language] = snowballstemmer.stemmer(SNOWBALL_ALGORITHMS[language])
    return cache[language]


@lru_cache(maxsize=200_000)
def stem(folded_token: str, language: str) -> str:
    """The stem of an already folded token; languages without a stemmer keep the token."""
    if language not in SNOWBALL_ALGORITHMS:
        return folded_token
    if language == "nl":
        folded_token = dutch_singular(folded_token)
    return fold(_stemmer(language).stemWord(folded_token)) or folded_token


TOKEN_STEMS_LIMIT = 500_000


class _TokenStems(dict):
    """Stems by token as written, for one language: indexing meets the same few thousand
    tokens over and over, and a dictionary lookup is far cheaper than folding each again."""

    def __init__(self, language: str):
        super().__init__()
        self.language = language

    def __missing__(self, token: str) -> str:
        if len(self) >= TOKEN_STEMS_LIMIT:
            self.clear()
        value = self[token] = stem(fold(token) or token, self.language)
        return value


@cache
def _token_stems(language: str) -> _TokenStems:
    return _TokenStems(language)


def analyze(text: str, language: str) -> list[str]:
    """One stem per token of ``text``, in order."""
    stems = _token_stems(language)
    return [stems[token] for token in TOKEN.findall(text)]


def vocabulary_words(text: str) -> set[str]:
    """The words worth suggesting in "did you mean": folded, alphabetic, 3 to 40 letters."""
    return {
        word for word in TOKEN.findall(text.casefold()) if 3 <= len(word) <= 40 and word.isalpha()
    }
