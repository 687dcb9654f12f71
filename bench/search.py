"""Public search benchmark: rebuild rate, query latency (also while pages are published),
index write latency, a protocol's publication and memory per engine, and Wagtail's built-in
database search on the same corpus.

    .venv/bin/python bench/search.py [--docs 100000] [--engines tantivy,elasticsearch]
        [--wagtail-docs 10000] [--runs 20] [--seed 2026] [--postgres-url URL] [--keep]

A synthetic bilingual corpus (titles, sentences and terms of knowledge/demo/data, mixed with a
fixed seed) is indexed through each engine's ``rebuild()``: Tantivy into a scratch index
directory under var/bench/, Elasticsearch into indices named after this run. The glossary
(for query expansion) lives in a scratch SQLite database under var/bench/, or a PostgreSQL
database this script creates and drops (``--database postgres``). Each phase (index, search,
Wagtail comparison) runs in its own process, set up before ``django.setup()``, so the search
phase's peak RSS is its own; while pages are published a separate process writes one document
a second. Progress goes to stderr, one JSON object to stdout.
"""

import argparse
import contextlib
import datetime
import json
import math
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "var" / "bench"
TANTIVY = "tantivy"
ELASTICSEARCH = "elasticsearch"
ENGINES = (TANTIVY, ELASTICSEARCH)
DATABASES = ("sqlite", "postgres")
WARMUP_RUNS = 2
MIN_RUNS = 5
PUBLISH_EVERY = 1.0  # seconds between documents written while searching (publishing phase)
WRITE_RUNS = 20
# Issue 18's targets, at 100,000 bilingual documents on 2 cores.
TARGETS = {
    "search_p95_ms": 20.0,
    "autocomplete_p95_ms": 10.0,
    "search_while_publishing_p95_ms": 30.0,
    "rebuild_docs_per_s": 3000.0,
    "search_phase_rss_mb": 250.0,
    "index_one_document_p95_ms": 500.0,
    "publish_protocol_p95_ms": 500.0,
}

# What readers type: (text, language, filters). Common terms are the corpus's most frequent
# content words; phrases are glossary terms that occur in the demo texts.
QUERIES = {
    "typical": [
        ("steriliteit celpreparaten", "nl", {}),
        ("lentiviral vector production", "en", {}),
        ("vrijgifte QP", "nl", {}),
        ("flow cytometry identity", "en", {}),
        ("cryopreservatie mesenchymale stromale cellen", "nl", {}),
        ("endotoxin testing", "en", {}),
        ("transductie T-cellen", "nl", {}),
        ("environmental monitoring cleanroom", "en", {}),
    ],
    "common_term": [
        ("cellen", "nl", {}),
        ("product", "nl", {}),
        ("cells", "en", {}),
        ("sample", "en", {}),
    ],
    "phrase": [
        ('"chain of identity"', "en", {}),
        ('"media fill"', "nl", {}),
        ('"vector copy number"', "en", {}),
        ('"mesenchymale stromale cellen"', "nl", {}),
    ],
    "faceted": [
        ("vrijgifte", "nl", {"type": ["protocol"]}),
        ("sterility", "en", {"type": ["qc_method"], "quality_attribute": ["sterility"]}),
        ("transduction", "en", {"modality": ["car-t"], "process_stage": ["genetic-modification"]}),
        ("cellen", "nl", {"type": ["protocol"], "centre": ["lumc"]}),
    ],
}
AUTOCOMPLETE = [
    ("lenti", "nl"),
    ("steril", "en"),
    ("cryo", "nl"),
    ("vrijg", "nl"),
    ("car-t", "en"),
    ("myco", "en"),
    ("flow cyt", "en"),
    ("aav pro", "en"),
]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---- corpus ---------------------------------------------------------------------------------
TAG = re.compile(r"<[^>]+>")
SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
KINDS = ("protocol", "qc_method", "regulation", "glossary", "centre")
KIND_WEIGHTS = (40, 20, 15, 20, 5)


def _strings(value) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


