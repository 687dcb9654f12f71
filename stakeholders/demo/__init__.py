"""Demo consultations for ``manage.py load_demo_content`` (knowledge/demo/loader.py finds
``load_demo_content`` here). Idempotent: an index or consultation that already exists (same
language and slug) is left as it is, dates included."""

import json
import uuid

from django.utils import timezone
from wagtail.models import Locale

from knowledge.models import HomePage, ProtocolPage, RegulatoryItemPage
from stakeholders.demo.data import CONSULTATIONS, INDEX
from stakeholders.demo.discussion import load_discussions
from stakeholders.models import (
    ConsultationIndexPage,
    ConsultationPage,
    ConsultationProtocol,
    ConsultationRegulation,
)

LANGUAGES = ("nl", "en")


def load_demo_content(report, stdout=None) -> None:
    """Consultation index pages under each language's home page, the three consultations and
    their discussions (with the demo participants and moderator);
    ``report.count(kind, created)`` is told what was made and what was already there."""
    now = timezone.now()
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    indexes = _indexes(locales, report)
    pages = {}
    for record in CONSULTATIONS:
        source = None
        for language in LANGUAGES:
            index = indexes[language]
            content = record[language]
            page = ConsultationPage.objects.child_of(index).filter(slug=content["slug"]).first()
            report.count("consultation", page is None)
            if page is None:
                page = _add_consultation(index, record, content, now, translation_of=source)
            source = pages.setdefault(record["key"], {})[language] = page
    load_discussions(report, pages)


def _indexes(locales, report) -> dict[str, ConsultationIndexPage]:
    indexes, source = {}, None
    for language in LANGUAGES:
        index = ConsultationIndexPage.objects.filter(locale=locales[language]).first()
        report.count("consultation index", index is None)
        if index is None:
            home = HomePage.objects.get(locale=locales[language])
            index = ConsultationIndexPage(
                locale=locales[language], show_in_menus=True, **INDEX[language]
            )
            _add(home, index, translation_of=source)
        indexes[language] = source = index
    return indexes


def _add_consultation(index, record, content, now, translation_of):
    page = ConsultationPage(
        locale=index.locale,
        title=content["title"],
        slug=content["slug"],
        summary=content["summary"],
        questions=json.dumps(
            [
                {"type": "question", "value": question, "id": str(uuid.uuid4())}
                for question in content["questions"]
            ]
        ),
        plain_summary=content["plain_summary"],
        background=content["background"],
        outcome=content.get("outcome", ""),
        audiences=record["audiences"],
        opens_at=now + record["opens_in"],
        closes_at=now + record["closes_in"],
    )
    protocols = ProtocolPage.objects.filter(locale=index.locale, identifier__in=record["protocols"])
    by_identifier = {protocol.identifier: protocol for protocol in protocols}
    page.linked_protocols = [
        ConsultationProtocol(protocol=by_identifier[identifier])
        for identifier in record["protocols"]
        if identifier in by_identifier
    ]
    regulations = RegulatoryItemPage.objects.filter(
        locale=index.locale, reference__in=record["regulations"]
    )
    by_reference = {regulation.reference: regulation for regulation in regulations}
    page.linked_regulations = [
        ConsultationRegulation(regulation=by_reference[reference])
        for reference in record["regulations"]
        if reference in by_reference
    ]
    return _add(index, page, translation_of=translation_of)


def _add(parent, page, translation_of=None):
    if translation_of is not None:
        page.translation_key = translation_of.translation_key
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page
