"""Tokenising, stemming and reading a query (no database)."""

import sqlite3

import pytest

from search.query import parse
from search.stemming import analyze, clean, dutch_plurals, dutch_singular, tokens


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("celtherapieën", "celtherapie"), ("ideeën", "idee"), ("bacteriën", "bacterie")],
)
def test_dutch_plurals_with_a_diaeresis_stem_like_their_singular(plural, singular):
    assert analyze(plural, "nl") == analyze(singular, "nl")
    assert plural in dutch_plurals(dutch_singular(plural))


def test_dutch_stems_match_postgresql_dutch_configuration():
    """Snowball's old Dutch algorithm, as in PostgreSQL 15: diacritics go, -en goes."""
    assert analyze("Vrijgifte van de batches; steriliteit", "nl") == [
        "vrijgift",
        "van",
        "de",
        "batches",
        "steriliteit",
    ]


def test_english_stemming():
    assert analyze("Releases released sterility", "en") == ["releas", "releas", "steril"]


def test_dutch_diacritics_are_kept_by_the_tokenizer_and_text_is_casefolded():
    assert tokens(clean("Één CAR-T-therapie")) == ["Één", "CAR", "T", "therapie"]
    assert analyze("ÉÉN", "en") == ["één"]


def test_one_stem_per_unicode61_token():
    """The SQLite engine relies on this to highlight original words."""
    text = clean("Ph. Eur. 2.6.27: CAR-T İstanbul straße e\u0301té ½ CO₂ 10⁻⁶ naïve_word x\x00y")
    connection = sqlite3.connect(":memory:")
    connection.execute(
        "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 0')"
    )
    connection.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    connection.execute("INSERT INTO t VALUES (?)", (text,))
    sqlite_tokens = connection.execute("SELECT COUNT(*) FROM v").fetchone()[0]
    assert len(analyze(text, "nl")) == len(analyze(text, "en")) == sqlite_tokens


def test_superscript_and_subscript_digits_stem_as_digits():
    assert analyze("CO₂ 10⁸", "en") == analyze("co2 108", "en") == ["co2", "108"]


def test_clean_removes_control_and_private_use_characters():
    assert clean("a\x00b\ue000c\x1bd\ne") == "a b c d\ne"


@pytest.mark.parametrize(
    ("text", "plain_words", "phrases"),
    [
        ('cel "gesloten systeem" kweek', ["cel", "kweek"], ("gesloten systeem",)),
        ('"een los aanhalingsteken', ["een", "los", "aanhalingsteken"], ()),
        ('a "b" c "d', ["a", "c", "d"], ("b",)),
        ("„Dutch quotes” too", ["too"], ("Dutch quotes",)),
        ('NEAR(a b) AND -c* ^d:e ""', ["NEAR", "a", "b", "AND", "c", "d", "e"], ()),
    ],
)
def test_parse_reads_only_double_quotes_as_syntax(text, plain_words, phrases):
    parsed = parse(text)
    assert (tokens(parsed.plain), parsed.phrases) == (plain_words, phrases)


def test_a_query_without_letters_or_digits_is_empty():
    assert parse('" * ^ ( ) :').is_empty
    assert not parse("2.6.27").is_empty
