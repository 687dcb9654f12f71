import datetime

import pytest
from django.core.cache import cache

from search import service
from search.engines.base import SearchDocument, SearchQuery


@pytest.fixture(autouse=True)
def fresh_search_state(request):
    """Engines, outages, the cached glossary and (for database tests) the index belong to one
    test: tests elsewhere that commit (live-server tests) leave index rows behind."""
    service.reset_engines()
    cache.clear()
    if "db" in request.fixturenames:
        request.getfixturevalue("db")
        service.get_engine(service.database_engine_name()).rebuild(iter(()))
    yield
    service.reset_engines()


@pytest.fixture
def engine(db):
    """The database engine of the database the tests run on (empty, see above)."""
    return service.get_engine(service.database_engine_name())


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
    query = SearchQuery(text=text, language=fields.pop("language", "nl"), **fields)
    return [hit.key for hit in engine.search(query).hits]
