"""The rule that keeps the public version history a record: a released version is never
replaced, and changed content is released only under a higher number. The editor's form
checks it before publishing or submitting (``ControlledDocumentForm``); the service that
records versions checks it again for paths without a form."""

import logging
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext as _

from knowledge.models.versions import PublishedVersion

logger = logging.getLogger(__name__)


def sections_of(page) -> list[dict]:
    """A controlled document's sections, with choice labels in the document's own language."""
    with translation.override(page.locale.language_code):
        return page.structured_sections()


def _controlled_content(title: str, effective_date, sections: list[dict]) -> dict:
    """What a released version fixes: the title, the effective date and the sections' text.
    Block ids are left out, so an item deleted and typed again identically is no change."""
    return {
        "title": title,
        "effective_date": effective_date,
        "sections": [
            {**section, "items": [{**item, "id": None} for item in section["items"]]}
            if section["kind"] == "items"
            else section
            for section in sections
        ],
    }


def _released_content(version: PublishedVersion) -> dict:
    """A version's controlled content, derived again from its revision when it still exists,
    so a change in how text becomes plain text is not mistaken for a change by the editor."""
    if version.revision is None:
        return _controlled_content(version.title, version.effective_date, version.sections)
    page = version.revision.as_object()
    return _controlled_content(page.title, page.effective_date, sections_of(page))


@dataclass(frozen=True)
class Release:
    """What publishing a controlled document does to its version history."""

    sections: list[dict]
    is_new_version: bool


def check_release(page) -> Release:
    """Whether publishing ``page`` releases a new version, repeats the current one, or would
    rewrite the record. A released version is never replaced: changed content needs a number
    higher than the last released one. Raises a ValidationError (on ``version``) for the
    editor otherwise, or when the content cannot be turned into sections."""
    try:
        sections = sections_of(page)
    except Exception as error:  # any failure here would otherwise surface after going live
        logger.exception("Sections of page %s could not be derived", page.pk)
        raise ValidationError(
            _(
                "This content could not be converted for the version history, so it cannot "
                "be published. Please check the texts for unusual characters, or contact the "
                "site administrators."
            )
        ) from error
    latest = (
        PublishedVersion.objects.filter(page_id=page.pk)
        .select_related("revision")
        .order_by("-number")
        .first()
        if page.pk
        else None
    )
    if latest is None or page.version > latest.number:
        return Release(sections, is_new_version=True)
    numbers = {"number": page.version, "latest": latest.number, "next": latest.number + 1}
    if page.version < latest.number:
        raise ValidationError(
            {
                "version": _(
                    "Version %(latest)s has already been released, so this page cannot be "
                    "published as version %(number)s. Use %(next)s or higher."
                )
                % numbers
            }
        )
    content = _controlled_content(page.title, page.effective_date, sections)
    if content != _released_content(latest):
        raise ValidationError(
            {
                "version": _(
                    "Version %(latest)s has already been released with other content. Give "
                    "this changed content a higher version number: %(next)s or higher."
                )
                % numbers
            }
        )
    return Release(sections, is_new_version=False)


def has_released_versions(page) -> bool:
    """Whether ``page`` or a page below it has released versions, which keep it from being
    deleted (docs/decisions.md 18)."""
    return PublishedVersion.objects.filter(page__path__startswith=page.path).exists()
