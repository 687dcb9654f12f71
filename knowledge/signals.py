"""Publishing is the one moment every path (admin, workflow approval, scheduled publishing,
management commands) goes through, so version snapshots hang off Wagtail's signal. The
receivers only delegate to services."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published

from knowledge.models import GlossaryTerm, GlossaryTermExclusion
from knowledge.selectors import forget_glossary_matcher
from knowledge.services import record_published_version


def on_page_published(sender, instance, revision=None, **kwargs):
    record_published_version(page=instance, revision=revision)


def on_glossary_changed(sender, **kwargs):
    forget_glossary_matcher()


def connect():
    page_published.connect(on_page_published, dispatch_uid="knowledge.record_version")
    post_save.connect(on_glossary_changed, sender=GlossaryTerm, dispatch_uid="knowledge.gloss_s")
    post_delete.connect(on_glossary_changed, sender=GlossaryTerm, dispatch_uid="knowledge.gloss_d")
    for signal, suffix in ((post_save, "s"), (post_delete, "d")):
        signal.connect(
            on_glossary_changed,
            sender=GlossaryTermExclusion,
            dispatch_uid=f"knowledge.gloss_exclusion_{suffix}",
        )
