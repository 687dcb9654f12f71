"""Stored and reflected XSS, in a real browser with the site's CSP in force: every payload of
the list (tests/data, "Script Injection" of the Big List of Naughty Strings) is stored in the
fields editors fill in, or sent as a search query, and every page showing them is rendered.

Nothing may run (alert/prompt/confirm are hooked before any page script, and dialogs are
recorded), nothing may even *try* to run (a CSP violation means markup got through and only
the CSP stopped it), and no element the site does not write itself may appear: no event
handler attribute, no ``javascript:`` URL, no foreign <script>, <iframe>, <object> or <embed>.
"""

from urllib.parse import urlencode

import pytest
from playwright.sync_api import Page, expect

from tests.browser.harness import LANGUAGES
from tests.payloads import xss_payloads
from tests.search_support import search_url
from tests.security.hostile import build_hostile_content
from tests.security.html_checks import inline_code

pytestmark = pytest.mark.browser

HOOKS = """
(() => {
  const calls = [];
  Object.defineProperty(window, '__xssCalls', {value: calls});
  for (const name of ['alert', 'prompt', 'confirm', 'print']) {
    window[name] = (...args) => { calls.push(`${name}(${args.join(', ')})`); };
  }
  document.addEventListener('securitypolicyviolation', (event) => {
    calls.push(`CSP blocked ${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`);
  });
})();
"""

INJECTED_MARKUP = """() => {
  const found = [];
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster',
                         'background', 'srcdoc'];
  const describe = (el) => el.outerHTML.slice(0, 160);
  for (const el of document.querySelectorAll('*')) {
    for (const attribute of el.attributes) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
      if (name.startsWith('on')) found.push(`event handler ${name}: ${describe(el)}`);
      if (urlAttributes.includes(name) && /^(javascript|vbscript|data:text\\/html)/.test(value)) {
        found.push(`script URL in ${name}: ${describe(el)}`);
      }
      if (name === 'style' && /expression|javascript/.test(value)) {
        found.push(`script in style: ${describe(el)}`);
      }
    }
    const tag = el.tagName.toLowerCase();
    if (tag === 'script') {
      const own = el.src && new URL(el.src).origin === location.origin && !el.textContent.trim();
      if (!own) found.push(`script element: ${describe(el)}`);
    }
    const foreign = ['iframe', 'frame', 'object', 'embed', 'base', 'applet', 'plaintext', 'xmp'];
    if (foreign.includes(tag)) {
      found.push(`${tag} element: ${describe(el)}`);
    }
    if (el.id === 'fuzzelement1') found.push(`payload element: ${describe(el)}`);
  }
  return found;
}"""


class XssWatch:
    """One tab with the hooks installed; ``visit`` returns what went wrong on a page."""

    def __init__(self, page: Page):
        self.page = page
        self.dialogs: list[str] = []
        page.add_init_script(HOOKS)
        page.on("dialog", self._dialog)

    def _dialog(self, dialog):
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def visit(self, url: str, expected_status: int = 200) -> list[str]:
        response = self.page.goto(url)
        problems = []
        if response is None or response.status != expected_status:
            problems.append(f"status {response.status if response else None}")
        else:
            problems += [f"in the HTML sent: {found}" for found in inline_code(response.text())]
        return problems + self.check()

    def check(self) -> list[str]:
        """What went wrong on the page as it is now."""
        problems = self.page.evaluate("() => window.__xssCalls.splice(0)")
        problems += self.page.evaluate(INJECTED_MARKUP)
        problems += [f"dialog {dialog}" for dialog in self.dialogs]
        problems += [f"script error {error}" for error in self.page.js_errors]
        self.dialogs.clear()
        self.page.js_errors.clear()
        return problems


def assert_clean(findings: dict[str, list[str]]) -> None:
    dirty = {where: problems for where, problems in findings.items() if problems}
    report = "\n".join(
        f"{where}:\n  " + "\n  ".join(problems[:8]) for where, problems in dirty.items()
    )
    assert not dirty, f"payloads got through on {len(dirty)} page(s):\n{report}"


