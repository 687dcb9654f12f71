"""Every absolute URL the site hands out starts with the one configured SITE_BASE_URL, whatever
the Wagtail Site record says (the demo's record is ``localhost:80``) and whatever host a
request came in on."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from wagtail.models import Page

from knowledge import factories

ROOT = Path(__file__).resolve().parents[2]
BASE = "http://127.0.0.1:8080"


@pytest.fixture
def base_url(settings):
    """What ``SITE_BASE_URL=http://127.0.0.1:8080`` in the environment gives (the settings that
    follow it are checked by test_every_base_url_setting_follows_site_base_url)."""
    settings.SITE_BASE_URL = BASE
    settings.WAGTAILADMIN_BASE_URL = BASE
    settings.WAGTAILAPI_BASE_URL = BASE


@pytest.fixture
def sop(site):
    owner_nl = factories.centre(site)
    owner_en = factories.centre(site, language="en", translation_of=owner_nl)
    sop_nl = factories.protocol(owner_nl, title="Ontvangst")
    factories.protocol(owner_en, title="Receipt", translation_of=sop_nl)
    return sop_nl


def test_every_base_url_setting_follows_site_base_url():
    script = (
        "from django.conf import settings as s; "
        "print(s.SITE_BASE_URL, s.WAGTAILADMIN_BASE_URL, s.WAGTAILAPI_BASE_URL)"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", script],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "SITE_BASE_URL": BASE},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == [BASE, BASE, BASE]


def test_api_html_url_and_detail_url_use_the_base_url(client, sop, base_url):
    items = client.get("/api/v2/pages/", {"type": "knowledge.ProtocolPage"}).json()["items"]
    assert [item["meta"]["html_url"] for item in items] == [
        f"{BASE}/nl/centra/umcu/dare-sop-0001/",
        f"{BASE}/en/centres/umcu/dare-sop-0001/",
    ]
    assert [item["meta"]["detail_url"] for item in items] == [
        f"{BASE}/api/v2/pages/{item['id']}/" for item in items
    ]


def test_sitemap_locations_use_the_base_url(client, sop, base_url):
    locations = re.findall(r"<loc>([^<]*)</loc>", client.get("/sitemap.xml").text)
    assert f"{BASE}/nl/centra/umcu/dare-sop-0001/" in locations
    assert f"{BASE}/en/centres/umcu/dare-sop-0001/" in locations
    assert [url for url in locations if not url.startswith(f"{BASE}/")] == []


def test_canonical_and_hreflang_links_use_the_base_url(client, sop, base_url):
    html = client.get(sop.url, HTTP_HOST="localhost").text
    assert f'<link rel="canonical" href="{BASE}/nl/centra/umcu/dare-sop-0001/">' in html
    assert re.findall(r'<link rel="alternate" hreflang="(\w+)" href="([^"]*)">', html) == [
        ("nl", f"{BASE}/nl/centra/umcu/dare-sop-0001/"),
        ("en", f"{BASE}/en/centres/umcu/dare-sop-0001/"),
    ]


def test_canonical_of_a_listing_leaves_out_the_filters(client, site, base_url):
    html = client.get("/en/protocols/", {"modality": "car-t", "page": "2"}).text
    assert f'<link rel="canonical" href="{BASE}/en/protocols/">' in html


def test_canonical_of_an_untranslated_fallback_is_the_page_in_its_own_language(
    client, site, base_url
):
    owner = factories.centre(site)
    only_nl = factories.protocol(owner, title="Alleen Nederlands")
    html = client.get(f"/en/untranslated/{only_nl.pk}/").text
    assert f'<link rel="canonical" href="{BASE}/nl/centra/umcu/dare-sop-0001/">' in html


def test_robots_txt_names_the_sitemap_at_the_base_url(client, db, base_url):
    assert f"Sitemap: {BASE}/sitemap.xml" in client.get("/robots.txt").text


def test_moderation_email_links_to_the_base_url(sop, base_url, django_capture_on_commit_callbacks):
    users = get_user_model().objects
    users.create_superuser("moderator", "moderator@example.org", "x")
    editor = users.create_user("editor", "editor@example.org", "x")
    page = Page.objects.get(pk=sop.pk).specific
    page.save_revision(user=editor)
    with django_capture_on_commit_callbacks(execute=True):
        page.get_workflow().start(page, editor)
    bodies = [message.body for message in mail.outbox]
    assert len(bodies) == 2  # the moderator hears of the workflow and of its first task
    for body in bodies:
        links = re.findall(r"https?://\S+", body)
        assert links and all(link.startswith(f"{BASE}/admin/") for link in links), body
