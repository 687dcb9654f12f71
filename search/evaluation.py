"""Offline relevance evaluation of the public search against graded judgements.

Ranking, stemming and the glossary expansion are tuned by hand; without a judged query set a
change that helps one query can quietly hurt ten others. This module runs judged queries
through the query service (the same code path as the search page, glossary expansion
included) with a chosen engine, maps every hit back to a stable document id and scores the
first result page with nDCG@10 and MRR.

Judgements (tests/search_eval/judgements.json) name documents by ids that survive a reload
of the demo content: ``protocol:<identifier>``, ``qc_method:<identifier>``,
``regulation:<key>`` (the key of knowledge/demo/data/regulations.py, matched through the
page's reference), ``glossary:<slug>`` and ``centre:<code>``. Results are collapsed per
translation group, so a document counts whichever language version is returned.

Metrics (deterministic for a given database and index):

- nDCG@10 with exponential gain ``2**grade - 1`` and a ``log2(rank + 1)`` discount, the
  ideal ranking being all judged documents by grade;
- reciprocal rank of the first result with grade >= 1 within the first 10 (0 when none).

A misspelt query usually finds nothing and offers "did you mean"; its score counts what the
reader sees first (nothing). The ``*_with_suggestions`` averages instead score the page the
suggestion leads to, for queries that found nothing and got one.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.test.utils import override_settings
from wagtail.models import Page

from knowledge.demo.data.regulations import REGULATIONS
from knowledge.models import (
    CentrePage,
    GlossaryTerm,
    ProtocolPage,
    QCMethodPage,
    RegulatoryItemPage,
)
from search import service
from search.engines.base import SearchHit

CUTOFF = 10
REGULATION_KEYS = {record["reference"]: record["key"] for record in REGULATIONS}


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
    """Read and check a judgements file; raises ValueError naming the first problem."""
    path = Path(path) if path else default_judgements_path()
    data = json.loads(path.read_text(encoding="utf-8"))
    judgements, seen = [], set()
    for entry in data["queries"]:
        grades = dict(entry["judgements"])
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
def page_stable_id(page: Page) -> str | None:
    """The judgement id of a knowledge page; None for pages that are never judged."""
    if isinstance(page, ProtocolPage):
        return f"protocol:{page.identifier}"
    if isinstance(page, QCMethodPage):
        return f"qc_method:{page.identifier}"
    if isinstance(page, RegulatoryItemPage):
        return f"regulation:{REGULATION_KEYS.get(page.reference, page.reference)}"
    if isinstance(page, CentrePage):
        return f"centre:{page.code}"
    return None


def _numeric_part(key: str, prefix: str) -> int | None:
    """The primary key in "page:<id>" or "glossary:<id>:<language>"."""
    if not key.startswith(prefix):
        return None
    number = key[len(prefix) :].split(":", 1)[0]
    return int(number) if number.isdigit() else None


def stable_ids(hits: Sequence[SearchHit]) -> list[str]:
    """Each hit's judgement id, in order; a hit that maps to nothing keeps its own key (and so
    can never match a judgement). A few queries per result page, not one per hit."""
    page_ids = {_numeric_part(hit.key, "page:") for hit in hits} - {None}
    term_ids = {_numeric_part(hit.key, "glossary:") for hit in hits} - {None}
    pages = {
        page.pk: page_stable_id(page) for page in Page.objects.filter(pk__in=page_ids).specific()
    }
    slugs = dict(GlossaryTerm.objects.filter(pk__in=term_ids).values_list("pk", "slug"))
    ids = []
    for hit in hits:
        page_id, term_id = _numeric_part(hit.key, "page:"), _numeric_part(hit.key, "glossary:")
        if pages.get(page_id):
            ids.append(pages[page_id])
        elif term_id in slugs:
            ids.append(f"glossary:{slugs[term_id]}")
        else:
            ids.append(hit.key)
    return ids


def known_ids() -> set[str]:
    """The stable ids of everything live in this database that a judgement may name."""
    ids = {f"glossary:{slug}" for slug in GlossaryTerm.objects.values_list("slug", flat=True)}
    for model in (ProtocolPage, QCMethodPage, RegulatoryItemPage, CentrePage):
        ids.update(filter(None, map(page_stable_id, model.objects.live())))
    return ids


# ---- running ---------------------------------------------------------------------------------
@dataclass
class Scored:
    ranked: list[tuple[str, int]]  # (stable id, grade) per hit on the first page
    count: int
    ndcg: float
    reciprocal_rank: float


@dataclass
class QueryResult:
    judgement: Judgement
    shown: Scored  # what the reader sees first
    suggestion: str | None = None
    suggested: Scored | None = None  # the "did you mean" page, when nothing was found

    @property
    def best(self) -> Scored:
        return self.suggested or self.shown

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
            "ranked": [[stable_id, grade] for stable_id, grade in self.shown.ranked],
            "suggestion": self.suggestion,
        }
        if self.suggested is not None:
            data["suggested"] = {
                "count": self.suggested.count,
                "ndcg_at_10": round(self.suggested.ndcg, 4),
                "reciprocal_rank": round(self.suggested.reciprocal_rank, 4),
                "ranked": [[stable_id, grade] for stable_id, grade in self.suggested.ranked],
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
            "ndcg_at_10_with_suggestions": round(mean(r.best.ndcg for r in results), 4),
            "mrr_with_suggestions": round(mean(r.best.reciprocal_rank for r in results), 4),
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


def _score(judgement: Judgement, text: str) -> tuple[Scored, str | None]:
    outcome = service.search(
        text,
        language=judgement.language,
        filters=judgement.filters,
        page=1,
        page_size=CUTOFF,
    )
    if outcome.from_backup:
        raise EvaluationError(
            f"The {service.configured_engine_name()} engine did not answer, so the database "
            "backup did and would be measured in its place: check that it is configured "
            "(ELASTICSEARCH_URL) and reachable"
        )
    ranked, seen = [], set()
    for stable_id in stable_ids(outcome.hits):
        if stable_id not in seen:  # one group per hit already; guard against duplicates anyway
            seen.add(stable_id)
            ranked.append((stable_id, judgement.grades.get(stable_id, 0)))
    grades = [grade for _stable_id, grade in ranked]
    scored = Scored(
        ranked=ranked,
        count=outcome.count,
        ndcg=ndcg(grades, judgement.grades.values()),
        reciprocal_rank=reciprocal_rank(grades),
    )
    return scored, outcome.suggestion


def run_query(judgement: Judgement) -> QueryResult:
    shown, suggestion = _score(judgement, judgement.query)
    result = QueryResult(judgement=judgement, shown=shown, suggestion=suggestion)
    if not shown.ranked and suggestion:
        result.suggested, _suggestion = _score(judgement, suggestion)
    return result


def evaluate(judgements: Sequence[Judgement], engine: str | None = None) -> Evaluation:
    """Run every judged query with ``engine`` (default: the configured one) on the current
    database. The service chooses its engine from ``settings.SEARCH_ENGINE``, so that is
    what is overridden: it accepts the database's own engine or Elasticsearch, and raises
    ImproperlyConfigured for anything else."""
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
