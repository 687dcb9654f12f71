"""A harmonised reference shown as such: the knowledge base's pages and listings carry a note
("Harmonised reference — of the working group Viral vector QC"), through the annotation
registry knowledge offers (``knowledge.annotations``), since knowledge must not import this
app. ``connect()`` runs from ``HarmonisationConfig.ready()``."""

from django.utils.translation import gettext as _

from knowledge import annotations
from knowledge.annotations import Note


def reference_notes(pages: list) -> dict[int, list[Note]]:
    """One query for any number of pages: the references among them, in any language."""
    from harmonisation.models import HarmonisedReference

    keys = {page.translation_key for page in pages}
    references = {
        reference.translation_key: reference
        for reference in HarmonisedReference.objects.filter(
            translation_key__in=keys
        ).select_related("working_group")
    }
    notes = {}
    for page in pages:
        reference = references.get(page.translation_key)
        if reference is not None:
            detail = _("Harmonised reference of the working group %(group)s") % {
                "group": reference.working_group
            }
            notes[page.pk] = [Note("harmonised", _("Harmonised reference"), detail)]
    return notes


def connect() -> None:
    annotations.register(reference_notes)
