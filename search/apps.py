from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from dare_platform.page_cache import register_query_parameters
        from search import checks, health, signals
        from search.engines.base import FACETS
        from search.views import NO_CORRECTION

        signals.connect()
        register_query_parameters("q", "sort", NO_CORRECTION, *FACETS)
        checks.register()
        health.register()