class Vocabulary:
    """Title pairs per kind of document, and sentences and terms per language, taken from
    the demo content so the corpus has the platform's real words and word frequencies."""

    def __init__(self):
        from knowledge.demo.data import centres, glossary, protocols, qc_methods, regulations

        self.titles: dict[str, list[tuple[str | None, str | None]]] = {kind: [] for kind in KINDS}
        self.sentences: dict[str, list[str]] = {"nl": [], "en": []}
        self.terms: dict[str, list[str]] = {"nl": [], "en": []}
        for kind, records in (
            ("protocol", protocols.PROTOCOLS),
            ("qc_method", qc_methods.QC_METHODS),
        ):
            for record in records:
                for version in record["versions"]:
                    self._add(kind, version.get("nl"), version.get("en"))
        for record in regulations.REGULATIONS:
            self._add("regulation", record.get("nl"), record.get("en"))
        for centre in centres.CENTRES:
            self._add("centre", centre["nl"], centre["en"])
        for term in glossary.TERMS:
            self.titles["glossary"].append((term["term_nl"], term["term_en"]))
            self.terms["nl"].append(term["term_nl"])
            self.terms["en"].append(term["term_en"])
            self._add_sentences("nl", term["definition_nl"])
            self._add_sentences("en", term["definition_en"])

    def _add(self, kind: str, nl: dict | None, en: dict | None) -> None:
        pair = tuple(content.get("title") if content else None for content in (nl, en))
        if pair != (None, None):
            self.titles[kind].append(pair)
        for language, content in (("nl", nl), ("en", en)):
            if content:
                for text in _strings({k: v for k, v in content.items() if k != "title"}):
                    self._add_sentences(language, text)

    def _add_sentences(self, language: str, text: str) -> None:
        for sentence in SENTENCE_END.split(" ".join(TAG.sub(" ", text).split())):
            if len(sentence.split()) >= 4:
                self.sentences[language].append(sentence)


def corpus(count: int, seed: int) -> Iterator:
    """``count`` SearchDocuments: things in both languages (70 %) or one, each language
    version with its own mix of sentences; facets as the real sources set them."""
    from knowledge.demo.data.centres import CENTRES
    from knowledge.taxonomy import Authority, Jurisdiction, Modality, ProcessStage, QualityAttribute
    from search.engines.base import SearchDocument

    vocabulary, rng = Vocabulary(), random.Random(seed)
    centres = [centre["code"] for centre in CENTRES]
    made, thing = 0, 0
    while True:
        kind = rng.choices(KINDS, KIND_WEIGHTS)[0]
        titles = dict(zip(("nl", "en"), rng.choice(vocabulary.titles[kind]), strict=True))
        roll = rng.random()
        languages = ("nl", "en") if roll < 0.7 else ("nl",) if roll < 0.85 else ("en",)
        languages = tuple(language for language in languages if titles[language]) or tuple(
            language for language in ("nl", "en") if titles[language]
        )
        facets, centre, identifier = {}, "", ""
        if kind == "protocol":
            facets = {
                "modality": rng.choice(Modality.values),
                "process_stage": rng.choice(ProcessStage.values),
            }
            centre, identifier = rng.choice(centres), f"SYN-SOP-{thing:06d}"
        elif kind == "qc_method":
            facets = {"quality_attribute": rng.choice(QualityAttribute.values)}
            centre, identifier = rng.choice(centres), f"SYN-QC-{thing:06d}"
        elif kind == "regulation":
            facets = {
                "jurisdiction": rng.choice(Jurisdiction.values),
                "authority": rng.choice(Authority.values),
            }
            identifier = f"Regulation (EU) {rng.randint(2001, 2025)}/{thing}"
        elif kind == "centre":
            centre = rng.choice(centres)
        date = datetime.date(2018, 1, 1) + datetime.timedelta(days=rng.randrange(3000))
        suffix = rng.randrange(len(vocabulary.terms["nl"])) if rng.random() < 0.6 else None
        for language in languages:
            sentences = vocabulary.sentences[language]
            title = titles[language]
            if suffix is not None:
                title = f"{title} – {vocabulary.terms[language][suffix]}"
            yield SearchDocument(
                key=f"syn:{thing}:{language}",
                group=f"syn:{thing}",
                type=kind,
                language=language,
                title=title,
                summary=rng.choice(sentences),
                body="\n".join(rng.choice(sentences) for _ in range(rng.randint(6, 24))),
                url=f"/{language}/synthetic/{kind}/{thing}/",
                identifier=identifier,
                centre=centre,
                centre_name=centre.upper(),
                facets=facets,
                date=date,
            )
            made += 1
            if made == count:
                return
        thing += 1


