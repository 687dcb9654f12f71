"""Reads for the consultation pages: what the index and a consultation show, in a fixed
number of queries however many consultations, links and attachments there are."""

from __future__ import annotations

from datetime import datetime

from django.utils.translation import gettext_lazy as _

from dare_platform.pages import in_language
from knowledge.models import ProtocolPage, RegulatoryItemPage
from stakeholders.models import ConsultationIndexPage, ConsultationPage, ConsultationPhase

# The index's sections, in the order shown: what a reader can still respond to comes first.
INDEX_SECTIONS = (
    ("open", _("Open for comments"), (ConsultationPhase.OPEN,)),
    ("upcoming", _("Upcoming"), (ConsultationPhase.ANNOUNCED,)),
    (
        "closed",
        _("Closed"),
        (ConsultationPhase.CLOSED, ConsultationPhase.OUTCOME_PUBLISHED),
    ),
)


def live_consultations(index: ConsultationIndexPage):
    return ConsultationPage.objects.child_of(index).live().public()


def consultations_by_phase(index: ConsultationIndexPage, *, now: datetime) -> list[dict]:
    """The index's sections, each with its consultations: open ones closing soonest first,
    upcoming ones opening soonest first, closed ones most recently closed first. One query;
    every phase is taken at the same ``now``."""
    phased = [
        (page, page.phase_at(now)) for page in live_consultations(index).order_by("closes_at", "pk")
    ]
    sections = []
    for key, title, phases in INDEX_SECTIONS:
        items = [(page, phase) for page, phase in phased if phase in phases]
        if key == "upcoming":
            items.sort(key=lambda item: item[0].opens_at)
        elif key == "closed":
            items.reverse()
        sections.append({"key": key, "title": title, "items": items})
    return sections


def consultation_context(page: ConsultationPage) -> dict:
    """Linked protocols and regulatory items that are live, each in the consultation's
    language where it has a translation, and the attachments: five queries in all."""
    protocols = [
        link.protocol
        for link in page.linked_protocols.select_related("protocol__locale")
        if link.protocol.live
    ]
    regulations = [
        link.regulation
        for link in page.linked_regulations.select_related("regulation__locale")
        if link.regulation.live
    ]
    language = page.locale.language_code
    return {
        "phase": page.phase,
        "linked_protocols": in_language(protocols, language, ProtocolPage),
        "linked_regulations": in_language(regulations, language, RegulatoryItemPage),
        "attachments": [link.document for link in page.attachments.select_related("document")],
    }
