"""Fixtures for tests that search, in any app: a pytest plugin (declared in the root
conftest.py)."""

import pytest
from django.core.cache import cache

from search import service


@pytest.fixture
def own_search_index(settings, tmp_path, monkeypatch):
    """An empty index directory of the test's own, with fresh engines, outages and cached
    glossary. Tests run inside a transaction that never commits, so index writes that wait for
    the commit run at once here (search/tests/test_indexing.py checks that they do wait)."""
    settings.SEARCH_INDEX_DIR = tmp_path / "search-index"
    service.reset_engines()
    cache.clear()
    monkeypatch.setattr(service, "on_commit", lambda callback: callback())
    yield settings.SEARCH_INDEX_DIR
    service.reset_engines()
