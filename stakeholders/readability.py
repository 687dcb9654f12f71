"""How easy a plain-language summary is to read, for the editor writing it (B1: short
sentences, everyday words). Two measures that work the same in Dutch and English without a
dictionary: the average number of words per sentence, and the words of many letters (in
Dutch mostly compounds such as "patiëntvertegenwoordiger", which B1 writing splits up).

The editor's hint (static/stakeholders/readability.js) applies the same rules while typing;
it reads the limits below from its script tag (wagtail_hooks.py), so both use one set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_AVERAGE_SENTENCE_WORDS = 15  # B1 guidance: on average no more than 15 words a sentence
LONG_WORD_LETTERS = 13  # a word of 13 letters or more counts as long
MAX_LONG_WORD_SHARE = 0.1  # at most one word in ten long

# A sentence ends at . ! ? (or several) followed by white space or the end; a new line too.
SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)|\n+")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


@dataclass(frozen=True)
class Readability:
    sentences: int
    words: int
    long_words: list[str] = field(default_factory=list)

    @property
    def average_sentence_words(self) -> float:
        return self.words / self.sentences if self.sentences else 0.0

    @property
    def long_word_share(self) -> float:
        return len(self.long_words) / self.words if self.words else 0.0

    @property
    def is_plain(self) -> bool:
        return (
            self.average_sentence_words <= MAX_AVERAGE_SENTENCE_WORDS
            and self.long_word_share <= MAX_LONG_WORD_SHARE
        )


def letters(word: str) -> int:
    return sum(character.isalpha() for character in word)


def readability(text: str) -> Readability:
    sentences = [part for part in SENTENCE_END.split(text) if WORD.search(part)]
    words = WORD.findall(text)
    return Readability(
        sentences=len(sentences),
        words=len(words),
        long_words=[word for word in words if letters(word) >= LONG_WORD_LETTERS],
    )