def test_the_watch_itself_sees_injected_markup_and_calls(page: Page, site_data):
    """Guards against a silently green run: markup slipped into a page is reported, with the
    CSP's refusal to run its handler, and so is a call to alert()."""
    watch = XssWatch(page)
    assert watch.visit(site_data.url("home", "en")) == []
    page.evaluate(
        """() => {
            document.querySelector('main').insertAdjacentHTML('beforeend',
                '<img src="/static/none.png" onerror="alert(1)"><a href="javascript:x">x</a>');
            window.alert('called');
        }"""
    )
    expect(page.locator("main img")).to_have_count(1)
    page.wait_for_function("() => window.__xssCalls.some(c => c.startsWith('CSP blocked'))")
    problems = "\n".join(watch.check())
    assert "alert(called)" in problems
    assert "CSP blocked script-src-attr" in problems
    assert "event handler onerror" in problems
    assert "script URL in href" in problems


def test_stored_payloads_never_run_or_reach_the_dom(page: Page, site_data):
    payloads = xss_payloads()
    hostile = build_hostile_content(site_data, payloads)
    watch = XssWatch(page)
    findings = {}
    for name, url in hostile.urls.items():
        findings[f"{name} {url}"] = watch.visit(url)
    # The payloads really are on the pages, as text: each step title of the current version
    # (the payloads shifted by one) and each glossary definition.
    page.goto(hostile.urls["protocol"])
    titles = page.locator("#procedure li.step h3").all_text_contents()
    shifted = payloads[1:] + payloads[:1]
    assert len(titles) == len(payloads)
    assert [p for p, title in zip(shifted, titles, strict=True) if p not in title] == []
    page.goto(hostile.urls["glossary"])
    definitions = "\n".join(page.locator(".glossary dd").all_text_contents())
    assert [payload for payload in payloads if payload not in definitions] == []
    assert_clean(findings)


def test_search_queries_are_shown_as_text(page: Page, search_index):
    """Reflected: a spread of the payloads (every eighth; test_html_scan.py sends others, the
    fuzzing draws from all) as the query, alone or with a facet and a page number."""
    build_hostile_content(search_index, xss_payloads())  # results and snippets carry payloads
    watch = XssWatch(page)
    findings = {}
    for index, payload in enumerate(xss_payloads()[::8]):
        language = LANGUAGES[index % 2]
        query = {"q": payload}
        if index % 3 == 0:
            query["type"] = "protocol"
        if index % 4 == 0:
            query["page"] = payload
        findings[f"{language}: {query!r}"] = watch.visit(
            f"{search_url(language)}?{urlencode(query)}"
        )
    # Suggestions as the reader types: hostile titles are offered, as text, and choosing one
    # (arrow down, Enter) searches for it. Which titles match "alert" is the engine's business.
    suggested = page.request.get("/api/search/autocomplete/?q=alert&lang=nl").json()
    hostile = [text for text in suggested["suggestions"] if text in xss_payloads()]
    assert hostile, f"no hostile title suggested for 'alert': {suggested}"
    watch.visit("/nl/")
    page.get_by_role("combobox", name="Zoeken in alle centra").press_sequentially("alert")
    option = page.get_by_role("option", name=hostile[0].strip(), exact=True)
    expect(option).to_be_visible()
    assert option.text_content() == hostile[0]
    findings["suggestions for 'alert'"] = watch.check()
    for _ in range(page.get_by_role("option").count()):
        if option.get_attribute("aria-selected") == "true":
            break
        page.keyboard.press("ArrowDown")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    findings["chosen suggestion"] = watch.check()
    # The query is shown as typed (spaces tidied), in the search field of the results page.
    assert page.locator("#search-page-query").input_value() == " ".join(hostile[0].split())
    assert_clean(findings)
