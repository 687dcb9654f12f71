"""Offline relevance evaluation of the public search against graded judgements.

Ranking, stemming and the glossary expansion are tuned by hand; without a judged query set a
change that helps one query can quietly hurt ten others. This module runs judged queries
through the query service (the same code path as the search page, glossary expansion
included) with a chosen engine, maps every hit back to a stable document id and scores the
first result page with nDCG@10 and MRR.

Judgements (tests/search_eval/judgements.json) name documents by ids that survive a reload
of the demo content, such as ``protocol:<identifier>`` or ``glossary:<slug>``. Search knows
no domain: each app that indexes documents says how its index keys map to those ids with
``register_judged_ids`` (knowledge/search.py). Results are collapsed per translation group,
so a document counts whichever language version is returned.

Metrics (deterministic for a given database and index):

- nDCG@10 with exponential gain ``2**grade - 1`` and a ``log2(rank + 1)`` discount, the
  ideal ranking being all judged documents by grade;
- reciprocal rank of the first result with grade >= 1 within the first 10 (0 when none).

Scores count what the reader sees first: for a misspelt query that finds nothing, the
results of its spelling correction ("Showing results for …").
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.test.utils import override_settings

from search import service
from search.engines.base import SearchHit

CUTOFF = 10


class EvaluationError(Exception):
    """The evaluation cannot measure anything meaningful (no content, no index, backup)."""


# ---- judgements ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Judgement:
    id: str
    query: str
    language: str
    grades: dict[str, int]  # stable document id -> 1..3
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    kinds: tuple[str, ...] = ()
    note: str = ""


def default_judgements_path() -> Path:
    return Path(settings.BASE_DIR) / "tests" / "search_eval" / "judgements.json"


def load_judgements(path: Path | str | None = None) -> list[Judgement]:
    """Read and check a judgements file; raises ValueError naming the first problem. Ids the
    file shortens (its ``short_names``) come back whole."""
    path = Path(path) if path else default_judgements_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    short_names = data.get("short_names", {})
    judgements, seen = [], set()
    for entry in data["queries"]:
        grades = {short_names.get(name, name): grade for name, grade in entry["judgements"].items()}
        if entry["id"] in seen:
            raise ValueError(f"{path}: duplicate query id {entry['id']!r}")
        if not grades or any(grade not in (1, 2, 3) for grade in grades.values()):
            raise ValueError(f"{path}: {entry['id']!r} needs grades 1–3 for at least one id")
        seen.add(entry["id"])
        judgements.append(
            Judgement(
                id=entry["id"],
                query=entry["query"],
                language=entry["language"],
                grades=grades,
                filters={
                    facet: tuple(values) for facet, values in entry.get("filters", {}).items()
                },
                kinds=tuple(entry.get("kinds", ())),
                note=entry.get("note", ""),
            )
        )
    return judgements


# ---- metrics ---------------------------------------------------------------------------------
def dcg(grades: Sequence[int], cutoff: int = CUTOFF) -> float:
    return sum((2**grade - 1) / math.log2(rank + 2) for rank, grade in enumerate(grades[:cutoff]))


def ndcg(grades: Sequence[int], judged: Iterable[int], cutoff: int = CUTOFF) -> float:
    """DCG of the ranking over the DCG of the judged documents in the best order."""
    ideal = dcg(sorted(judged, reverse=True), cutoff)
    return dcg(grades, cutoff) / ideal if ideal else 0.0


def reciprocal_rank(grades: Sequence[int], cutoff: int = CUTOFF) -> float:
    for rank, grade in enumerate(grades[:cutoff], start=1):
        if grade >= 1:
            return 1.0 / rank
    return 0.0


def mean(values: Iterable[float]) -> float:
    values = list(values)
    return math.fsum(values) / len(values) if values else 0.0


# ---- hits to stable ids ----------------------------------------------------------------------
@dataclass(frozen=True)
class JudgedIds:
    """How one app's documents are named in judgements."""

    of_keys: Callable[[Collection[str]], dict[str, str]]  # index keys -> ids, few queries
    live: Callable[[], set[str]]  # the ids of everything live in this database


JUDGED_IDS: list[JudgedIds] = []


def register_judged_ids(
    *,
    of_keys: Callable[[Collection[str]], dict[str, str]],
    live: Callable[[], set[str]],
) -> None:
    JUDGED_IDS.append(JudgedIds(of_keys=of_keys, live=live))


def stable_ids(hits: Sequence[SearchHit]) -> list[str]:
    """Each hit's judgement id, in order; a hit that maps to nothing keeps its own key (and so
    can never match a judgement)."""
    keys = [hit.key for hit in hits]
    ids: dict[str, str] = {}
    for judged in JUDGED_IDS:
        ids |= judged.of_keys(keys)
    return [ids.get(key, key) for key in keys]


def known_ids() -> set[str]:
    """The stable ids of everything live in this database that a judgement may name."""
    return set().union(*(judged.live() for judged in JUDGED_IDS))


# ---- running ---------------------------------------------------------------------------------
@dataclass
class Scored:
    ranked: list[tuple[str, int]]  # (stable id, grade) per hit on the first page
    count: int
    ndcg: float
    reciprocal_rank: float
    languages: list[str] = field(default_factory=list)  # of each ranked hit


