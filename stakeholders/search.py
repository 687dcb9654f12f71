"""Consultations in the public search: each live consultation page is one document of type
"consultation", with a facet value of its own. ``register_with_search()`` hands this to
search; StakeholdersConfig.ready() calls it, so search itself knows no stakeholder model."""

from __future__ import annotations

from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from knowledge.sections import plain_text
from search import facets
from search.engines.base import SearchDocument
from search.projection import (
    ProjectionContext,
    lines,
    page_document,
    register_page_type,
    stream_text,
)
from stakeholders.models import ConsultationPage


def project_consultation(
    page: ConsultationPage, context: ProjectionContext
) -> list[SearchDocument]:
    with translation.override(page.locale.language_code):
        audiences = [str(label) for label in page.audience_labels()]
    body = lines(
        stream_text(page.questions, rich_text=plain_text),
        page.plain_summary,
        plain_text(page.background),
        plain_text(page.outcome),
        *audiences,
    )
    return page_document(
        page, kind="consultation", body=body, date=timezone.localdate(page.opens_at)
    )


def register_with_search() -> None:
    register_page_type(ConsultationPage, project_consultation)
    facets.register_type("consultation", _("Consultation"))
