"""The narrow rows of a database engine's index, held by each process as integer columns
(what Lucene calls doc values): the result count and every facet's numbers for a match set are
array operations over the matching ids, microseconds per thousand matches, where one grouped
query per facet cost milliseconds.

A copy belongs to one *token* of the index: every write to the index stores a new random
token in the same transaction, so a process that reads a token it has not loaded reads the
rows again (once per change, whichever process made it), and a rolled-back write leaves the
token of the rows that are really there.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import count, islice

import numpy as np

from search.engines.base import FACETS

# The columns a load reads, in order, after the row id; facet names are column names.
LOADED_FIELDS = ("group_key", *FACETS)
NO_VALUE = 0  # the code of "" in every facet: a document without a value for it
# Rows turned into codes at a time while loading.
LOAD_BATCH = 5000


@dataclass(frozen=True)
class Selection:
    """Matching rows (positions in the columns), and which of them each facet's filter lets
    through."""

    rows: np.ndarray
    passes: dict[str, np.ndarray]  # facet -> boolean mask over rows, only for filtered facets

    def allowed(self, skip: str = "") -> np.ndarray:
        """The rows that every filter except ``skip``'s lets through."""
        mask = np.ones(len(self.rows), dtype=bool)
        for facet, passes in self.passes.items():
            if facet != skip:
                mask &= passes
        return self.rows[mask]


class IndexColumns:
    """Group and facet codes per row, for one token of the index, and any integer columns an
    engine ranks with. Row ids grow with every reindexed document, so the columns are dense
    and a map (4 bytes per id up to the highest) finds a row's position."""

    def __init__(self, token: str, rows: Iterable[tuple], numeric: tuple[str, ...] = ()):
        """``rows`` are (id, *LOADED_FIELDS, *numeric), taken a batch at a time and turned
        into codes column by column: loading 100,000 rows never holds them all as Python
        objects. A missing number (NULL) is 0."""
        self.token = token
        ids: list[int] = []
        group_codes: dict[str, int] = defaultdict(count().__next__)
        groups: list[int] = []
        value_codes: dict[str, dict[str, int]] = {}
        for facet in FACETS:  # a value seen first gets the next code
            value_codes[facet] = defaultdict(count(NO_VALUE + 1).__next__, {"": NO_VALUE})
        codes: dict[str, list[int]] = {facet: [] for facet in FACETS}
        numbers: dict[str, list[int]] = {name: [] for name in numeric}
        rows = iter(rows)
        while batch := list(islice(rows, LOAD_BATCH)):
            batch_ids, group_keys, *columns = zip(*batch, strict=True)
            ids += batch_ids
            groups += map(group_codes.__getitem__, group_keys)
            for facet, column in zip(FACETS, columns[: len(FACETS)], strict=True):
                codes[facet] += map(value_codes[facet].__getitem__, column)
            for name, column in zip(numeric, columns[len(FACETS) :], strict=True):
                numbers[name] += (value or 0 for value in column)
        self.ids = np.array(ids, dtype=np.int64)
        self.position = np.full(max(ids, default=0) + 1, -1, np.int32)
        self.position[ids] = np.arange(len(ids), dtype=np.int32)
        self.numbers = {name: np.array(numbers[name], dtype=np.int64) for name in numeric}
        self.group = np.array(groups, dtype=np.int32)
        self.group_count = len(group_codes)
        self._value_codes = {facet: dict(known) for facet, known in value_codes.items()}
        self.values: dict[str, list[str]] = {facet: list(value_codes[facet]) for facet in FACETS}
        self.codes: dict[str, np.ndarray] = {}
        # Per facet whose value is the same in every version of a group: each group's value,
        # so counting groups per value is one pass over the groups.
        self.group_values: dict[str, np.ndarray] = {}
        for facet in FACETS:
            self.codes[facet] = facet_codes = np.array(codes.pop(facet), dtype=np.int32)
            values = np.zeros(self.group_count, dtype=np.int32)
            values[self.group] = facet_codes
            if np.array_equal(values[self.group], facet_codes):
                self.group_values[facet] = values

    def __len__(self) -> int:
        return len(self.ids)

    def positions(self, ids: np.ndarray) -> np.ndarray:
        """Each id's position, -1 for ids this copy does not hold."""
        inside = (ids >= 0) & (ids < len(self.position))
        positions = np.full(len(ids), -1, np.int32)
        positions[inside] = self.position[ids[inside]]
        return positions

    def knows(self, row_id: int) -> bool:
        return 0 <= row_id < len(self.position) and self.position[row_id] >= 0

    def group_of(self, row_id: int) -> int:
        return int(self.group[self.position[row_id]])

    def language(self, row_id: int) -> str:
        return self.values["language"][self.codes["language"][self.position[row_id]]]

    def select(self, ids: np.ndarray, filters: Mapping[str, Iterable[str]]) -> Selection:
        """The rows of the ids this copy knows (a write may have landed after it was
        loaded), with a mask per filtered facet. A value the index has never held lets
        nothing through."""
        positions = self.positions(ids)
        rows = positions[positions >= 0]
        passes = {}
        for facet in FACETS:
            wanted = [self._value_codes[facet].get(value, -1) for value in filters.get(facet, ())]
            if wanted:
                passes[facet] = np.isin(self.codes[facet][rows], wanted)
        return Selection(rows, passes)

    def counts(self, selection: Selection) -> tuple[int, dict[str, dict[str, int]]]:
        """The number of groups (results) passing every filter, and per facet, the number of
        groups for each value with every *other* facet's filter applied."""
        rows = selection.allowed()
        groups = self._groups_of(rows)
        facets = {}
        for facet in FACETS:
            if facet in selection.passes:
                numbers = self._groups_per_value(facet, selection.allowed(skip=facet))
            else:
                numbers = self._groups_per_value(facet, rows, groups)
            facets[facet] = {
                self.values[facet][code]: int(numbers[code])
                for code in np.flatnonzero(numbers)
                if code != NO_VALUE
            }
        return int(groups.sum()), facets

    def _groups_of(self, rows: np.ndarray) -> np.ndarray:
        """A mask over the groups: those with a version among ``rows``."""
        groups = np.zeros(self.group_count, dtype=bool)
        groups[self.group[rows]] = True
        return groups

    def _groups_per_value(self, facet: str, rows: np.ndarray, groups=None) -> np.ndarray:
        """Per value code of ``facet``, the number of groups with a version among ``rows``
        that has that value."""
        size = len(self.values[facet])
        if facet in self.group_values:
            groups = self._groups_of(rows) if groups is None else groups
            return np.bincount(self.group_values[facet][groups], minlength=size)
        codes = self.codes[facet][rows]
        numbers = np.zeros(size, dtype=np.int64)
        for code in np.flatnonzero(np.bincount(codes, minlength=size)):
            numbers[code] = self._groups_of(rows[codes == code]).sum()
        return numbers

    def groups_with_version_in(self, rows: np.ndarray, language: str) -> set[int]:
        """Groups of which one of these rows is the version in ``language``."""
        code = self._value_codes["language"].get(language, -1)
        return set(self.group[rows[self.codes["language"][rows] == code]].tolist())
