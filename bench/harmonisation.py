"""Harmonisation matrix benchmark: latency of the matrix page and its XLSX export (issue 17).

    .venv/bin/python bench/harmonisation.py [--sizes 11x50,50x500] [--runs 30]
        [--database-url postgres://postgres@127.0.0.1:5432/dare_bench_harmonisation] [--keep]

The database is created afresh (its name must start with ``dare_bench``, so a real database is
never dropped) and migrated; then synthetic data grows to each size in turn, CENTRESxREFERENCES:
centres with a centre page in both languages, references (protocols and QC methods, in both
languages, each with released versions) and one adoption record per centre and reference in a
fixed mix of statuses, bulk-created. At each size the production WSGI server (gunicorn,
production settings, see bench/_server.py) serves the Dutch matrix page (its first page of
references, with the totals over all of them) and its XLSX export (every reference), fetched
one after another. Every request carries a parameter the page cache does not know
(the matrix ignores it), so each one is rendered: the figures are those of the first reader
after a publication. Progress goes to stderr, one JSON object to stdout.
"""

import argparse
import json
import os
import random
import shutil
import sys
import time
from pathlib import Path

BENCH_DIR = str(Path(__file__).resolve().parent)
sys.path.insert(0, BENCH_DIR)

from _server import (  # noqa: E402
    ROOT,
    drop_database,
    fetch,
    fresh_database,
    gunicorn,
    manage,
    production_env,
    refresh_planner_statistics,
)

# Django runs in this process too: bench/search.py must not shadow the search app.
sys.path[:] = [str(ROOT), *(entry for entry in sys.path if entry != BENCH_DIR)]

DEFAULT_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/dare_bench_harmonisation"
)
TARGETS = {"matrix_p95_ms": 150.0, "xlsx_p95_ms": 2000.0}
# Each of gunicorn's two worker processes serves its first pages slower (templates compiled,
# per-process caches filled): enough unmeasured requests that both are warm.
WARMUP_RUNS = 6
# The share of each status among the adoption records (the rest of a row has no record).
STATUS_WEIGHTS = {
    "adopted": 35,
    "adopted-with-deviations": 20,
    "planned": 20,
    "not-applicable": 15,
    "not-adopted": 10,
}
LANGUAGES = ("nl", "en")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def parse_sizes(text: str) -> list[tuple[int, int]]:
    sizes = []
    for part in text.split(","):
        centres, references = part.lower().split("x")
        sizes.append((int(centres), int(references)))
    return sorted(sizes)


# ---- synthetic data ----------------------------------------------------------------------------
class SyntheticData:
    """Grows the site to a size: what exists is kept, only the missing centres, references
    and adoption records are added. Runs in this process, after ``django.setup()``."""

    def __init__(self, seed: int = 2026):
        from harmonisation import factories as harmonisation_factories
        from knowledge import factories

        self.random = random.Random(seed)
        self.site = factories.build_site()
        self.site.update(harmonisation_factories.matrix_pages(self.site))
        self.centre_pages: list[dict] = []  # per centre: {language: CentrePage}
        self.references: list = []  # HarmonisedReference, in order of creation

    def grow(self, centres: int, references: int) -> None:
        from knowledge import factories

        while len(self.centre_pages) < centres:
            number = len(self.centre_pages) + 1
            code = f"centre-{number:03d}"
            page_nl = factories.centre(self.site, code=code, title=f"Centrum {number:03d}")
            page_en = factories.centre(
                self.site,
                code=code,
                title=f"Centre {number:03d}",
                language="en",
                translation_of=page_nl,
            )
            self.centre_pages.append({"nl": page_nl, "en": page_en})
        added = []
        while len(self.references) < references:
            added.append(self._reference(len(self.references) + 1))
        self._adoptions(added, centres)

    def _reference(self, number: int):
        """A protocol (or, one in three, a QC method) in both languages under one of the
        centres, with two released versions; live without publishing, which would index each
        page for search: the matrix reads none of that."""
        from django.utils import timezone

        from harmonisation.factories import working_group
        from harmonisation.models import HarmonisedReference
        from knowledge import factories
        from knowledge.models import ProtocolPage, PublishedVersion, QCMethodPage

        owner = self.centre_pages[number % len(self.centre_pages)]
        is_qc = number % 3 == 0
        identifier = f"BENCH-{'QC' if is_qc else 'SOP'}-{number:04d}"
        source = None
        pages = {}
        for language in LANGUAGES:
            fields = {
                "title": f"{'QC-methode' if language == 'nl' else 'QC method'} {number}"
                if is_qc
                else f"Protocol {number}",
                "slug": identifier.lower(),
                "identifier": identifier,
                "locale": factories.locale(language),
                "version": 2,
                "status": "effective",
                "live": True,
            }
            if is_qc:
                page = QCMethodPage(
                    **fields,
                    quality_attribute=self.random.choice(["sterility", "endotoxin", "identity"]),
                    method_principle="<p>Principle.</p>",
                    validation_status="validated",
                )
            else:
                page = ProtocolPage(
                    **fields,
                    modality=self.random.choice(["car-t", "til", "msc", "aav"]),
                    process_stage=self.random.choice(["starting-material", "expansion"]),
                    purpose="<p>Purpose.</p>",
                    procedure=factories.steps(3),
                )
            if source is not None:
                page.translation_key = source.translation_key
            owner[language].add_child(instance=page)
            pages[language] = source = page
        now = timezone.now()
        PublishedVersion.objects.bulk_create(
            PublishedVersion(
                page=page, number=version, title=page.title, status="effective", published_at=now
            )
            for page in pages.values()
            for version in (1, 2)
        )
        group = working_group(code=f"group-{number % 8}", name_nl=f"Werkgroep {number % 8}")
        reference = HarmonisedReference.objects.create(page=pages["nl"], working_group=group)
        self.references.append(reference)
        return reference

    def _adoptions(self, new_references, centres: int) -> None:
        """One record per centre for the new references, and for the existing references at
        the new centres; about one cell in twenty has no record."""
        from datetime import date

        from harmonisation.models import Adoption
        from knowledge.models import PublishedVersion

        versions = {
            (version.page_id, version.number): version
            for version in PublishedVersion.objects.filter(
                page_id__in=[reference.page_id for reference in self.references]
            )
        }
        existing = set(Adoption.objects.values_list("centre_id", "reference_id"))
        statuses, weights = list(STATUS_WEIGHTS), list(STATUS_WEIGHTS.values())
        records = []
        for reference in self.references:
            for pages in self.centre_pages[:centres]:
                centre = pages["nl"].centre
                if (centre.pk, reference.pk) in existing or self.random.random() < 0.05:
                    continue
                status = self.random.choices(statuses, weights)[0]
                following = status in ("adopted", "adopted-with-deviations")
                records.append(
                    Adoption(
                        centre=centre,
                        reference=reference,
                        status=status,
                        status_date=date(2026, 1, 1),
                        local_sop_id=reference.page_id if following else None,
                        followed_version=versions[(reference.page_id, self.random.choice((1, 2)))]
                        if following
                        else None,
                        contact_name="Contact",
                        contact_email="contact@example.org",
                    )
                )
        Adoption.objects.bulk_create(records, batch_size=2000)


