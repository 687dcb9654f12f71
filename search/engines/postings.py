"""BM25 ranking in the process, from postings: for each indexed term, the rows that hold it
and how often, weighted by column. FTS5's ``bm25()`` reads every match's position lists and
costs about 1 µs per match (60 ms for a common word at 100,000 documents); the same scores
from these arrays cost about a millisecond, so a search ranks all its matches exactly instead
of ranking fewer.

The scores are FTS5's own (``fts5_aux.c``, ``fts5Bm25Function``): for each phrase of the
MATCH expression, in order and repeated as often as it occurs there,
``idf × f × (k1 + 1) / (f + k1 × (1 − b + b × D / avgdl))``, with ``f`` the phrase's
occurrences in the row weighted by column, ``D`` the row's tokens in all columns, ``avgdl``
their mean over the table and ``idf = ln((N − n + 0.5) / (n + 0.5))`` (at least 10⁻⁶) for a
phrase in ``n`` of the ``N`` rows. One detail of FTS5 matters: a phrase counts in a row only
where its whole conjunction (``a AND b``) matches that row, so a row's score is the sum of the
scores of the conjunctions that match it. Words have postings, and so do the glossary's
phrases of several tokens (what readers mostly put in quotes, and the hyphenated words of its
names), counted in every row as FTS5 matches a phrase; FTS5 scores a conjunction with any
other phrase ("chain of custody") on its own rows, which are few next to a common word's.

Postings are written in *segments*: each write (a batch of a rebuild, a page published)
adds one, so nothing already written is rewritten; small segments are merged, and a large
one is rewritten once most of its rows are gone.
A row's postings stay where they are when it is deleted or reindexed (under a new id): a
reader keeps only the rows its columns of the index hold, and ids are never reused while a
segment still names them.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

K1, B = 1.2, 0.75
MINIMUM_IDF = 1e-6
REF_TYPE = np.dtype("<i4")
WEIGHT_TYPE = np.dtype("<i4")


def phrase_index(phrases: Iterable[str]) -> dict[str, list[tuple[str, list[str]]]]:
    """Phrases of several tokens by their first token, to be counted while indexing."""
    index: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    for phrase in phrases:
        tokens = phrase.split()
        index[tokens[0]].append((phrase, tokens))
    return dict(index)


def weighted_terms(
    columns: Sequence[str], weights: Sequence[int], phrases: Mapping | None = None
) -> tuple[Counter, int]:
    """The terms of one row's indexed columns (space-separated tokens), each with its
    occurrences weighted by column, and the row's number of tokens. ``phrases`` (see
    ``phrase_index``) are counted as terms too, where their tokens follow each other in one
    column, as FTS5 matches a phrase."""
    terms: Counter = Counter()
    tokens = 0
    for text, weight in zip(columns, weights, strict=True):
        column = text.split()
        counts = Counter(column)
        tokens += counts.total()
        if not weight:
            continue
        for term, occurrences in counts.items():
            terms[term] += weight * occurrences
        firsts = phrases.keys() & counts.keys() if phrases else ()
        if firsts:
            for start, token in enumerate(column):
                if token in firsts:
                    for phrase, parts in phrases[token]:
                        if column[start : start + len(parts)] == parts:
                            terms[phrase] += weight
    return terms, tokens


@dataclass
class PostingsBuilder:
    """Postings of rows written together, per term, to be stored as one segment."""

    refs: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    weights: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    documents: int = 0
    first_ref: int | None = None
    last_ref: int = 0

    def add(self, ref: int, terms: Counter) -> None:
        for term, weight in terms.items():
            self.refs[term].append(ref)
            self.weights[term].append(weight)
        self.documents += 1
        self.first_ref = ref if self.first_ref is None else min(self.first_ref, ref)
        self.last_ref = max(self.last_ref, ref)

    def refs_range(self) -> tuple[int, int]:
        return self.first_ref or 0, self.last_ref

    def rows(self, segment: int) -> Iterator[tuple[str, int, bytes, bytes]]:
        """(term, segment, refs, weights), the arrays as little-endian bytes."""
        for term, refs in self.refs.items():
            yield (
                term,
                segment,
                np.array(refs, dtype=REF_TYPE).tobytes(),
                np.array(self.weights[term], dtype=WEIGHT_TYPE).tobytes(),
            )

    def __bool__(self) -> bool:
        return self.documents > 0


def merged_rows(
    rows: Iterable[tuple[str, bytes, bytes]], live: np.ndarray, segment: int
) -> Iterator[tuple[str, int, bytes, bytes]]:
    """Several segments' rows, ordered by term, as one segment of the live rows only (a
    term none of them holds any more is left out)."""
    term, refs, weights = None, [], []

    def merged():
        kept_refs, kept_weights = np.concatenate(refs), np.concatenate(weights)
        kept = np.isin(kept_refs, live)
        if kept.any():
            yield term, segment, kept_refs[kept].tobytes(), kept_weights[kept].tobytes()

    for row_term, row_refs, row_weights in rows:
        if row_term != term and refs:
            yield from merged()
            refs, weights = [], []
        term = row_term
        refs.append(np.frombuffer(row_refs, dtype=REF_TYPE))
        weights.append(np.frombuffer(row_weights, dtype=WEIGHT_TYPE))
    if refs:
        yield from merged()


class TermWeights:
    """Per term, the rows of the columns (positions) that hold it and its weighted
    occurrences there, read from its postings; rows the columns do not hold are left out.
    ``focus`` picks the rows whose values ``of`` returns."""

    def __init__(self, columns, postings: Iterable[tuple[str, bytes, bytes]]):
        self._columns = columns
        pieces: dict[str, list[tuple[np.ndarray, np.ndarray]]] = defaultdict(list)
        for term, refs, weights in postings:
            positions = columns.positions(np.frombuffer(refs, dtype=REF_TYPE).astype(np.int64))
            held = positions >= 0
            pieces[term].append((positions[held], np.frombuffer(weights, dtype=WEIGHT_TYPE)[held]))
        self._found = {
            term: (np.concatenate([p for p, _w in parts]), np.concatenate([w for _p, w in parts]))
            for term, parts in pieces.items()
        }
        self.rows_with = Counter({term: len(found[0]) for term, found in self._found.items()})
        self.focus(np.arange(len(columns)))

    def derive(self, term: str, parts: Sequence[str], positions: np.ndarray) -> None:
        """Postings for a phrase without any, from the rows the database found holding it
        (positions in the columns): in each, the least of its parts' weighted occurrences,
        as many as the phrase can occur there at most."""
        weights = np.full(len(positions), np.iinfo(WEIGHT_TYPE).max, dtype=np.int64)
        for part in parts:
            held = np.zeros(len(self._columns), dtype=np.int64)
            if part in self._found:
                part_positions, part_weights = self._found[part]
                held[part_positions] = part_weights
            weights = np.minimum(weights, held[positions])
        self._found[term] = (positions, weights)
        self.rows_with[term] = len(positions)
        self._values.pop(term, None)

    def holding(self, term: str) -> np.ndarray:
        """A mask over all rows of the columns: those holding the term."""
        mask = np.zeros(len(self._columns), dtype=bool)
        if term in self._found:
            mask[self._found[term][0]] = True
        return mask

    def focus(self, rows: np.ndarray) -> None:
        self._slot = np.full(len(self._columns), -1, dtype=np.int64)
        self._slot[rows] = np.arange(len(rows))
        self.size = len(rows)
        self._values: dict[str, np.ndarray] = {}

    def slots(self, positions: np.ndarray) -> np.ndarray:
        """Each row's slot among the rows in focus, -1 for others."""
        return self._slot[positions]

    def of(self, term: str) -> np.ndarray:
        """The term's weighted occurrences in each row in focus (0 where absent)."""
        if term not in self._values:
            values = self._values[term] = np.zeros(self.size, dtype=np.float64)
            if term in self._found:
                positions, weights = self._found[term]
                slots = self._slot[positions]
                wanted = slots >= 0
                values[slots[wanted]] = weights[wanted]
        return self._values[term]


