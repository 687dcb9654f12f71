import datetime

import pytest

from search import service
from search.engines.base import SearchDocument, SearchQuery


@pytest.fixture(autouse=True)
def search_index_dir(own_search_index):
    """Every search test has an empty index of its own (search/testing.py)."""
    return own_search_index


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
