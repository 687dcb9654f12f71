"""The audit trail of a controlled document: who drafted, submitted, approved and published each
released version, and when, read from Wagtail's own log entries (``PageLogEntry``).

Wagtail logs every save (``wagtail.create``, ``wagtail.edit``), every workflow step
(``wagtail.workflow.start``, ``.approve``, ``.reject``, ``.resume``, ``.cancel``) and every
publication (``wagtail.publish``), each with the revision it concerns. A released version is a
``PublishedVersion`` whose ``revision`` is the revision that was published, so the page's
entries, in time order, fall into versions: every entry up to and including the publication of
a version's revision belongs to that version, and entries after the last release are work not
yet released. Republishing unchanged content releases no version, so its entries count towards
the next one. A version released without a logged publication (one made in code) ends at its
``published_at``.

Two readers: the public version history shows per version when it was published and which
review steps approved it, by the workflow task's name ("UMC Utrecht QA review",
"Harmonisation committee"): a role, never a person. The admin shows every entry with its user.
"""

from dataclasses import dataclass
from datetime import datetime

from django.utils.translation import gettext_lazy as _
from wagtail.models import PageLogEntry

# What each logged action means in a document's life, in the trail's own words.
TRAIL_ACTIONS = {
    "wagtail.create": _("Drafted"),
    "wagtail.edit": _("Draft saved"),
    "wagtail.workflow.start": _("Submitted for review"),
    "wagtail.workflow.approve": _("Approved"),
    "wagtail.workflow.reject": _("Changes requested"),
    "wagtail.workflow.resume": _("Resubmitted"),
    "wagtail.workflow.cancel": _("Review cancelled"),
    "wagtail.publish": _("Published"),
}


@dataclass(frozen=True)
class Approval:
    role: str  # the name of the workflow task that approved, e.g. "UMC Utrecht QA review"
    at: datetime


@dataclass(frozen=True)
class VersionTrail:
    """The logged steps that led to one released version."""

    version: object  # knowledge.models.PublishedVersion
    entries: list
    publication: PageLogEntry | None

    @property
    def published_at(self) -> datetime:
        return self.publication.timestamp if self.publication else self.version.published_at

    @property
    def approvals(self) -> list[Approval]:
        """The approvals of the review that released this version: a new submission starts
        the review again, so approvals before the last submission do not count."""
        approvals = []
        for entry in self.entries:
            if entry.action == "wagtail.workflow.start":
                approvals = []
            elif entry.action == "wagtail.workflow.approve":
                approvals.append(Approval(role=task_name(entry), at=entry.timestamp))
        return approvals


@dataclass(frozen=True)
class AuditTrail:
    released: list[VersionTrail]  # newest version first
    unreleased: list  # entries since the last release


def task_name(entry: PageLogEntry) -> str:
    """The workflow task a workflow entry concerns, as Wagtail logged it."""
    workflow = (entry.data or {}).get("workflow") or {}
    return (workflow.get("task") or {}).get("title", "")


def audit_trail(page, versions, *, with_users: bool = False) -> AuditTrail:
    """The trail of ``page``'s released ``versions`` (its ``PublishedVersion`` rows, in any
    order), in one query; ``with_users`` fetches the users too, for the admin's full trail."""
    entries = PageLogEntry.objects.filter(page_id=page.pk, action__in=TRAIL_ACTIONS).order_by(
        "timestamp", "pk"
    )
    entries = list(entries.select_related("user") if with_users else entries)
    publications = {}
    for entry in entries:
        if entry.action == "wagtail.publish" and entry.revision_id is not None:
            publications.setdefault(entry.revision_id, entry)

    released, start = [], 0
    for version in sorted(versions, key=lambda version: version.number):
        publication = publications.get(version.revision_id) if version.revision_id else None
        end = start
        while end < len(entries) and _belongs_before(entries[end], version, publication):
            end += 1
        released.append(VersionTrail(version, entries[start:end], publication))
        start = end
    return AuditTrail(released=released[::-1], unreleased=entries[start:])


def _belongs_before(entry, version, publication) -> bool:
    """Whether ``entry`` happened up to the release of ``version``."""
    if publication is not None:
        return (entry.timestamp, entry.pk) <= (publication.timestamp, publication.pk)
    return entry.timestamp <= version.published_at


def action_label(entry: PageLogEntry) -> str:
    return TRAIL_ACTIONS.get(entry.action, entry.action)
