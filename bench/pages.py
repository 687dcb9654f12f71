"""Page throughput of the production WSGI server (gunicorn, production settings).

    .venv/bin/python bench/pages.py [--requests 400] [--concurrency 8] [--database-url URL]

Prints JSON: requests per second and p50/p95 latency for the home page, a protocol page and
the protocol index page. Uses a separate SQLite database under var/ unless told otherwise.
"""

import argparse
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _server import (
    ROOT,
    fetch,
    first_page_url,
    gunicorn,
    prepare_database,
    production_env,
    summarise,
)


def measure(url: str, requests: int, concurrency: int) -> dict:
    fetch(url)  # warm up caches and connections
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        outcomes = list(pool.map(lambda _: fetch(url), range(requests)))
    elapsed = time.perf_counter() - started
    errors = sum(1 for status, _ in outcomes if status != 200)
    return summarise([latency for _, latency in outcomes], elapsed, errors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--database-url", default=f"sqlite:///{ROOT / 'var' / 'bench.sqlite3'}")
    args = parser.parse_args()

    env = production_env(args.database_url)
    prepare_database(env)
    with gunicorn(env) as base:
        targets = {
            "home": f"{base}/en/",
            "protocol": first_page_url(base, "knowledge.ProtocolPage"),
            "protocol_index": first_page_url(base, "knowledge.ProtocolIndexPage"),
        }
        results = {
            name: {"url": url.replace(base, ""), **measure(url, args.requests, args.concurrency)}
            for name, url in targets.items()
        }
    print(
        json.dumps(
            {
                "benchmark": "pages",
                "server": "gunicorn (2 workers x 4 threads)",
                "database": args.database_url.split(":")[0],
                "concurrency": args.concurrency,
                "results": results,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
