"""Harmonised references in the search: the pages of a reference, in every language, carry the
facet value ``harmonisation=reference``, so readers can narrow any search to the consortium's
harmonised references, and rank a little above the centres' local copies of them. A local copy
(a centre's own SOP recorded as adopting a reference) ranks a little below other pages that
match as well: it repeats its reference's words, and four near-copies under the reference would
push everything else off the first page.
Harmonisation does not project pages itself; it enriches the documents knowledge projects, and
reindexes a reference's pages when the flag comes or goes."""

from dataclasses import replace

from django.db.models.signals import post_delete, post_save, pre_save
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from harmonisation.models import Adoption, HarmonisedReference
from search import service
from search.facets import register_facet
from search.projection import register_context, register_enricher

REFERENCE = "reference"
# A reference ranks above the centres' local SOPs that repeat its words, without overruling a
# clearly better match elsewhere.
REFERENCE_PROMINENCE = 1.2
LOCAL_COPY_PROMINENCE = 0.8


def _reference_groups() -> set[str]:
    keys = HarmonisedReference.objects.values_list("translation_key", flat=True)
    return {f"page:{key}" for key in keys}


def _local_copy_groups() -> set[str]:
    keys = Adoption.objects.exclude(local_sop=None).values_list(
        "local_sop__translation_key", flat=True
    )
    return {f"page:{key}" for key in keys}


def mark_references(documents, context):
    references = context.shared("harmonised_reference_groups")
    local_copies = context.shared("local_copy_groups")
    marked = []
    for document in documents:
        if document.group in references:
            document = replace(
                document,
                facets={**document.facets, "harmonisation": REFERENCE},
                prominence=REFERENCE_PROMINENCE,
            )
        elif document.group in local_copies:
            document = replace(document, prominence=LOCAL_COPY_PROMINENCE)
        marked.append(document)
    return marked


def _reindex_reference_pages(sender, instance, raw=False, **kwargs):
    if raw:
        return
    for page in Page.objects.filter(translation_key=instance.translation_key):
        service.index_page(page)


def _remember_local_sop(sender, instance, raw=False, **kwargs):
    """The local SOP an adoption pointed at before this save, which stops being a copy."""
    if raw or instance.pk is None:
        return
    instance._previous_local_sop_id = (
        Adoption.objects.filter(pk=instance.pk).values_list("local_sop_id", flat=True).first()
    )


def _reindex_local_sop_pages(sender, instance, raw=False, **kwargs):
    if raw:
        return
    page_ids = {instance.local_sop_id, getattr(instance, "_previous_local_sop_id", None)} - {None}
    keys = Page.objects.filter(pk__in=page_ids).values_list("translation_key", flat=True)
    for page in Page.objects.filter(translation_key__in=keys):
        service.index_page(page)


def register_with_search() -> None:
    register_context("harmonised_reference_groups", _reference_groups)
    register_context("local_copy_groups", _local_copy_groups)
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
        signal.connect(
            _reindex_local_sop_pages,
            sender=Adoption,
            dispatch_uid=f"search.adoption_local_sop.{id(signal)}",
        )
    pre_save.connect(
        _remember_local_sop, sender=Adoption, dispatch_uid="search.adoption_previous_local_sop"
    )
