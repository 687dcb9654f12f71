from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HarmonisationConfig(AppConfig):
    name = "harmonisation"
    verbose_name = _("Harmonisation")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from dare_platform.page_cache import invalidate_page_cache, register_query_parameters
        from harmonisation import matrix

        register_query_parameters(*matrix.PARAMETERS, matrix.PAGE_PARAMETER)
        # The public matrix and QC comparison show these records, which are saved in the
        # admin without any page being published: drop the cached pages when they change.
        for model in ("Adoption", "Deviation", "HarmonisedReference", "WorkingGroup"):
            for signal in (post_save, post_delete):
                signal.connect(
                    invalidate_page_cache,
                    sender=f"harmonisation.{model}",
                    dispatch_uid=f"page_cache.harmonisation.{model}.{id(signal)}",
                )
        from harmonisation import reference_display, search

        reference_display.connect()
        search.register_with_search()  # before search's ready(), as INSTALLED_APPS orders
