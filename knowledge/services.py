"""Write-side operations for knowledge pages."""

from django.utils import timezone, translation

from knowledge.models import PublishedVersion
from knowledge.models.mixins import ControlledDocumentMixin


def _sections_of(page) -> list[dict]:
    """A controlled document's sections, with choice labels in the document's own language."""
    with translation.override(page.locale.language_code):
        return page.structured_sections()


def record_published_version(*, page, revision=None) -> PublishedVersion | None:
    """Snapshot a controlled document under its version number when it is published.

    Re-publishing the same number (a typo fix) replaces that version's snapshot; a new number
    adds a row. Pages that are not controlled documents are ignored.
    """
    page = page.specific
    if not isinstance(page, ControlledDocumentMixin):
        return None
    sections = _sections_of(page)
    version, _created = PublishedVersion.objects.update_or_create(
        page=page,
        number=page.version,
        defaults={
            "title": page.title,
            "status": page.status,
            "effective_date": page.effective_date,
            "change_note": page.change_note,
            "sections": sections,
            "revision": revision or page.live_revision,
            "published_at": page.last_published_at or timezone.now(),
        },
    )
    return version


def refresh_version_snapshot(version: PublishedVersion, *, save: bool = True) -> bool:
    """Derive a recorded version's sections again from the revision it was published from,
    after a change in how content becomes plain text. True if they differ (and, with
    ``save``, were replaced); a version without its revision is left as recorded."""
    if version.revision is None:
        return False
    sections = _sections_of(version.revision.as_object())
    if sections == version.sections:
        return False
    if save:
        version.sections = sections
        version.save(update_fields=["sections"])
    return True
