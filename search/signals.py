"""Keep the index in step with what the public may see. Receivers only delegate to the
service, which reindexes once the transaction has committed, so a page that is unpublished,
deleted or made private is gone from the results as soon as that change is committed.

Moves are handled after the fact (``post_page_move``): document keys do not depend on the
tree, so there is nothing to undo before a move, and afterwards the subtree is reindexed
with its new URLs, owner and privacy.

Objects of the other registered models (glossary terms) are followed by their own save and
delete; their models are known once the domain apps have registered in ``ready()``.
"""

from django.core.signals import setting_changed
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from search import service
from search.projection import SOURCES

ENGINE_SETTINGS = {"SEARCH_ENGINE", "ELASTICSEARCH_URL", "SEARCH_INDEX_PREFIX", "SEARCH_INDEX_DIR"}


def on_page_published(sender, instance, **kwargs):
    service.index_page(instance)


def on_page_unpublished(sender, instance, **kwargs):
    service.remove_page(instance)


def on_page_deleted(sender, instance, **kwargs):
    service.remove_page(instance)


def on_page_moved_or_renamed(sender, instance, **kwargs):
    service.reindex_subtree(instance)


def on_view_restriction_changed(sender, instance, raw=False, **kwargs):
    if raw:  # loaddata or a restore: rows arrive in any order; rebuild the index afterwards
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:  # deleted together with its page
        service.reindex_subtree(page)


def on_object_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    service.index_object(instance)


def on_object_deleted(sender, instance, **kwargs):
    service.remove_object(instance)


def on_setting_changed(setting, **kwargs):
    if setting in ENGINE_SETTINGS:
        service.reset_engines()


def connect():
    page_published.connect(on_page_published, dispatch_uid="search.page_published")
    page_unpublished.connect(on_page_unpublished, dispatch_uid="search.page_unpublished")
    post_delete.connect(on_page_deleted, sender=Page, dispatch_uid="search.page_deleted")
    post_page_move.connect(on_page_moved_or_renamed, dispatch_uid="search.page_moved")
    page_slug_changed.connect(on_page_moved_or_renamed, dispatch_uid="search.slug_changed")
    post_save.connect(
        on_view_restriction_changed, sender=PageViewRestriction, dispatch_uid="search.pvr_s"
    )
    post_delete.connect(
        on_view_restriction_changed, sender=PageViewRestriction, dispatch_uid="search.pvr_d"
    )
    for model in SOURCES:
        if not issubclass(model, Page):
            label = model._meta.label_lower
            post_save.connect(on_object_saved, sender=model, dispatch_uid=f"search.{label}_s")
            post_delete.connect(on_object_deleted, sender=model, dispatch_uid=f"search.{label}_d")
    setting_changed.connect(on_setting_changed, dispatch_uid="search.setting_changed")