def corpus_statistics(documents: list) -> dict:
    return {
        "documents": len(documents),
        "groups": len({document.group for document in documents}),
        "languages": dict(Counter(document.language for document in documents)),
        "types": dict(Counter(document.type for document in documents)),
        "mean_body_chars": round(sum(len(d.body) for d in documents) / max(len(documents), 1)),
    }


# ---- measuring -----------------------------------------------------------------------------
def percentile(samples: list[float], fraction: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(samples)
    return ordered[max(math.ceil(fraction * len(ordered)) - 1, 0)]


def summary(samples: list[float], cpu: list[float] | None = None) -> dict:
    """Wall-clock percentiles and, when measured, the CPU time the searching process itself
    used per call: on a machine shared with other work, the wall clock also counts the time
    spent waiting for a core, the CPU time does not."""
    result = {
        "runs": len(samples),
        "p50_ms": round(percentile(samples, 0.50), 2),
        "p95_ms": round(percentile(samples, 0.95), 2),
        "max_ms": round(max(samples), 2),
    }
    if cpu:
        result |= {
            "cpu_p50_ms": round(percentile(cpu, 0.50), 2),
            "cpu_p95_ms": round(percentile(cpu, 0.95), 2),
        }
    return result


def timed(call, runs: int, budget_seconds: float) -> tuple[list[float], list[float], object]:
    """Milliseconds per call after warming up, wall clock and CPU time of this process (all
    its threads); a slow call stops after ``budget_seconds`` (but not before MIN_RUNS), so one
    pathological query cannot stall the benchmark."""
    for _ in range(WARMUP_RUNS):
        answer = call()
    samples, cpu = [], []
    while len(samples) < runs:
        started, cpu_started = time.perf_counter(), time.process_time()
        answer = call()
        samples.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
        if len(samples) >= MIN_RUNS and sum(samples) / 1000 > budget_seconds:
            break
    return samples, cpu, answer


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux


# ---- workers: one process per phase --------------------------------------------------------
def setup_django(database_url: str) -> None:
    """Django for the scratch database; DEBUG off so no query is logged in memory."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "dare_platform.settings.dev"
    os.environ["DATABASE_URL"] = database_url
    sys.path.insert(0, str(ROOT))
    import django
    from django.conf import settings

    django.setup()
    settings.DEBUG = False


def migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def load_demo_glossary() -> None:
    """The demo glossary, so the service expands queries as it does on the real site. Bulk
    inserts send no signals, so nothing is indexed by them."""
    from knowledge.demo.data.glossary import TERMS
    from knowledge.models import GlossaryTerm

    fields = ("slug", "term_nl", "term_en", "abbreviation", "definition_nl", "definition_en")
    GlossaryTerm.objects.bulk_create(
        GlossaryTerm(**{name: term.get(name, "") for name in (*fields, "synonyms")})
        for term in TERMS
    )


def index_size_mb() -> float:
    from django.conf import settings

    files = Path(settings.SEARCH_INDEX_DIR).rglob("*")
    return round(sum(path.stat().st_size for path in files if path.is_file()) / 2**20, 1)


def index_worker(args) -> dict:
    setup_django(args.database_url)
    from dare_platform.progress import Progress
    from search import service

    migrate()
    load_demo_glossary()
    log(f"{args.engine}: generating {args.docs} documents")
    documents = list(corpus(args.docs, args.seed))
    engine = service.get_engine(args.engine)
    progress = Progress(len(documents), f"{args.engine} rebuild", stream=sys.stderr)
    started = time.perf_counter()
    written = engine.rebuild(iter(documents), progress)
    seconds = time.perf_counter() - started
    result = {
        "corpus": corpus_statistics(documents),
        "documents": written,
        "seconds": round(seconds, 1),
        "docs_per_s": round(written / seconds),
    }
    if args.engine == TANTIVY:
        result["index_mb"] = index_size_mb()
    return result


def search_worker(args) -> dict:
    """Latency through the query service, as the search page and API see it: glossary
    expansion, facet counts, snippets and, below three results, "did you mean"."""
    setup_django(args.database_url)
    from django.conf import settings

    from search import service

    rss_after_setup = peak_rss_mb()
    latency = {}
    try:
        for category, queries in QUERIES.items():
            log(f"{args.engine}: {category} queries, {args.runs} runs each")
            samples, cpu, per_query = [], [], []
            for text, language, filters in queries:

                def call(text=text, language=language, filters=filters):
                    outcome = service.search(text, language=language, filters=filters)
                    if outcome.from_backup:
                        raise RuntimeError(f"{args.engine} did not answer {text!r}")
                    return outcome

                times, cpu_times, outcome = timed(call, args.runs, args.query_budget)
                samples += times
                cpu += cpu_times
                per_query.append(
                    {"query": text, "language": language, "filters": filters}
                    | {"results": outcome.count, "p50_ms": round(percentile(times, 0.5), 2)}
                )
            latency[category] = summary(samples, cpu) | {"queries": per_query}
        log(f"{args.engine}: autocomplete, {args.runs} runs each")
        samples, cpu, per_query = [], [], []
        for prefix, language in AUTOCOMPLETE:
            times, cpu_times, suggestions = timed(
                lambda prefix=prefix, language=language: service.autocomplete(
                    prefix, language=language
                ),
                args.runs,
                args.query_budget,
            )
            samples += times
            cpu += cpu_times
            per_query.append(
                {"prefix": prefix, "language": language, "suggestions": len(suggestions)}
                | {"p50_ms": round(percentile(times, 0.5), 2)}
            )
        latency["autocomplete"] = summary(samples, cpu) | {"queries": per_query}
        latency["index_one_document"] = write_latency(service, args)
        latency["publish_protocol"] = publish_latency(service, args)
        latency["typical_while_publishing"] = search_while_publishing(service, args)
    finally:
        if args.engine == ELASTICSEARCH:
            drop_elasticsearch_indices()
    return {
        "latency": latency,
        "rss_mb": {"after_setup": rss_after_setup, "peak_search_phase": peak_rss_mb()},
        "facet_threads": settings.SEARCH_FACET_THREADS if args.engine == TANTIVY else None,
    }


def publication(number: int):
    """A document as a publication writes it: new, in Dutch, about sterility."""
    from search.engines.base import SearchDocument

    return SearchDocument(
        key=f"published:{number}",
        group=f"published:{number}",
        type="protocol",
        language="nl",
        title=f"Steriliteit van celpreparaten, versie {number}",
        body="Steriliteit volgens Ph. Eur. 2.6.27; vrijgifte door de QP.",
        url=f"/nl/published/{number}/",
    )


def write_latency(service, args) -> dict:
    """One document written through the service's write path, as a publication does after
    its commit (documents projected already)."""
    engine = service.get_engine(args.engine)
    samples = []
    for number in range(WRITE_RUNS):
        started = time.perf_counter()
        engine.replace([publication(number)], [])
        samples.append((time.perf_counter() - started) * 1000)
    return summary(samples)


def publish_latency(service, args) -> dict:
    """A protocol published as an editor publishes it, into the full index: a new version
    through Wagtail's revision and publish, its released version recorded, both language
    versions projected and written to the index after the commit. The site is the factories'
    smallest (one centre, one protocol in Dutch and English, twelve steps)."""
    from knowledge import factories

    site = factories.build_site()
    umcu_nl = factories.centre(site)
    umcu_en = factories.centre(site, title="UMC Utrecht", language="en", translation_of=umcu_nl)
    identifier = "DARE-SOP-9001"
    sop_nl = factories.protocol(umcu_nl, identifier=identifier, step_count=12)
    factories.protocol(
        umcu_en, identifier=identifier, title="Leukapheresis receipt", translation_of=sop_nl
    )
    samples = []
    for version in range(2, 2 + WRITE_RUNS):
        title = f"Leukaferese-ontvangst, versie {version}"
        started = time.perf_counter()
        factories.new_version(sop_nl, version, title=title, change_note="Vrijgifte herzien.")
        samples.append((time.perf_counter() - started) * 1000)
    if [hit.title for hit in service.search(identifier, language="nl").hits] != [title]:
        raise RuntimeError(f"{args.engine}: the last version published is not the one found")
    return summary(samples)


def search_while_publishing(service, args) -> dict:
    """The typical queries while another process writes one document a second."""
    command = [sys.executable, __file__, "--worker", "publish", "--engine", args.engine]
    command += ["--database-url", args.database_url]
    publisher = subprocess.Popen(command, cwd=ROOT, env=os.environ.copy())
    samples, cpu = [], []
    try:
        time.sleep(2 * PUBLISH_EVERY)  # the publisher has started writing
        for text, language, filters in QUERIES["typical"]:
            times, cpu_times, _outcome = timed(
                lambda text=text, language=language, filters=filters: service.search(
                    text, language=language, filters=filters
                ),
                args.runs,
                args.query_budget,
            )
            samples += times
            cpu += cpu_times
    finally:
        publisher.terminate()
        publisher.wait()
    return summary(samples, cpu) | {"writes_per_s": 1 / PUBLISH_EVERY}


def publish_worker(args) -> dict:
    """Writes one document a second until terminated."""
    setup_django(args.database_url)
    from search import service

    engine = service.get_engine(args.engine)
    number = 1000
    while True:
        engine.replace([publication(number)], [])
        number += 1
        time.sleep(PUBLISH_EVERY)


def drop_elasticsearch_indices() -> None:
    from django.conf import settings
    from elasticsearch import Elasticsearch

    prefix = settings.SEARCH_INDEX_PREFIX
    if prefix.startswith("bench-"):  # never anything but this run's own indices
        Elasticsearch(settings.ELASTICSEARCH_URL).options(ignore_status=404).indices.delete(
            index=f"{prefix.lower()}-documents-*"
        )


def wagtail_worker(args) -> dict:
    """Our engine and Wagtail's database backend, each on the first ``--wagtail-docs``
    documents, answering the typical queries (10 hits and the total, AND of the words)."""
    setup_django(args.database_url)
    from wagtail.search.backends import get_search_backend

    from knowledge.models import GlossaryTerm
    from search import service
    from search.engines.base import SearchQuery

    migrate()
    documents = list(corpus(args.wagtail_docs, args.seed))
    log(f"{args.engine}: Wagtail comparison on {len(documents)} documents")
    GlossaryTerm.objects.bulk_create(
        GlossaryTerm(
            slug=f"syn-{number}",
            term_nl=document.title[:120] if document.language == "nl" else "",
            term_en=document.title[:120] if document.language == "en" else "",
            abbreviation=document.identifier[:30],
            definition_nl=document.summary,
            definition_en=document.summary,
        )
        for number, document in enumerate(documents)
    )
    backend = get_search_backend()
    started = time.perf_counter()
    backend.add_bulk(GlossaryTerm, list(GlossaryTerm.objects.all()))
    wagtail_seconds = time.perf_counter() - started
    engine = service.get_engine(args.engine)
    started = time.perf_counter()
    engine.rebuild(iter(documents))
    ours_seconds = time.perf_counter() - started

    def wagtail_search(text):
        results = backend.search(text, GlossaryTerm, operator="and")
        return len(list(results[:10])), results.count()

    ours, theirs, per_query = [], [], []
    for text, language, _filters in QUERIES["typical"]:
        query = SearchQuery(text=text, language=language)
        our_times, _our_cpu, our_results = timed(
            lambda query=query: service.collapsed_search(engine, query),
            args.runs,
            args.query_budget,
        )
        their_times, _their_cpu, (_hits, their_count) = timed(
            lambda text=text: wagtail_search(text), args.runs, args.query_budget
        )
        ours += our_times
        theirs += their_times
        per_query.append(
            {"query": text, "ours_results": our_results.count, "wagtail_results": their_count}
            | {"ours_p50_ms": round(percentile(our_times, 0.5), 2)}
            | {"wagtail_p50_ms": round(percentile(their_times, 0.5), 2)}
        )
    ours_p50, wagtail_p50 = percentile(ours, 0.5), percentile(theirs, 0.5)
    return {
        "basis": (
            f"{len(documents)} synthetic documents: ours indexes title, identifier, summary "
            "and body through engine.rebuild() and searches through the service's "
            "collapsed_search() (count, facets, snippets, language versions collapsed); "
            "Wagtail's database backend "
            f"({type(backend).__name__}) indexes knowledge.GlossaryTerm rows holding each "
            "document's title in term_nl or term_en and its identifier as abbreviation "
            "(GlossaryTerm.search_fields), searched with operator='and', first 10 results "
            "and count()"
        ),
        "documents": len(documents),
        "index_docs_per_s": {
            "ours": round(len(documents) / ours_seconds),
            "wagtail": round(len(documents) / wagtail_seconds),
        },
        "ours": summary(ours),
        "wagtail": summary(theirs),
        "median_ratio_ours_to_wagtail": round(ours_p50 / wagtail_p50, 4),
        "speedup": round(wagtail_p50 / ours_p50, 1),
        "queries": per_query,
    }


WORKERS = {
    "index": index_worker,
    "search": search_worker,
    "wagtail": wagtail_worker,
    "publish": publish_worker,
}


# ---- orchestration -------------------------------------------------------------------------
def postgres_admin(url: str):
    import psycopg

    return psycopg.connect(url.replace("postgres://", "postgresql://", 1), autocommit=True)


@contextlib.contextmanager
def scratch_database(engine: str, purpose: str, args) -> Iterator[str]:
    """An empty database for one engine and purpose, removed afterwards unless --keep."""
    if args.database == "postgres":
        name = f"dare_bench_search_{purpose}_{os.getpid()}"
        base = args.postgres_url.rsplit("/", 1)[0]
        with postgres_admin(args.postgres_url) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
            admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield f"{base}/{name}"
        finally:
            if not args.keep:
                with postgres_admin(args.postgres_url) as admin:
                    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        return
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    path = BENCH_DIR / f"search-{engine}-{purpose}.sqlite3"
    files = [path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))]
    for file in files:
        file.unlink(missing_ok=True)
    shutil.rmtree(index_dir(engine, purpose), ignore_errors=True)
    try:
        yield f"sqlite:///{path}"
    finally:
        if not args.keep:
            for file in files:
                file.unlink(missing_ok=True)
            shutil.rmtree(index_dir(engine, purpose), ignore_errors=True)


def index_dir(engine: str, purpose: str) -> Path:
    return BENCH_DIR / f"search-index-{engine}-{purpose}"


def run_worker(phase: str, engine: str, database_url: str, args, purpose: str) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "dare_platform.settings.dev",
        "DATABASE_URL": database_url,
        "SEARCH_ENGINE": engine,
        "SEARCH_INDEX_DIR": str(index_dir(engine, purpose)),
        "SEARCH_INDEX_PREFIX": f"bench-search-{os.getpid()}",
        "REDIS_URL": "",
        "LOG_LEVEL": "WARNING",
    }
    command = [sys.executable, __file__, "--worker", phase, "--engine", engine]
    command += ["--database-url", database_url, "--docs", str(args.docs)]
    command += ["--wagtail-docs", str(args.wagtail_docs), "--runs", str(args.runs)]
    command += ["--seed", str(args.seed), "--query-budget", str(args.query_budget)]
    finished = subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, check=False)
    if finished.returncode:
        raise SystemExit(f"{engine}: the {phase} phase failed (its error is above)")
    return json.loads(finished.stdout.decode().strip().splitlines()[-1])


def measure_engine(engine: str, args) -> dict:
    # The database holds only the glossary (query expansion).
    with scratch_database(engine, "index", args) as url:
        result = {"rebuild": run_worker("index", engine, url, args, "index")}
        result |= run_worker("search", engine, url, args, "index")
    if args.wagtail_docs:
        with scratch_database(engine, "wagtail", args) as url:
            result["wagtail_comparison"] = run_worker("wagtail", engine, url, args, "wagtail")
    return result


def targets_met(engines: dict) -> dict:
    met = {}
    for name, result in engines.items():
        latency = result["latency"]
        checks = {
            f"{category}_p95_ms<={TARGETS['search_p95_ms']:g}": (
                latency[category]["p95_ms"] <= TARGETS["search_p95_ms"]
            )
            for category in QUERIES
        }
        checks[f"autocomplete_p95_ms<={TARGETS['autocomplete_p95_ms']:g}"] = (
            latency["autocomplete"]["p95_ms"] <= TARGETS["autocomplete_p95_ms"]
        )
        while_publishing = TARGETS["search_while_publishing_p95_ms"]
        checks[f"typical_while_publishing_p95_ms<={while_publishing:g}"] = (
            latency["typical_while_publishing"]["p95_ms"] <= while_publishing
        )
        checks[f"index_one_document_p95_ms<={TARGETS['index_one_document_p95_ms']:g}"] = (
            latency["index_one_document"]["p95_ms"] <= TARGETS["index_one_document_p95_ms"]
        )
        checks[f"publish_protocol_p95_ms<={TARGETS['publish_protocol_p95_ms']:g}"] = (
            latency["publish_protocol"]["p95_ms"] <= TARGETS["publish_protocol_p95_ms"]
        )
        checks[f"rebuild_docs_per_s>={TARGETS['rebuild_docs_per_s']:g}"] = (
            result["rebuild"]["docs_per_s"] >= TARGETS["rebuild_docs_per_s"]
        )
        checks[f"search_phase_rss_mb<{TARGETS['search_phase_rss_mb']:g}"] = (
            result["rss_mb"]["peak_search_phase"] < TARGETS["search_phase_rss_mb"]
        )
        met[name] = checks | {"all": all(checks.values())}
    met["all"] = all(checks["all"] for checks in met.values())
    return met


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_engines = [TANTIVY] + ([ELASTICSEARCH] if os.environ.get("ELASTICSEARCH_URL") else [])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument(
        "--engines",
        type=lambda value: [name for name in value.split(",") if name],
        default=default_engines,
        help="comma-separated: tantivy, elasticsearch",
    )
    parser.add_argument(
        "--database",
        choices=DATABASES,
        default="sqlite",
        help="where the glossary and Wagtail's comparison live",
    )
    parser.add_argument("--wagtail-docs", type=int, default=10_000, help="0 skips the comparison")
    parser.add_argument("--runs", type=int, default=20, help="timed runs per query")
    parser.add_argument(
        "--query-budget",
        type=float,
        default=30.0,
        help="seconds of timed runs per query before it stops early (after at least 5 runs)",
    )
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("BENCH_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"),
        help="a database on the server where the scratch database is created and dropped",
    )
    parser.add_argument("--keep", action="store_true", help="keep the scratch databases")
    parser.add_argument("--worker", choices=sorted(WORKERS), help=argparse.SUPPRESS)
    parser.add_argument("--engine", help=argparse.SUPPRESS)
    parser.add_argument("--database-url", help=argparse.SUPPRESS)
    args = parser.parse_args()
    unknown = set(args.engines) - set(ENGINES)
    if unknown:
        parser.error(f"unknown engines: {', '.join(sorted(unknown))}")
    return args


def main() -> None:
    args = parse_arguments()
    if args.worker:
        print(json.dumps(WORKERS[args.worker](args)))
        return
    started, load_at_start = time.perf_counter(), os.getloadavg()
    engines = {}
    for engine in args.engines:
        log(f"== {engine}")
        engines[engine] = measure_engine(engine, args)
    report = {
        "benchmark": "search",
        "machine": {
            "cpus": os.cpu_count(),
            "python": sys.version.split()[0],
            "load_average_at_start": [round(load, 2) for load in load_at_start],
            "load_average_at_end": [round(load, 2) for load in os.getloadavg()],
        },
        "documents": args.docs,
        "wagtail_documents": args.wagtail_docs,
        "runs_per_query": args.runs,
        "seed": args.seed,
        "latency_basis": (
            "search.service.search()/autocomplete() in one process, warm, with the demo "
            "glossary loaded (query expansion as on the site); DEBUG off"
        ),
        "engines": engines,
        "targets": TARGETS,
        "targets_met": targets_met(engines),
        "seconds": round(time.perf_counter() - started),
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
