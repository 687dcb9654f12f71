"""Discussion benchmark: participants posting, replying and endorsing at once (issue 19).

    .venv/bin/python bench/comments.py [--seconds 60] [--clients 50] [--think-ms 1000]
        [--database-url postgres://postgres@127.0.0.1:5432/dare_bench_comments] [--keep]

The database is created afresh (its name must start with ``dare_bench``, so a real database is
never dropped) and migrated; it gets one open consultation about a released SOP and one
participant account per client (a profile, a verified address). The production WSGI server
(gunicorn, 2 workers x 4 threads, production settings; bench/_server.py) serves them on
loopback. Each client is one participant with an address of its own (127.0.0.2, 127.0.0.3, …:
the loopback network is a /8), so allauth's per-address login limit counts them apart as it
would real people. Each logs in through allauth's form (CSRF cookie and token), then until the
deadline repeatedly reads the discussion (sorted by newest), posts a comment, replies to a
comment it has seen or endorses one (a toggle: endorsing again withdraws), pausing a random
0-2x ``--think-ms`` between actions as a person does. Every submission carries a fresh
``submission_key`` (uuid4); every 20th is sent a second time with the same key, as a double
click or a reloaded form would, and must not make a second comment.

Requests per second and the percentiles are of those actions (logins are reported apart, in
``by_kind``); an error is an answer of 400 or more, or no answer. Afterwards the database is
read: a comment whose key got a success answer but is not stored is *lost*; stored rows
sharing a key are *duplicated*. Progress goes to stderr, one JSON object to stdout.
"""

import argparse
import http.client
import json
import os
import random
import re
import shutil
import sys
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode, urlsplit

BENCH_DIR = str(Path(__file__).resolve().parent)
sys.path.insert(0, BENCH_DIR)

from _server import (  # noqa: E402
    ROOT,
    drop_database,
    fresh_database,
    gunicorn,
    manage,
    production_env,
    refresh_planner_statistics,
    summarise,
)

# Django runs in this process too: bench/search.py must not shadow the search app.
sys.path[:] = [str(ROOT), *(entry for entry in sys.path if entry != BENCH_DIR)]

