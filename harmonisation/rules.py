"""The rules an adoption record must keep, in one place for the admin form, the services and
the demo loader. Each returns errors by field, in the reader's language, so a form can show
them beside what was typed."""

from __future__ import annotations

from django.utils.translation import gettext as _

from knowledge.ownership import owner_of
from knowledge.releases import sections_of

FOLLOWING = ("adopted", "adopted-with-deviations")


def adoption_errors(adoption) -> dict[str, str]:
    """What is wrong with an adoption's own fields (the deviations are checked with
    ``deviation_errors``, which needs the local SOP these fields name)."""
    errors = {}
    if (
        adoption.local_sop_id
        and adoption.centre_id
        and owner_of(adoption.local_sop) != adoption.centre
    ):
        errors["local_sop"] = _("The local SOP must be a document of %(centre)s.") % {
            "centre": adoption.centre
        }
    if adoption.followed_version_id and adoption.reference_id:
        followed_page = adoption.followed_version.page
        if followed_page.translation_key != adoption.reference.translation_key:
            errors["followed_version"] = _(
                "This version belongs to another document, not to the reference %(reference)s."
            ) % {"reference": adoption.reference}
    if adoption.status in FOLLOWING:
        if not adoption.local_sop_id and "local_sop" not in errors:
            errors["local_sop"] = _("Name the local SOP that implements the reference.")
        if not adoption.followed_version_id and "followed_version" not in errors:
            errors["followed_version"] = _("Say which version of the reference the centre follows.")
    return errors


def anchors_of(page) -> dict[str, str]:
    """Every place a deviation can point at in ``page``: its sections by key and its items
    (steps, materials, criteria…) by their anchor, each with a label for choosers."""
    anchors = {}
    for section in sections_of(page.specific):
        anchors[section["key"]] = section["key"].replace("_", " ").capitalize()
        for number, item in enumerate(section.get("items", []), start=1):
            if item.get("id"):
                anchors[item["id"]] = f"{section['key']} {number}: {item.get('title', '')}"
    return anchors


def deviation_errors(local_sop, anchors: list[str]) -> dict[int, str]:
    """For each deviation (by position) whose anchor the local SOP does not have, the error."""
    if local_sop is None:
        return {
            position: _("A deviation needs a local SOP to point at.")
            for position in range(len(anchors))
        }
    known = anchors_of(local_sop)
    return {
        position: _("The local SOP has no section or step “%(anchor)s”.") % {"anchor": anchor}
        for position, anchor in enumerate(anchors)
        if anchor not in known
    }