# ---- measurement -------------------------------------------------------------------------------
def percentiles(latencies: list[float]) -> dict:
    ordered = sorted(latencies)

    def at(p):
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))] * 1000, 1)

    return {"runs": len(ordered), "p50_ms": at(0.50), "p95_ms": at(0.95), "max_ms": at(1.0)}


def measure(url: str, runs: int) -> dict:
    latencies, errors = [], 0
    for run in range(WARMUP_RUNS + runs):
        status, seconds = fetch(f"{url}?bench-run={run}")
        if run < WARMUP_RUNS:
            continue
        errors += status != 200
        latencies.append(seconds)
    return {**percentiles(latencies), "errors": errors}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", default="11x50,50x500", help="CENTRESxREFERENCES, comma-separated"
    )
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args()

    database = args.database_url.rsplit("/", 1)[1]
    # A search index of its own, fresh like the database: one left by another benchmark may
    # have been built by older code, which the system checks refuse.
    index_dir = ROOT / "var" / "bench" / f"{database}-index"
    env = production_env(args.database_url, SEARCH_INDEX_DIR=str(index_dir))
    log(f"Creating {database} and migrating…")
    fresh_database(args.database_url)
    shutil.rmtree(index_dir, ignore_errors=True)
    manage(env, "migrate", "--no-input", "-v0")
    manage(env, "collectstatic", "--no-input", "-v0")
    os.environ.update(env)
    import django

    django.setup()
    from harmonisation.models import Adoption, HarmonisationPage

    results = []
    try:
        data = SyntheticData()
        page = HarmonisationPage.objects.get(locale__language_code="nl")
        for centres, references in parse_sizes(args.sizes):
            started = time.perf_counter()
            data.grow(centres, references)
            refresh_planner_statistics()
            log(
                f"{centres} centres x {references} references: built in "
                f"{time.perf_counter() - started:.0f} s; measuring…"
            )
            with gunicorn(env) as base:
                matrix = measure(base + page.url, args.runs)
                xlsx = measure(base + page.route_url("export", file_format="xlsx"), args.runs)
            results.append(
                {
                    "centres": centres,
                    "references": references,
                    "adoption_records": Adoption.objects.count(),
                    "matrix_page": matrix,
                    "xlsx_export": xlsx,
                    "meets_targets": matrix["p95_ms"] < TARGETS["matrix_p95_ms"]
                    and xlsx["p95_ms"] < TARGETS["xlsx_p95_ms"]
                    and not matrix["errors"]
                    and not xlsx["errors"],
                }
            )
    finally:
        if not args.keep:
            from django.db import connections

            connections.close_all()
            drop_database(args.database_url)
    print(
        json.dumps(
            {
                "benchmark": "harmonisation",
                "server": "gunicorn (2 workers x 4 threads), production settings, uncached",
                "database": "postgresql",
                "cpus": os.cpu_count(),
                "targets": TARGETS,
                "results": results,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
