"""/health/ aggregates the registered checks: "down" answers 503, "degraded" 200."""

import pytest
from django.db import OperationalError

from dare_platform import health


@pytest.fixture
def checks(monkeypatch):
    """The registry as the apps filled it, restored after the test."""
    registered = dict(health._checks)
    monkeypatch.setattr(health, "_checks", registered)
    return registered


def test_health_is_ok_when_every_check_is(client, db, checks):
    checks["search"] = lambda: {"status": "ok"}  # search's own check: search/tests/test_health.py
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {
            "database": {"status": "ok"},
            "cache": {"status": "ok"},
            "search": {"status": "ok"},
        },
    }


def test_a_degraded_check_makes_health_degraded_but_still_200(client, db, checks):
    checks["thumbnails"] = lambda: {"status": "degraded", "detail": "queue is long"}
    checks["search"] = lambda: {"status": "ok"}
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"]["thumbnails"] == {
        "status": "degraded",
        "detail": "queue is long",
    }


def test_a_check_that_raises_is_reported_as_degraded(client, db, checks):
    def broken():
        raise RuntimeError("probe crashed")

    checks["thumbnails"] = broken
    checks["search"] = lambda: {"status": "ok"}
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json()["checks"]["thumbnails"] == {
        "status": "degraded",
        "detail": "check failed (RuntimeError)",
    }


def test_a_lost_database_is_down_and_answers_503(client, db, checks, monkeypatch):
    class LostConnection:
        def cursor(self):
            raise OperationalError("connection refused")

    checks["search"] = lambda: {"status": "ok"}
    monkeypatch.setattr(health, "connection", LostConnection())
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json()["status"] == "down"
    assert response.json()["checks"]["database"] == {
        "status": "down",
        "detail": "unavailable (OperationalError)",
    }