class Bm25:
    """FTS5's bm25 terms for the rows a TermWeights was read for."""

    def __init__(self, weights: TermWeights, lengths: np.ndarray, total_rows: int, total_tokens):
        """``lengths``: the tokens of each of those rows; the totals: of the whole table."""
        self.weights, self.total_rows = weights, total_rows
        average = total_tokens / total_rows if total_rows else 1.0
        self.norm = K1 * (1 - B + B * lengths.astype(np.float64) / average)

    def present(self, terms: Iterable[str]) -> np.ndarray:
        mask = np.ones(self.weights.size, dtype=bool)
        for term in terms:
            mask &= self.weights.of(term) > 0
        return mask

    def term(self, term: str, where: np.ndarray) -> np.ndarray:
        """The term's share of each row's score where ``where`` holds, else 0."""
        found = self.weights.rows_with[term]
        idf = math.log((self.total_rows - found + 0.5) / (found + 0.5))
        idf = idf if idf > 0 else MINIMUM_IDF
        frequency = np.where(where, self.weights.of(term), 0.0)
        return idf * ((frequency * (K1 + 1.0)) / (frequency + self.norm))

    def conjunction(self, terms: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Where single-token phrases all occur, and their share of those rows' scores."""
        matched = self.present(terms)
        scores = np.zeros(self.weights.size, dtype=np.float64)
        for term in terms:
            scores += self.term(term, matched)
        return matched, scores


@dataclass
class PhraseScores:
    """A phrase of several tokens, scored by FTS5: the rows holding it (among those a
    conjunction with it may match), and its share of their scores."""

    present: np.ndarray
    scores: np.ndarray


def bm25(
    conjunctions: Sequence[tuple[str, ...]],
    scorer: Bm25,
    phrases: Mapping[str, PhraseScores] | None = None,
    whole: Mapping[tuple[str, ...], np.ndarray] | None = None,
) -> tuple[np.ndarray, dict[tuple[str, ...], np.ndarray]]:
    """FTS5's bm25 score of each row for an expression that ORs the conjunctions (higher is
    better; see the module's docstring), and where each conjunction matches. A conjunction
    holds phrases with postings and at most one without, scored in ``phrases``, or is scored
    ``whole`` by FTS5 (0 where it does not match)."""
    phrases, whole = phrases or {}, whole or {}
    scores = np.zeros(scorer.weights.size, dtype=np.float64)
    matches = {}
    for conjunction in conjunctions:
        if conjunction in whole:
            matches[conjunction] = whole[conjunction] > 0
            scores += whole[conjunction]
            continue
        words = [term for term in conjunction if term not in phrases]
        longer = [phrases[term] for term in conjunction if term in phrases]
        matched = scorer.present(words)
        for phrase in longer:
            matched &= phrase.present
        for term in words:
            scores += scorer.term(term, matched)
        for phrase in longer:
            scores += np.where(matched, phrase.scores, 0.0)
        matches[conjunction] = matched
    return scores, matches


def top(scores: np.ndarray, refs: np.ndarray, window: int) -> np.ndarray:
    """Indices of the ``window`` best rows, best first, ties by ref: only the top is sorted."""
    if len(scores) > window:
        threshold = np.partition(scores, len(scores) - window)[len(scores) - window]
        candidates = np.flatnonzero(scores >= threshold)
    else:
        candidates = np.arange(len(scores))
    order = np.lexsort((refs[candidates], -scores[candidates]))
    return candidates[order][:window]


@dataclass
class Found:
    """What matching read, for ranking: the expression's conjunctions (tuples of terms), the
    postings of its terms, and scores the database computed (positions in the columns,
    scores): on SQLite, FTS5's for each phrase of several tokens without postings, with the
    rest of its conjunctions (``rests``), and for conjunctions with two such phrases."""

    expression: list[tuple[str, ...]]
    weights: TermWeights
    phrases: dict[str, tuple[list[tuple[str, ...]], np.ndarray, np.ndarray]] = field(
        default_factory=dict
    )
    whole: dict[tuple[str, ...], tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)

    def matching(self, size: int) -> np.ndarray:
        """Positions of the rows that match any conjunction."""
        matching = np.zeros(size, dtype=bool)
        for conjunction in self.expression:
            if conjunction in self.whole:
                matching[self.whole[conjunction][0]] = True
                continue
            matched = np.ones(size, dtype=bool)
            for term in conjunction:
                if term in self.phrases:
                    holding = np.zeros(size, dtype=bool)
                    holding[self.phrases[term][1]] = True
                    matched &= holding
                else:
                    matched &= self.weights.holding(term)
            matching |= matched
        return np.flatnonzero(matching)

    def scorer(self, columns, rows: np.ndarray) -> tuple[Bm25, dict, dict]:
        """A bm25 scorer for the rows (positions), the phrases' shares of their scores, and
        the scores of conjunctions scored whole, over those rows."""
        self.weights.focus(rows)
        lengths = columns.numbers["length"]
        scorer = Bm25(self.weights, lengths[rows], len(columns), int(lengths.sum()))
        phrases = {}
        for phrase, (rests, positions, scores) in self.phrases.items():
            slots, scores = self._in_focus(positions, scores)
            for rest in rests:  # the share of the rest, scored with the phrase, taken off
                _matched, share = scorer.conjunction(rest)
                scores = scores - share[slots]
            phrases[phrase] = PhraseScores(*self._spread(slots, scores))
        whole = {
            conjunction: self._spread(*self._in_focus(*found))[1]
            for conjunction, found in self.whole.items()
        }
        return scorer, phrases, whole

    def _in_focus(self, positions, scores):
        slots = self.weights.slots(positions)
        in_focus = slots >= 0
        return slots[in_focus], scores[in_focus]

    def _spread(self, slots, scores):
        present = np.zeros(self.weights.size, dtype=bool)
        present[slots] = True
        spread = np.zeros(self.weights.size, dtype=np.float64)
        spread[slots] = scores
        return present, spread


class PostingsRanking:
    """The allowed rows (positions in the columns) in result order, by their bm25 scores
    and which conjunctions of the expression each row matches. ``sort``: "date" orders by
    date first (newest first, undated last)."""

    def __init__(self, found: Found, columns, allowed: np.ndarray, sort: str):
        scorer, phrases, whole = found.scorer(columns, allowed)
        self.scores, self.matches = bm25(found.expression, scorer, phrases, whole)
        self.refs = columns.ids[allowed]
        self.order = None
        if sort == "date":
            days = columns.numbers["day"][allowed]
            self.order = np.lexsort((self.refs, -self.scores, -days, days == 0))

    def __call__(self, window: int) -> list[tuple[int, float]]:
        if self.order is not None:
            chosen = self.order[:window]
        else:
            chosen = top(self.scores, self.refs, window)
        return list(zip(self.refs[chosen].tolist(), self.scores[chosen].tolist(), strict=True))

    def matched(self, ref: int) -> list[tuple[str, ...]]:
        """The conjunctions the row matches (what its snippets should highlight)."""
        (index,) = np.flatnonzero(self.refs == ref)
        return [conjunction for conjunction, where in self.matches.items() if where[index]]