@dataclass
class QueryResult:
    judgement: Judgement
    shown: Scored  # what the reader sees first
    corrected_query: str | None = None  # shown are this correction's results
    suggestion: str | None = None  # "did you mean", beside a few results

    def as_dict(self) -> dict:
        data = {
            "id": self.judgement.id,
            "query": self.judgement.query,
            "language": self.judgement.language,
            "filters": {facet: list(values) for facet, values in self.judgement.filters.items()},
            "kinds": list(self.judgement.kinds),
            "count": self.shown.count,
            "ndcg_at_10": round(self.shown.ndcg, 4),
            "reciprocal_rank": round(self.shown.reciprocal_rank, 4),
            "ranked": [
                [stable_id, grade, language]
                for (stable_id, grade), language in zip(
                    self.shown.ranked, self.shown.languages, strict=True
                )
            ],
            "corrected_query": self.corrected_query,
            "suggestion": self.suggestion,
        }
        return data


@dataclass
class Evaluation:
    engine: str
    results: list[QueryResult]
    unknown_ids: list[str]  # judged ids that this database does not hold

    @property
    def ndcg(self) -> float:
        return mean(result.shown.ndcg for result in self.results)

    @property
    def mrr(self) -> float:
        return mean(result.shown.reciprocal_rank for result in self.results)

    def averages(self, results: Sequence[QueryResult] | None = None) -> dict:
        results = self.results if results is None else results
        return {
            "queries": len(results),
            "ndcg_at_10": round(mean(result.shown.ndcg for result in results), 4),
            "mrr": round(mean(result.shown.reciprocal_rank for result in results), 4),
        }

    def breakdown(self) -> dict[str, dict]:
        """Averages per language and per kind of query ("misspelt", "phrase", ...)."""
        groups: dict[str, list[QueryResult]] = {}
        for result in self.results:
            groups.setdefault(f"language:{result.judgement.language}", []).append(result)
            for kind in result.judgement.kinds:
                groups.setdefault(f"kind:{kind}", []).append(result)
        return {name: self.averages(groups[name]) for name in sorted(groups)}

    def result(self, query_id: str) -> QueryResult:
        return next(result for result in self.results if result.judgement.id == query_id)

    def as_dict(self) -> dict:
        return {
            "engine": self.engine,
            "cutoff": CUTOFF,
            "gain": "2**grade - 1, discount log2(rank + 1)",
            "averages": self.averages(),
            "breakdown": self.breakdown(),
            "unknown_ids": self.unknown_ids,
            "queries": [result.as_dict() for result in self.results],
        }


def run_query(judgement: Judgement) -> QueryResult:
    outcome = service.search(
        judgement.query,
        language=judgement.language,
        filters=judgement.filters,
        page=1,
        page_size=CUTOFF,
    )
    if outcome.from_backup:
        raise EvaluationError(
            f"The {service.configured_engine_name()} engine did not answer, so the embedded "
            "backup did and would be measured in its place: check that it is configured "
            "(ELASTICSEARCH_URL) and reachable"
        )
    ranked, languages, seen = [], [], set()
    for stable_id, hit in zip(stable_ids(outcome.hits), outcome.hits, strict=True):
        if stable_id not in seen:  # one group per hit already; guard against duplicates anyway
            seen.add(stable_id)
            ranked.append((stable_id, judgement.grades.get(stable_id, 0)))
            languages.append(hit.language)
    grades = [grade for _stable_id, grade in ranked]
    shown = Scored(
        ranked=ranked,
        count=outcome.count,
        ndcg=ndcg(grades, judgement.grades.values()),
        reciprocal_rank=reciprocal_rank(grades),
        languages=languages,
    )
    return QueryResult(
        judgement=judgement,
        shown=shown,
        corrected_query=outcome.corrected_query,
        suggestion=outcome.suggestion,
    )


def evaluate(judgements: Sequence[Judgement], engine: str | None = None) -> Evaluation:
    """Run every judged query with ``engine`` (default: the configured one) on the current
    database. The service chooses its engine from ``settings.SEARCH_ENGINE``, so that is
    what is overridden; an unknown engine raises ImproperlyConfigured."""
    judged = sorted({stable_id for judgement in judgements for stable_id in judgement.grades})
    present = known_ids()
    if not present.intersection(judged):
        raise EvaluationError(
            "This database holds none of the judged documents: load the demo content with "
            "`manage.py load_demo_content`, then build the index with "
            "`manage.py rebuild_search_index`"
        )
    name = engine or service.configured_engine_name()
    with override_settings(SEARCH_ENGINE=name):
        service.configured_engine_name()  # raises ImproperlyConfigured for an unusable engine
        results = [run_query(judgement) for judgement in judgements]
    if not any(result.shown.count for result in results):
        raise EvaluationError(
            f"The {name} search index answered no query: it is empty; build it with "
            f"`manage.py rebuild_search_index --engine {name}`"
        )
    unknown = [stable_id for stable_id in judged if stable_id not in present]
    return Evaluation(engine=name, results=results, unknown_ids=unknown)
