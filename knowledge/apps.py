from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = _("Knowledge base")

    def ready(self):
        from dare_platform.page_cache import register_query_parameters
        from knowledge import filters, search, signals

        signals.connect()
        register_query_parameters(*filters.PARAMETERS, "a", "b")  # "a", "b": version compare
        search.register_with_search()  # before search's ready() follows the registered models
