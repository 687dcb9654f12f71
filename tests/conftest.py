"""Fixtures shared by the cross-app tests: the realistic bilingual site of tests/sitedata.py.

Building it publishes ~40 pages through revisions (2–4 s), too slow to repeat for each of the
many browser tests, which are transactional (the live server must see committed data, and
pytest-django empties the database after each). So the site is built once per session inside a
transaction that is rolled back (nothing is left behind), serialised (tests/snapshots.py),
and restored where needed with the same primary keys, hence the same URLs:

- ``site_data``: restored and committed, for each transactional (browser) test;
- ``shared_site_data``: restored once per module inside a transaction rolled back at the end
  of the module, for tests that only use the Django test client (with ``db``).

The public search keeps its index in tables of its own, outside the ORM (search/engines), so
the index is rebuilt from the restored pages with ``manage.py rebuild_search_index``: always
for ``shared_site_data``, and for browser tests that search through ``search_index``.
"""

import pytest
from django.db import transaction

from tests.search_support import rebuild_search_index
from tests.sitedata import SiteData, build_realistic_site
from tests.snapshots import forget_cached_rows, restore, snapshot


@pytest.fixture(scope="session")
def _site_snapshot(django_db_setup, django_db_blocker) -> tuple[SiteData, str]:
    with django_db_blocker.unblock(), transaction.atomic():
        data = build_realistic_site()
        saved = snapshot()
        transaction.set_rollback(True)
    forget_cached_rows()
    return data, saved


@pytest.fixture
def site_data(transactional_db, _site_snapshot) -> SiteData:
    """The realistic site, committed, so a live server sees it."""
    data, saved = _site_snapshot
    restore(saved)
    return data


@pytest.fixture(scope="module")
def shared_site_data(_site_snapshot, django_db_blocker):
    """The realistic site, search index included, for a whole module of non-transactional
    tests (each test's own changes are rolled back by ``db`` as usual); gone after the
    module."""
    data, saved = _site_snapshot
    with django_db_blocker.unblock(), transaction.atomic():
        restore(saved)
        rebuild_search_index()
        yield data
        transaction.set_rollback(True)
    forget_cached_rows()


@pytest.fixture
def search_index(site_data) -> SiteData:
    """The realistic site with the public search index rebuilt from it."""
    rebuild_search_index()
    return site_data
