import os
import subprocess
import sys
from pathlib import Path

from django.db import OperationalError
from django.test import override_settings
from django.urls import path

from dare_platform.middleware import PUBLIC_CSP

ROOT = Path(__file__).resolve().parents[2]


def test_every_public_response_carries_a_strict_csp(client, site):
    response = client.get("/en/")
    csp = response["Content-Security-Policy"]
    assert csp == PUBLIC_CSP
    script_src = next(part for part in csp.split("; ") if part.startswith("script-src"))
    assert "unsafe-inline" not in script_src and "unsafe-eval" not in script_src
    for directive in ("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"):
        assert directive in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"


def _broken_view(request):
    raise OperationalError("connection refused")


urlpatterns = [path("broken/", _broken_view)]


@override_settings(ROOT_URLCONF=__name__)
def test_lost_database_gives_a_bilingual_503(client):
    client.raise_request_exception = False
    response = client.get("/broken/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "Tijdelijk niet beschikbaar" in response.text
    assert "Temporarily unavailable" in response.text


def test_500_page_is_bilingual_and_needs_no_context():
    html = (ROOT / "dare_platform" / "templates" / "500.html").read_text()
    assert "Er ging iets mis" in html and "Something went wrong" in html
    assert "{%" not in html


def _run_manage(*args, **env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_check():
    result = _run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="dare_platform.settings.production",
        SECRET_KEY="a-long-random-production-secret-for-the-test-1234567890-abcdefghijkl",
        EMAIL_HOST="smtp.dare-nl.example",  # without it, dare.W001 warns
    )
    assert result.returncode == 0, result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    env = {"DJANGO_SETTINGS_MODULE": "dare_platform.settings.production", "SECRET_KEY": ""}
    result = _run_manage("check", **env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_robots_and_sitemap(client, site):
    robots = client.get("/robots.txt")
    assert robots.status_code == 200 and "Disallow: /admin/" in robots.text
    sitemap = client.get("/sitemap.xml")
    assert sitemap.status_code == 200
    assert "/nl/" in sitemap.text and "/en/" in sitemap.text