DEFAULT_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/dare_bench_comments"
)
TARGETS = {"p95_ms": 300.0, "errors": 0, "lost": 0, "duplicated": 0}
LANGUAGE = "en"
RESEND_EVERY = 20
# Logging in hashes the password (deliberately slow): a few at a time, with time to finish, so
# the start does not time out on two cores; logins are not part of the measurement.
CONCURRENT_LOGINS = 4
LOGIN_TIMEOUT = 120
REQUEST_TIMEOUT = 30
# Each of gunicorn's workers renders its first pages slower (templates compiled, caches
# filled): enough unmeasured reads before the start that both are warm.
WARM_UP = "warm-up"
WARM_UP_READS = 6
# What a participant does next, by weight; reading refreshes the comments it can answer.
ACTIONS = {"read": 2, "comment": 3, "reply": 3, "endorse": 2}
STANCES = ["agree", "disagree", "neutral", ""]
COMMENT_ID = re.compile(r'id="comment-(\d+)"')
LOCATION_COMMENT = re.compile(r"#comment-(\d+)")
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ---- database ----------------------------------------------------------------------------------
def build_consultation_and_participants(count: int):
    """The open consultation (about a released SOP) and ``count`` participants, whose one
    password hash is computed once: hashing is deliberately slow."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.utils import timezone

    from knowledge import factories
    from stakeholders import factories as consultation_factories
    from stakeholders.models import Profile, StakeholderRole

    site = factories.build_site()
    sop = consultation_factories.consultation_with_sop(
        site, language=LANGUAGE, title="Storage time of leukapheresis material"
    )
    User = get_user_model()
    password = make_password(consultation_factories.PASSWORD)
    users = User.objects.bulk_create(
        User(username=f"bench-{n:03d}", email=f"bench-{n:03d}@example.org", password=password)
        for n in range(count)
    )
    roles = list(StakeholderRole.values)
    now = timezone.now()
    Profile.objects.bulk_create(
        Profile(
            user=user,
            display_name=f"Participant {n:03d}",
            role=roles[n % len(roles)],
            preferred_language=LANGUAGE,
            consented_at=now,
        )
        for n, user in enumerate(users)
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users
    )
    return sop.consultation, [user.email for user in users]


def stored_keys(consultation) -> list[str]:
    from stakeholders.models import Comment

    return [
        str(key)
        for key in Comment.objects.filter(consultation=consultation).values_list(
            "submission_key", flat=True
        )
    ]


# ---- clients -----------------------------------------------------------------------------------
class Shared:
    """What the clients learn together and what they measured; one lock for all of it."""

    def __init__(self):
        self.lock = threading.Lock()
        # Seconds per request, by what it was: "login", "read", "comment", "reply", "endorse".
        self.latencies: dict[str, list[float]] = {kind: [] for kind in ("login", WARM_UP, *ACTIONS)}
        self.errors: list[str] = []
        self.posted_keys: set[str] = set()
        self.seen_comments: set[int] = set()
        self.submissions = 0
        self.counts = dict.fromkeys([*ACTIONS, "resend"], 0)
        self.go = threading.Event()  # set when everybody is logged in
        self.login_slots = threading.Semaphore(CONCURRENT_LOGINS)
        self.deadline = float("inf")  # time.monotonic() at which everybody stops

    def next_submission(self) -> int:
        with self.lock:
            self.submissions += 1
            return self.submissions


class Participant(threading.Thread):
    """One logged-in person with their own loopback address and cookies. Cookies are kept by
    hand: production marks them Secure, and the benchmark speaks plain HTTP on loopback."""

    def __init__(self, number, *, port, page_path, email, password, shared, think):
        super().__init__(daemon=True)
        self.port = port
        host = number + 2  # 127.0.0.1 is the server's
        self.source = f"127.0.{host // 256}.{host % 256}"
        self.page_path = page_path
        self.email = email
        self.password = password
        self.shared = shared
        self.think = think
        self.random = random.Random(number)
        self.cookies: dict[str, str] = {}
        self.own_comments: set[int] = set()
        self.logged_in = threading.Event()

    # -- HTTP --
    def request(self, method, path, fields=None, *, kind):
        """One request on a new connection; returns (status, headers, body) or None after an
        error, which is recorded."""
        body = urlencode(fields).encode() if fields is not None else None
        headers = {"Host": "127.0.0.1", "Connection": "close"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        started = time.perf_counter()
        try:
            connection = http.client.HTTPConnection(
                "127.0.0.1",
                self.port,
                timeout=LOGIN_TIMEOUT if kind == "login" else REQUEST_TIMEOUT,
                source_address=(self.source, 0),
            )
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read()
            connection.close()
        except (OSError, http.client.HTTPException) as error:
            self._record(time.perf_counter() - started, f"{method} {path}: {error!r}", kind)
            return None
        elapsed = time.perf_counter() - started
        for name, value in response.getheaders():
            if name.lower() == "set-cookie":
                cookie_name, _, rest = value.partition("=")
                self.cookies[cookie_name.strip()] = rest.split(";", 1)[0]
        problem = None if response.status < 400 else f"{method} {path}: HTTP {response.status}"
        self._record(elapsed, problem, kind)
        return response.status, dict(response.getheaders()), content.decode("utf-8", "replace")

    def _record(self, elapsed, problem, kind):
        with self.shared.lock:
            self.shared.latencies[kind].append(elapsed)
            if problem:
                self.shared.errors.append(problem)
                if len(self.shared.errors) <= 5:
                    log(f"  error: {problem}")

    def post(self, path, fields, *, kind):
        token = self.cookies["csrftoken"]
        return self.request("POST", path, {**fields, "csrfmiddlewaretoken": token}, kind=kind)

    # -- what a participant does --
    def log_in(self) -> bool:
        with self.shared.login_slots:
            return self._log_in()

    def _log_in(self) -> bool:
        login = f"/{LANGUAGE}/accounts/login/"
        answer = self.request("GET", login, kind="login")
        if answer is None or not (token := CSRF_INPUT.search(answer[2])):
            return False
        answer = self.request(
            "POST",
            login,
            {
                "login": self.email,
                "password": self.password,
                "csrfmiddlewaretoken": token.group(1),
            },
            kind="login",
        )
        return answer is not None and answer[0] in (302, 303) and "sessionid" in self.cookies

    def read(self):
        answer = self.request("GET", f"{self.page_path}?sort=newest", kind="read")
        if answer is not None and answer[0] == 200:
            found = {int(pk) for pk in COMMENT_ID.findall(answer[2])}
            with self.shared.lock:
                self.shared.seen_comments |= found

    def submit(self, fields: dict, *, kind: str) -> None:
        """A comment or reply with a fresh key; every RESEND_EVERYth is sent twice."""
        key = str(uuid.uuid4())
        fields = {"text": self.text(), "stance": "", "submission_key": key, **fields}
        resend = self.shared.next_submission() % RESEND_EVERY == 0
        for attempt in range(2 if resend else 1):
            answer = self.post(f"{self.page_path}comments/", fields, kind=kind)
            if answer is None or answer[0] >= 400:
                return
            with self.shared.lock:
                self.shared.posted_keys.add(key)
                self.shared.counts["resend"] += attempt
            if found := LOCATION_COMMENT.search(answer[1].get("Location", "")):
                self.own_comments.add(int(found.group(1)))
                with self.shared.lock:
                    self.shared.seen_comments.add(int(found.group(1)))

    def text(self) -> str:
        sentences = [
            "In our centre the hold time is 18 hours at 4 °C.",
            "Patients travel far; 24 hours would help us.",
            "Please add *how* the temperature is logged.",
            "We validated 36 hours, see https://example.org/report for the data.",
            "I agree with the previous comment.",
            "Step 3 needs a clear limit for the volume.",
        ]
        return " ".join(self.random.sample(sentences, self.random.randint(1, 3)))

    def someone_elses_comment(self) -> int | None:
        with self.shared.lock:
            candidates = sorted(self.shared.seen_comments - self.own_comments)
        return self.random.choice(candidates) if candidates else None

    def run(self):
        if not self.log_in():
            with self.shared.lock:
                self.shared.errors.append(f"{self.email}: login failed")
            self.logged_in.set()
            return
        self.logged_in.set()
        self.shared.go.wait()
        actions, weights = list(ACTIONS), list(ACTIONS.values())
        while time.monotonic() < self.shared.deadline:
            time.sleep(self.random.uniform(0, 2 * self.think))
            if time.monotonic() >= self.shared.deadline:
                break
            action = self.random.choices(actions, weights)[0]
            target = self.someone_elses_comment() if action in ("reply", "endorse") else None
            if action in ("reply", "endorse") and target is None:
                action = "comment"
            with self.shared.lock:
                self.shared.counts[action] += 1
            if action == "read":
                self.read()
            elif action == "comment":
                self.submit({"stance": self.random.choice(STANCES)}, kind=action)
            elif action == "reply":
                self.submit({"parent": target}, kind=action)
            else:
                self.post(f"{self.page_path}comments/{target}/endorse/", {}, kind=action)


def run_clients(*, port, page_path, emails, password, seconds, think, shared) -> float:
    """Log everybody in, then let them loose for ``seconds``; returns the measured time."""
    clients = [
        Participant(
            number,
            port=port,
            page_path=page_path,
            email=email,
            password=password,
            shared=shared,
            think=think,
        )
        for number, email in enumerate(emails)
    ]
    for client in clients:
        client.start()
    for client in clients:
        client.logged_in.wait()
    for _ in range(WARM_UP_READS):
        clients[0].request("GET", page_path, kind=WARM_UP)
    log(f"{len(clients)} participants logged in; running for {seconds} s…")
    started = time.monotonic()
    shared.deadline = started + seconds
    shared.go.set()
    reporter = threading.Thread(target=_progress, args=(shared, started, seconds), daemon=True)
    reporter.start()
    for client in clients:
        client.join()
    return time.monotonic() - started


def _progress(shared, started, seconds):
    while (elapsed := time.monotonic() - started) < seconds:
        time.sleep(10)
        with shared.lock:
            done = sum(len(shared.latencies[kind]) for kind in ACTIONS)
            errors = len(shared.errors)
        log(f"  {min(elapsed + 10, seconds):.0f} s: {done} requests, {errors} errors")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60, help="how long they write (60)")
    parser.add_argument("--clients", type=int, default=50, help="participants at once (50)")
    parser.add_argument(
        "--think-ms",
        type=int,
        default=1000,
        help="mean pause between one participant's actions, in ms (1000)",
    )
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args()

    database = args.database_url.rsplit("/", 1)[1]
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
    from stakeholders.factories import PASSWORD

    shared = Shared()
    try:
        consultation, emails = build_consultation_and_participants(args.clients)
        refresh_planner_statistics()
        log(f"Consultation {consultation.url} with {len(emails)} participants; starting gunicorn…")
        with gunicorn(env) as base:
            elapsed = run_clients(
                port=urlsplit(base).port,
                page_path=consultation.url,
                emails=emails,
                password=PASSWORD,
                seconds=args.seconds,
                think=args.think_ms / 1000,
                shared=shared,
            )
        keys = stored_keys(consultation)
    finally:
        if not args.keep:
            from django.db import connections

            connections.close_all()
            drop_database(args.database_url)

    measured = [seconds for kind in ACTIONS for seconds in shared.latencies[kind]]
    if not measured:
        raise SystemExit(f"No request was answered: {shared.errors[:5]}")
    figures = summarise(measured, elapsed, len(shared.errors))
    by_kind = {
        kind: {
            key: value
            for key, value in summarise(latencies, elapsed, 0).items()
            if key in ("requests", "p50_ms", "p95_ms")
        }
        for kind, latencies in shared.latencies.items()
        if latencies and kind != WARM_UP
    }
    lost = len(shared.posted_keys - set(keys))
    duplicated = len(keys) - len(set(keys))
    results = {
        **figures,
        "comments_posted": len(shared.posted_keys),
        "comments_stored": len(keys),
        "lost": lost,
        "duplicated": duplicated,
    }
    met = {
        "p95_ms": figures["p95_ms"] < TARGETS["p95_ms"],
        "errors": figures["errors"] == TARGETS["errors"],
        "lost": lost == TARGETS["lost"],
        "duplicated": duplicated == TARGETS["duplicated"],
    }
    print(
        json.dumps(
            {
                "benchmark": "comments",
                "server": "gunicorn (2 workers x 4 threads), production settings",
                "database": "postgresql",
                "cpus": os.cpu_count(),
                "clients": args.clients,
                "seconds": args.seconds,
                "think_ms": args.think_ms,
                "actions": shared.counts,
                **results,
                "by_kind": by_kind,
                "first_errors": shared.errors[:10],
                "targets": TARGETS,
                "targets_met": met,
                "meets_targets": all(met.values()),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
