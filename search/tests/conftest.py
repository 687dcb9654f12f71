import datetime

import pytest
from django.core.cache import cache

from search import service
from search.engines.base import SearchDocument, SearchQuery


@pytest.fixture(autouse=True)
def fresh_search_state(monkeypatch):
    """Engines, outages and the cached glossary belong to one test; the index directory is
    the worker's own (tests/search_support.py), emptied by each test that uses the database.
    Tests run inside a transaction that never commits, so index writes that wait for the
    commit run at once here (test_indexing.py checks that they do wait)."""
    service.reset_engines()
    cache.clear()
    monkeypatch.setattr(service, "on_commit", lambda callback: callback())
    yield
    service.reset_engines()


@pytest.fixture(autouse=True)
def search_index_dir(settings, tmp_path):
    """An empty index directory of the test's own."""
    settings.SEARCH_INDEX_DIR = tmp_path / "search-index"
    return settings.SEARCH_INDEX_DIR


@pytest.fixture
def engine(db, search_index_dir):
    """The embedded engine, on an empty index."""
    return service.get_engine(service.EMBEDDED)


def make_document(key, title, body="", **fields) -> SearchDocument:
    defaults = {
        "group": key,
        "type": "protocol",
        "language": "nl",
        "url": f"/{key}/",
        "date": datetime.date(2025, 1, 1),
    }
    defaults.update(fields)
    return SearchDocument(key=key, title=title, body=body, **defaults)


def run(engine, text, **fields) -> list[str]:
    """Keys of the hits, in order."""
    return [hit.key for hit in search(engine, text, **fields).hits]


def search(engine, text, **fields):
    """The service's collapsed search on ``engine``."""
    query = SearchQuery(text=text, language=fields.pop("language", "nl"), **fields)
    return service.collapsed_search(engine, query)
