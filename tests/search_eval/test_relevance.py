"""Relevance of the public search over the demo content, measured against graded judgements
(judgements.json): nDCG@10 and MRR must not fall below floors set from measured values, and
a few queries that exercise stemming and crossing languages must keep finding their answer.

The demo content is loaded and indexed once for the module (about two minutes) and removed,
index included, afterwards.
"""

import io
import json
import math

import pytest
from django.core.management import call_command
from django.db import transaction

from knowledge.demo.data import centres, glossary, protocols, qc_methods, regulations
from search import evaluation, service

# Every test is marked, so pytest-django sets up the test database before the module fixture
# loads the demo into it: an unmarked module would load into, and then empty, the real one.
pytestmark = pytest.mark.django_db

# Floors sit at or just below what Tantivy measures on the 84 judged queries of the demo
# content (nDCG@10 0.852, MRR 0.964), so a change that costs relevance fails here. The engine it
# replaced scored 0.694 / 0.787. The harmonisation demo adds centres' local SOPs (copies of the
# references, with changes; not judged): a reference ranks above its copies (prominence 1.2) and
# a copy below other pages that match as well (0.8), yet copies still take places in the first
# ten that the judgements count as misses.
FLOORS = {
    "ndcg_at_10": 0.85,
    "mrr": 0.95,
}

# (query id, stable id, worst acceptable rank)
MUST_FIND = [
    ("nl-celtherapieen", "glossary:cell-therapy", 3),  # Dutch diaeresis plural
    ("nl-vrijgifte", "glossary:release", 3),  # the glossary bridges to "release"
    ("nl-vrijgifte", "protocol:DARE-SOP-0035", 10),  # "batchvrijgifte" / "batch release"
    ("nl-sterility", "glossary:sterility", 3),  # English word on the Dutch site
    ("nl-sterility", "qc_method:DARE-QC-0002", 3),
    ("nl-steriliteit", "qc_method:DARE-QC-0001", 3),  # "Steriliteit van celpreparaten…"
    ("en-identifier-sop-0027", "protocol:DARE-SOP-0027", 1),
    ("nl-ph-eur-2-6-7", "regulation:Ph. Eur. 2.6.7", 3),
    ("en-sterilty", "glossary:sterility", 3),  # through the corrected results
    # each glossary term on its own: "MSC" as typed, the others by their Dutch names
    ("en-msc-cryopreservation-release", "protocol:DARE-SOP-0019", 3),
    ("en-thawing-car-t", "protocol:DARE-SOP-0008", 4),  # all words but one ("infusion")
    ("nl-nk-navelstrengbloed", "protocol:DARE-SOP-0016", 3),  # "navelstrengbloed" is Dutch only
]


def test_judgements_cover_the_promised_kinds_of_query():
    judgements = evaluation.load_judgements()
    languages = [judgement.language for judgement in judgements]
    kinds = [kind for judgement in judgements for kind in judgement.kinds]
    assert len(judgements) >= 80
    assert languages.count("nl") == languages.count("en")
    assert kinds.count("cross-language") * 3 >= len(judgements)
    assert kinds.count("misspelt") * 10 >= len(judgements)
    assert kinds.count("identifier") * 10 >= len(judgements)
    assert {"phrase", "jargon", "stemming", "faceted"} <= set(kinds)


def test_judgements_name_documents_of_the_demo_data():
    existing = {f"protocol:{record['identifier']}" for record in protocols.PROTOCOLS}
    existing |= {f"qc_method:{record['identifier']}" for record in qc_methods.QC_METHODS}
    existing |= {f"regulation:{record['reference']}" for record in regulations.REGULATIONS}
    existing |= {f"glossary:{term['slug']}" for term in glossary.TERMS}
    existing |= {f"centre:{centre['code']}" for centre in centres.CENTRES}
    judgements = evaluation.load_judgements()
    named = {stable_id for judgement in judgements for stable_id in judgement.grades}
    assert named - existing == set()


def test_ndcg_and_reciprocal_rank():
    assert evaluation.ndcg([3, 2, 0], [3, 2]) == 1.0
    assert evaluation.ndcg([0, 3], [3]) == pytest.approx(1 / math.log2(3))
    assert evaluation.ndcg([], [3]) == 0.0
    assert evaluation.ndcg([2, 3], [3, 2]) < 1.0
    assert evaluation.reciprocal_rank([0, 0, 1]) == pytest.approx(1 / 3)
    assert evaluation.reciprocal_rank([0] * 10 + [3]) == 0.0  # beyond the cutoff


@pytest.fixture(scope="module")
def measured(django_db_setup, django_db_blocker):
    """The demo content, indexed by the embedded engine, evaluated once; inside a transaction
    rolled back at the end of the module, and the index emptied."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", stdout=io.StringIO())
        engine = service.EMBEDDED
        service.rebuild(engine=engine)
        try:
            yield evaluation.evaluate(evaluation.load_judgements(), engine=engine)
        finally:
            service.get_engine(engine).rebuild(iter(()))
            transaction.set_rollback(True)


def test_relevance_stays_above_the_floors(measured):
    averages = measured.averages()
    print(json.dumps({"engine": measured.engine, **averages}))  # shown with pytest -s
    assert measured.unknown_ids == []
    for metric, floor in FLOORS.items():
        assert averages[metric] >= floor, f"{metric} {averages[metric]} < {floor}"


@pytest.mark.parametrize(("query_id", "stable_id", "worst_rank"), MUST_FIND)
def test_must_find(measured, query_id, stable_id, worst_rank):
    ranked = [found for found, _grade in measured.result(query_id).shown.ranked]
    assert stable_id in ranked[:worst_rank], ranked


@pytest.mark.parametrize(
    ("query_id", "correction"),
    [
        ("nl-sterilteit", "steriliteit"),
        ("en-mycoplasm", "mycoplasma"),
        ("en-cryopreservaton", "cryopreservation"),
        ("en-sterilty", "sterility"),
        ("nl-mycoplsma", "mycoplasma"),
    ],
)
def test_misspellings_show_the_corrected_results(measured, query_id, correction):
    result = measured.result(query_id)
    assert result.corrected_query == correction
    assert result.shown.reciprocal_rank == 1.0, result.shown.ranked


def test_english_words_on_the_dutch_site_find_dutch_pages_in_the_first_ten(measured):
    shown = measured.result("nl-release-testing").shown
    dutch = [
        stable_id
        for (stable_id, grade), language in zip(shown.ranked, shown.languages, strict=True)
        if language == "nl" and grade
    ]
    release_testing_protocols = {"protocol:DARE-SOP-0015", "protocol:DARE-SOP-0025"}
    assert release_testing_protocols & set(dutch), (shown.ranked, shown.languages)
