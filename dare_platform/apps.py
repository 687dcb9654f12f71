from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DarePlatformConfig(AppConfig):
    name = "dare_platform"
    verbose_name = _("DARE-NL platform")

    def ready(self):
        from dare_platform import checks

        checks.register()

        # Cache invalidation, like search indexing, must follow every publication path.
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Page
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from dare_platform.page_cache import invalidate_page_cache

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(invalidate_page_cache, dispatch_uid=f"page_cache.{id(signal)}")
        post_delete.connect(invalidate_page_cache, sender=Page, dispatch_uid="page_cache.delete")
        post_save.connect(
            invalidate_page_cache,
            sender="knowledge.GlossaryTerm",
            dispatch_uid="page_cache.glossary",
        )
        # A page made private must stop being served from the cache at once.
        for signal in (post_save, post_delete):
            signal.connect(
                invalidate_page_cache,
                sender="wagtailcore.PageViewRestriction",
                dispatch_uid=f"page_cache.restriction.{id(signal)}",
            )
