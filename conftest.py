import pytest

pytest_plugins = ["tests.browser.harness", "search.testing"]

MIGRATED = pytest.StashKey[tuple]()


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Rolled-back test data must not survive in the cache (glossary matcher, page cache)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def page_cache_on(settings):
    """The anonymous page cache, which the test settings switch off."""
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def site(db):
    from knowledge.factories import build_site

    return build_site()


@pytest.fixture(scope="session")
def _migrated_snapshot(django_db_setup, django_db_blocker) -> str:
    """The database as migrations left it: content types, Wagtail's root page, default locale
    and root collection. Taken before the first transactional test empties it."""
    from tests.snapshots import snapshot

    with django_db_blocker.unblock():
        return snapshot()


@pytest.fixture
def transactional_db(request, _migrated_snapshot, django_db_blocker, transactional_db):
    """pytest-django's. Its flush after the test also empties what migrations created, which
    later tests rely on: pytest-django runs transactional tests last, but pytest-xdist's
    ``--dist loadfile`` hands each worker whole files in its own order. So the teardown hook
    below puts it back."""
    request.node.stash[MIGRATED] = (_migrated_snapshot, django_db_blocker)
    return transactional_db


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    result = yield
    saved = item.stash.get(MIGRATED, None)
    if saved and nextitem is not None:  # after the last test, the database is gone
        from tests.snapshots import restore

        migrated, blocker = saved
        with blocker.unblock():
            restore(migrated)
    return result
