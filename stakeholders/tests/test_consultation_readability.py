"""The readability measure behind the editor's hint for the summary for patients."""

import pytest

from stakeholders.readability import (
    LONG_WORD_LETTERS,
    MAX_AVERAGE_SENTENCE_WORDS,
    readability,
)


def test_counts_sentences_and_words():
    result = readability("Wij halen cellen bij u op. Het lab maakt uw medicijn! Klopt dat?")
    assert (result.sentences, result.words) == (3, 13)
    assert result.average_sentence_words == 13 / 3
    assert result.long_words == []
    assert result.is_plain


def test_numbers_and_abbreviations_with_points_inside_do_not_split_sentences():
    result = readability("Bewaar het bij 2–8 °C en lever 1.5 ml in. Dat is genoeg.")
    assert (result.sentences, result.words) == (2, 11)  # "C" of °C is a word


def test_a_line_break_ends_a_sentence():
    assert readability("Eerste regel zonder punt\nTweede regel").sentences == 2


def test_long_words_are_counted_by_letters():
    word = "patiëntvertegenwoordiger"  # 24 letters, the ë counted once
    result = readability(f"De {word} leest mee. Het is goed.")
    assert result.long_words == [word]
    assert readability("a" * (LONG_WORD_LETTERS - 1)).long_words == []
    assert readability("a" * LONG_WORD_LETTERS).long_words == ["a" * LONG_WORD_LETTERS]


def test_hyphenated_words_are_one_word():
    result = readability("CAR-T-cellen worden ingevroren.")
    assert result.words == 3


@pytest.mark.parametrize(
    ("words", "plain"),
    [(MAX_AVERAGE_SENTENCE_WORDS, True), (MAX_AVERAGE_SENTENCE_WORDS + 1, False)],
)
def test_the_sentence_length_limit(words, plain):
    sentence = " ".join(["cel"] * words) + "."
    assert readability(sentence).is_plain is plain


def test_too_many_long_words_is_not_plain():
    text = "De celtherapieproductie en kwaliteitscontrole zijn klaar."  # 2 of 7 long
    result = readability(text)
    assert result.long_words == ["celtherapieproductie", "kwaliteitscontrole"]
    assert not result.is_plain


def test_empty_text():
    result = readability("   ")
    assert (result.sentences, result.words, result.average_sentence_words) == (0, 0, 0.0)
    assert result.is_plain
