"""Write-side operations for knowledge pages."""

import logging

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from knowledge.models import PublishedVersion
from knowledge.models.mixins import ControlledDocumentMixin
from knowledge.releases import check_release, sections_of

logger = logging.getLogger(__name__)


def record_published_version(*, page, revision=None) -> PublishedVersion | None:
    """Snapshot a controlled document under its version number when it is published.

    Every publish path comes here (admin, workflow approval, scheduled publishing, commands).
    The editor's form has already refused what would rewrite the record; a path without that
    check (code, or a version released while a publication waited for its date) is logged and
    records nothing, so an existing version is never changed. Republishing the current
    version unchanged records nothing either. Pages that are not controlled documents are
    ignored.
    """
    page = page.specific
    if not isinstance(page, ControlledDocumentMixin):
        return None
    try:
        release = check_release(page)
    except ValidationError as refusal:
        logger.warning(
            "Page %s was published as version %s, which was not recorded: %s",
            page.pk,
            page.version,
            " ".join(refusal.messages),
        )
        return None
    if not release.is_new_version:
        return None
    try:
        with transaction.atomic():
            return PublishedVersion.objects.create(
                page=page,
                number=page.version,
                title=page.title,
                status=page.status,
                effective_date=page.effective_date,
                change_note=page.change_note,
                sections=release.sections,
                revision=revision or page.live_revision,
                published_at=page.last_published_at or timezone.now(),
            )
    except IntegrityError:  # another process recorded this number a moment ago
        logger.warning("Version %s of page %s was already recorded", page.version, page.pk)
        return None


def refresh_version_snapshot(version: PublishedVersion, *, save: bool = True) -> bool:
    """Derive a recorded version's sections again from the revision it was published from,
    after a change in how content becomes plain text. True if they differ (and, with
    ``save``, were replaced); a version without its revision is left as recorded.

    This is the one write to a released version, and it never changes what was released:
    the revision is the released content, only its plain-text form is derived again."""
    if version.revision is None:
        return False
    sections = sections_of(version.revision.as_object())
    if sections == version.sections:
        return False
    if save:
        version.sections = sections
        version.save(update_fields=["sections"])
    return True
