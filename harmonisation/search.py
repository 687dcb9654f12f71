"""Harmonised references in the search: the pages of a reference, in every language, carry the
facet value ``harmonisation=reference``, so readers can narrow any search to the consortium's
harmonised references, and rank a little above the centres' local copies of them.
Harmonisation does not project pages itself; it enriches the documents knowledge projects, and
reindexes a reference's pages when the flag comes or goes."""

from dataclasses import replace

from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from harmonisation.models import HarmonisedReference
from search import service
from search.facets import register_facet
from search.projection import register_context, register_enricher

REFERENCE = "reference"
# A reference ranks above the centres' local SOPs that repeat its words, without overruling a
# clearly better match elsewhere.
REFERENCE_PROMINENCE = 1.2


def _reference_groups() -> set[str]:
    keys = HarmonisedReference.objects.values_list("translation_key", flat=True)
    return {f"page:{key}" for key in keys}


def mark_references(documents, context):
    groups = context.shared("harmonised_reference_groups")
    return [
        replace(
            document,
            facets={**document.facets, "harmonisation": REFERENCE},
            prominence=REFERENCE_PROMINENCE,
        )
        if document.group in groups
        else document
        for document in documents
    ]


def _reindex_reference_pages(sender, instance, raw=False, **kwargs):
    if raw:
        return
    for page in Page.objects.filter(translation_key=instance.translation_key):
        service.index_page(page)


def register_with_search() -> None:
    register_context("harmonised_reference_groups", _reference_groups)
    register_enricher(mark_references)
    register_facet(
        "harmonisation", _("Harmonisation"), choices=[(REFERENCE, _("Harmonised reference"))]
    )
    for signal in (post_save, post_delete):
        signal.connect(
            _reindex_reference_pages,
            sender=HarmonisedReference,
            dispatch_uid=f"search.harmonised_reference.{id(signal)}",
        )
