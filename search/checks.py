"""A wrong SEARCH_ENGINE is reported by ``manage.py check`` at deploy time, not by the
first search."""

from django.core import checks
from django.core.exceptions import ImproperlyConfigured


def check_search_engine(app_configs=None, **kwargs):
    from search import service

    try:
        service.configured_engine_name()
    except ImproperlyConfigured as error:
        return [checks.Error(str(error), id="search.E001")]
    return []


def register():
    checks.register(check_search_engine, "search")
