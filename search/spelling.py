"""Choosing a correction for a misspelt word ("did you mean") among indexed words."""

from collections.abc import Iterable


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or ``limit + 1`` as soon as it is certain to exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def allowed_distance(word: str) -> int:
    """One typo in short words, two in longer ones: beyond that suggestions become guesses."""
    return 1 if len(word) <= 5 else 2


def best_correction(
    word: str, candidates: Iterable[tuple[str, str, int]], language: str
) -> str | None:
    """The closest candidate (word, language, frequency); ties go to the reader's language,
    then to the more frequent word."""
    limit = allowed_distance(word)
    ranked = []
    for candidate, candidate_language, frequency in candidates:
        if candidate == word:
            continue
        distance = edit_distance(word, candidate, limit)
        if distance <= limit:
            ranked.append((distance, candidate_language != language, -frequency, candidate))
    return min(ranked)[3] if ranked else None
