"""Stored XSS in the harmonisation admin, in Chromium with the CSP enforced: the payloads of
the list (tests/payloads.py) stored in deviations (what, why; every eighth), an adoption's
contact name and note (all), and working group names (all); a superuser opens the adoption
list, an adoption's edit form and the working group list. Nothing may run (the watch of
tests/security/test_xss.py: hooked dialogs, CSP violations, injected elements, script
errors), and the payloads are shown as text, so an empty page cannot pass."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from harmonisation import factories
from harmonisation.models import Deviation
from harmonisation.tests import conftest as harmonisation_fixtures
from tests.browser.harness import new_tab
from tests.payloads import xss_payloads
from tests.security.test_xss import XssWatch, assert_clean

pytestmark = pytest.mark.browser
harmonised_site = harmonisation_fixtures.harmonised_site
matrix_site = harmonisation_fixtures.matrix_site


# What the Wagtail admin writes itself, which the public site's watch would report: its JSON
# data blocks and the widgets' initialising scripts.
WAGTAILS_OWN = re.compile(
    r"script element: <script id=\"(wagtail-config|wagtail-sidebar-props|w-edit-handler-data)\""
    r" type=\"application/json\">"
    r"|script element: <script>new PageChooser\(\"id_local_sop\""
    r"|script element: <script>\s*\(function\(\) \{\s*var panel = new InlinePanel\(JSON\.parse\("
    r"|script element: <script>(new SnippetChooser\(\"id_(centre|reference)\"|initDateChooser\()"
)


def deviation_payloads(payloads):
    """Every eighth: an edit form with all of them as inline forms loads too slowly."""
    return payloads[::8]


def hostile_records(site, payloads):
    """The payloads in every free-text field of B's record and in working group names."""
    record = site["b_protocol"]
    anchor = site["local_b"].specific.procedure[0].id
    Deviation.objects.bulk_create(
        Deviation(adoption=record, anchor=anchor, what=payload, why=payload, sort_order=n)
        for n, payload in enumerate(deviation_payloads(payloads), start=1)
    )
    record.contact_name = payloads[0][:120]
    record.note = "\n".join(payloads)
    record.save()
    for number, payload in enumerate(payloads):
        factories.working_group(f"hostile-{number}", payload[:120], payload[:120])
    return record


def logged_in_tab(request, browser_context, live_server, user):
    """A tab with the user's session (the admin login itself is tested elsewhere), closed
    when the test ends, before its database is emptied: a page left open can still ask the
    live server for something while the flush refills the content types."""
    client = Client()
    client.force_login(user)
    tab = new_tab(browser_context)
    request.addfinalizer(tab.close)
    cookie = client.cookies["sessionid"]
    browser_context.add_cookies(
        [{"name": "sessionid", "value": cookie.value, "url": live_server.url}]
    )
    return tab


def test_payloads_in_the_harmonisation_admin_never_run(
    request, browser_context, matrix_site, live_server
):
    payloads = xss_payloads()
    record = hostile_records(matrix_site, payloads)
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    page = logged_in_tab(request, browser_context, live_server, admin)
    watch = XssWatch(page)
    findings = {}
    urls = {
        "adoption list": reverse("adoptions:index"),
        "adoption edit form": reverse("adoptions:edit", args=[record.pk]),
        "working group list": reverse("wagtailsnippets_harmonisation_workinggroup:list"),
    }
    for name, url in urls.items():
        response = page.goto(url)
        assert response.status == 200, (name, response.status)
        if name == "adoption edit form":
            # the payloads are in the form as typed: the note, and each deviation's what/why
            expect(page.locator("#id_note")).to_have_value("\n".join(payloads))
            expect(page.locator("#id_contact_name")).to_have_value(payloads[0][:120])
            whats = [field.input_value() for field in page.locator("textarea[name$='-what']").all()]
            assert [p for p in deviation_payloads(payloads) if p not in whats] == []
        if name == "working group list":
            # each hostile group's row shows its name as text (the list pages: not all are here)
            rows = [" ".join(tr.inner_text().split()) for tr in page.locator("main tbody tr").all()]
            hostile = {row.split()[0]: row for row in rows if row.startswith("hostile-")}
            garbled = [
                code
                for code, row in hostile.items()
                if " ".join(payloads[int(code.split("-")[1])][:120].split()) not in row
            ]
            assert len(hostile) >= 10 and garbled == []
        findings[f"{name} {url}"] = [p for p in watch.check() if not WAGTAILS_OWN.match(p)]
    # the watch works in the admin too, and the filter above does not swallow a real find
    page.evaluate(
        """() => document.querySelector('main').insertAdjacentHTML('beforeend',
            '<img src="/static/none.png" onerror="alert(1)">')"""
    )
    injected = [p for p in watch.check() if not WAGTAILS_OWN.match(p)]
    assert any(p.startswith("event handler onerror") for p in injected), injected
    assert_clean(findings)
