import pytest


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rolled-back test data must not survive in the cache (glossary matcher, page cache)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def site(db):
    from knowledge.factories import build_site

    return build_site()
