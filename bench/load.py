"""Mixed load against the production WSGI server with production settings.

    .venv/bin/python bench/load.py [--users 50] [--duration 60] [--database-url URL] [--redis]
        [--new-search-share 0.25]

Browse 75 % / search 25 % with N concurrent users for the given time, then compares the
throughput of a cached protocol page with a trivial Django view (/robots.txt) on the same
server. Prints JSON: requests/s, p50/p95/p99 per kind, errors, and the ratio. Targets (2 cores):
0 errors, page p95 < 200 ms, search p95 < 300 ms, cached page >= 0.8x the trivial view.
Traffic goes to 127.0.0.1 only and every loop stops at its deadline.

Search pages are cached like other anonymous pages, so repeated searches are cache hits. To
keep the search engine in the measurement, a share of the searches (``--new-search-share``)
misses the cache: a popular query with an extra word, and a parameter the page ignores with
a number never sent before, so its URL is new. They are reported apart ("search_new") and
count for the search target.
"""

import argparse
import json
import random
import re
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _server import fetch, gunicorn, prepare_database, production_env, summarise

SEARCHES = [
    "sterility",
    "steriliteit",
    "vrijgifte",
    "release testing",
    "CAR-T",
    "mycoplasma",
    "lentiviral vector",
    "cryopreservatie",
    "hospital exemption",
    "ziekenhuisuitzondering",
    "endotoxin",
    "TIL",
    "GMP",
    "media fill",
    "vector copy number",
    "celtherapie",
]
# Words added to a popular query for the searches that miss the cache; most of them narrow it.
EXTRA_WORDS = {
    "en": ["release", "testing", "cells", "manufacturing", "validation", "patient", "quality"],
    "nl": ["vrijgifte", "cellen", "productie", "validatie", "patiënt", "kwaliteit", "test"],
}


def discover(base: str) -> list[str]:
    """Browse targets: home, every index (plain and filtered) and pages linked from them."""
    urls = [f"{base}/nl/", f"{base}/en/"]
    for index in (
        "/en/protocols/",
        "/nl/protocollen/",
        "/en/qc-methods/",
        "/en/regulations/",
        "/en/centres/",
        "/en/glossary/",
    ):
        urls.append(base + index)
        with urllib.request.urlopen(base + index, timeout=10) as response:
            html = response.read().decode()
        links = re.findall(r'href="(/(?:nl|en)/centres/[^"#?]+/[^"#?]+/)"', html)
        links += re.findall(r'href="(/(?:nl|en)/(?:regulations|regelgeving)/[^"#?]+/)"', html)
        urls += [base + link for link in links[:10]]
    urls += [f"{base}/en/protocols/?modality=car-t", f"{base}/nl/protocollen/?centre=lumc"]
    return urls


def new_searches(base: str):
    """URLs no one asked for before (each a cache miss)."""
    counter = iter(range(10**9))

    def pick(rng: random.Random) -> str:
        language, path = rng.choice((("en", "/en/search/"), ("nl", "/nl/zoeken/")))
        query = f"{rng.choice(SEARCHES)} {rng.choice(EXTRA_WORDS[language])}"
        return f"{base}{path}?q={urllib.parse.quote(query)}&from={next(counter)}"

    return pick


def run_users(
    targets: dict[str, list[str]], weights: dict[str, float], users: int, duration: float
) -> dict:
    deadline = time.perf_counter() + duration
    samples: dict[str, list[tuple[int, float]]] = {kind: [] for kind in targets}
    lock = threading.Lock()

    def user(seed: int):
        rng = random.Random(seed)
        kinds, chances = list(weights), list(weights.values())
        while time.perf_counter() < deadline:
            kind = rng.choices(kinds, chances)[0]
            target = targets[kind]
            outcome = fetch(target(rng) if callable(target) else rng.choice(target))
            with lock:
                samples[kind].append(outcome)

    started = time.perf_counter()
    threads = [threading.Thread(target=user, args=(n,)) for n in range(users)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started

    def summary_of(outcomes: list[tuple[int, float]]) -> dict:
        errors = sum(1 for status, _ in outcomes if status != 200)
        return summarise([latency for _, latency in outcomes], elapsed, errors)

    summaries = {kind: summary_of(outcomes) for kind, outcomes in samples.items() if outcomes}
    searches = [outcomes for kind, outcomes in samples.items() if kind.startswith("search")]
    if len(searches) > 1:  # what the search target is about: every search, cached or not
        summaries["search_all"] = summary_of([outcome for kind in searches for outcome in kind])
    return summaries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--compare-duration", type=float, default=15)
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/dare_bench")
    parser.add_argument("--redis", action="store_true", help="cache in redis://127.0.0.1:6379/3")
    parser.add_argument(
        "--new-search-share",
        type=float,
        default=0.25,
        help="share of searches that were never asked before (cache misses)",
    )
    args = parser.parse_args()

    if args.database_url.startswith("postgres"):
        import psycopg

        server_url, name = args.database_url.rsplit("/", 1)
        with psycopg.connect(f"{server_url}/postgres", autocommit=True) as connection:
            exists = connection.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [name]
            ).fetchone()
            if not exists:
                connection.execute(f'CREATE DATABASE "{name}"')
    extra = {"REDIS_URL": "redis://127.0.0.1:6379/3"} if args.redis else {}
    env = production_env(args.database_url, **extra)
    prepare_database(env)
    with gunicorn(env, workers=2, threads=8) as base:
        browse = discover(base)
        search = [f"{base}/en/search/?q={urllib.parse.quote(q)}" for q in SEARCHES]
        search += [f"{base}/nl/zoeken/?q={urllib.parse.quote(q)}" for q in SEARCHES]
        for url in browse + search:
            fetch(url)  # warm the page cache, as a site in service would be
        new_share = 0.25 * args.new_search_share
        mixed = run_users(
            {"browse": browse, "search": search, "search_new": new_searches(base)},
            {"browse": 0.75, "search": 0.25 - new_share, "search_new": new_share},
            args.users,
            args.duration,
        )
        protocol = next(url for url in browse if "/centres/" in url and url.count("/") > 6)
        cached = run_users(
            {"cached_protocol": [protocol]},
            {"cached_protocol": 1.0},
            args.users,
            args.compare_duration,
        )["cached_protocol"]
        trivial = run_users(
            {"trivial_view": [f"{base}/robots.txt"]},
            {"trivial_view": 1.0},
            args.users,
            args.compare_duration,
        )["trivial_view"]
    print(
        json.dumps(
            {
                "benchmark": "load",
                "users": args.users,
                "duration_s": args.duration,
                "database": args.database_url.split(":")[0],
                "cache": "redis" if args.redis else "local memory",
                "new_search_share": args.new_search_share,
                "mixed": mixed,
                "cached_protocol": cached,
                "trivial_view": trivial,
                "cached_to_trivial_ratio": round(
                    cached["requests_per_second"] / trivial["requests_per_second"], 2
                ),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
