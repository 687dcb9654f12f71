"""Browser fixtures, a pytest plugin (declared in the root conftest.py, so tests of any app
can use them): Debian's Chromium driven by Playwright's sync API against pytest-django's
``live_server`` (a real threaded HTTP server on 127.0.0.1).

Database: ``live_server`` makes every test using it transactional. On PostgreSQL the server
threads open their own connections to the test database; on SQLite the test database is in
memory and pytest-django hands the test thread's connection to the server thread (Django's
``connections_override``), so both see the same data. Requests are served one page at a time
(Playwright waits for each navigation), and the favicon request Chromium makes after every page
is answered in the browser, so no two requests use that one SQLite connection at once.

``page`` and ``axe_page`` give a fresh tab on the realistic site restored from the session
snapshot (``site_data``, tests/conftest.py); elsewhere, ``new_tab(browser_context)``.
"""

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 10_000
LANGUAGES = ["nl", "en"]

# pytest-django's live server listens on "localhost" unless told otherwise; use the IPv4
# loopback address explicitly, so it never depends on how localhost resolves.
os.environ.setdefault("DJANGO_LIVE_TEST_SERVER_ADDRESS", "127.0.0.1")


def missing_tool(reason: str) -> None:
    """Skip, saying what is missing; under CI (``CI`` set, as .ci/run does) fail instead, so
    a machine without the tools cannot pass the browser tests by skipping them."""
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def _require_chromium() -> None:
    if not CHROMIUM.exists():
        missing_tool("Chromium not installed: apt-get install -y chromium")


@pytest.fixture(scope="module")
def playwright():
    """Per module, so the asyncio loop Playwright's sync API keeps in this thread is gone
    before other tests run. While it exists, Django sees "an async context" and refuses ORM
    calls; the fixtures' calls between browser steps are synchronous and safe, so say so."""
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as instance:
            yield instance


def _launch(playwright, live_server, user_data_dir: Path, **context_options):
    """Chromium with a fresh profile (its own user-data dir), headless, CSP enforced unless
    a caller asks otherwise."""
    context = playwright.chromium.launch_persistent_context(
        str(user_data_dir),
        executable_path=str(CHROMIUM),
        headless=True,
        args=CHROMIUM_ARGS,
        base_url=live_server.url,
        viewport={"width": 1280, "height": 900},
        **context_options,
    )
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(TIMEOUT_MS)
    # Chromium asks for /favicon.ico after each page; the site has none (a 404 page with
    # database queries), so answer it here instead of racing the next navigation.
    context.route("**/favicon.ico", lambda route: route.fulfill(status=204, body=""))
    return context


@pytest.fixture(scope="module")
def browser_context(playwright, live_server, tmp_path_factory):
    """The browser the journeys and security tests use: CSP enforced, as for a reader."""
    profile = tmp_path_factory.mktemp("chromium-profile")
    context = _launch(playwright, live_server, profile)
    yield context
    context.close()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def axe_browser_context(playwright, live_server, tmp_path_factory):
    """A separate browser whose context bypasses CSP, used ONLY to inject axe-core (the
    site's ``script-src 'self'`` forbids injected scripts, rightly)."""
    profile = tmp_path_factory.mktemp("chromium-profile-axe")
    context = _launch(playwright, live_server, profile, bypass_csp=True)
    yield context
    context.close()
    shutil.rmtree(profile, ignore_errors=True)


def new_tab(context):
    """A tab with no cookies that records uncaught script errors in ``tab.js_errors``."""
    from playwright.sync_api import expect

    expect.set_options(timeout=TIMEOUT_MS)
    context.clear_cookies()
    page = context.new_page()
    page.js_errors = []
    page.on("pageerror", lambda error: page.js_errors.append(str(error)))
    return page


@pytest.fixture
def page(browser_context, site_data):
    tab = new_tab(browser_context)
    yield tab
    tab.close()


@pytest.fixture
def axe_page(axe_browser_context, site_data):
    tab = new_tab(axe_browser_context)
    yield tab
    tab.close()
