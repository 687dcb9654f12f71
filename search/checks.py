"""Configuration and index problems reported by ``manage.py check`` (and at start-up), not by
the first search."""

from django.core import checks
from django.core.exceptions import ImproperlyConfigured


def check_search_engine(app_configs=None, **kwargs):
    from search import service

    try:
        service.configured_engine_name()
    except ImproperlyConfigured as error:
        return [checks.Error(str(error), id="search.E001")]
    return []


def check_index_schema(app_configs=None, **kwargs):
    """An index written by code with another schema would answer wrongly: say so."""
    from django.conf import settings

    from search.engines.tantivy import SCHEMA_VERSION, IndexStore

    store = IndexStore(settings.SEARCH_INDEX_DIR)
    if store.live is None:
        return []
    version = store.schema_version()
    if version == SCHEMA_VERSION:
        return []
    return [
        checks.Error(
            f"The search index in {settings.SEARCH_INDEX_DIR} was built for schema version "
            f"{version}; this code needs version {SCHEMA_VERSION}.",
            hint="Run: manage.py rebuild_search_index",
            id="search.E002",
        )
    ]


def register():
    checks.register(check_search_engine, "search")
    checks.register(check_index_schema, "search")
