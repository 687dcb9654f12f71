"""Consultation pages and their index: the phase at its boundaries, date validation, what the
pages show in both languages, escaped editor text and constant query counts."""

from datetime import UTC, datetime, timedelta

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.documents.models import Document

from knowledge import factories
from stakeholders import factories as consultation_factories
from stakeholders.models import ConsultationAttachment, ConsultationPage, ConsultationPhase
from stakeholders.models.consultations import phase_at
from stakeholders.roles import StakeholderRole

OPENS = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
CLOSES = datetime(2026, 4, 1, 17, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)


@pytest.mark.parametrize(
    ("now", "has_outcome", "phase"),
    [
        (OPENS - SECOND, False, ConsultationPhase.ANNOUNCED),
        (OPENS - SECOND, True, ConsultationPhase.ANNOUNCED),
        (OPENS, False, ConsultationPhase.OPEN),
        (CLOSES - SECOND, True, ConsultationPhase.OPEN),
        (CLOSES, False, ConsultationPhase.CLOSED),
        (CLOSES, True, ConsultationPhase.OUTCOME_PUBLISHED),
        (CLOSES + timedelta(days=400), False, ConsultationPhase.CLOSED),
    ],
)
def test_phase_at_the_boundaries(now, has_outcome, phase):
    assert phase_at(opens_at=OPENS, closes_at=CLOSES, has_outcome=has_outcome, now=now) == phase


def test_phase_of_a_page_reads_its_dates_and_outcome(db):
    page = ConsultationPage(opens_at=OPENS, closes_at=CLOSES, outcome="<p>Besloten.</p>")
    assert page.phase_at(CLOSES - SECOND) == ConsultationPhase.OPEN
    assert page.phase_at(CLOSES) == ConsultationPhase.OUTCOME_PUBLISHED
    page.outcome = "  "
    assert page.phase_at(CLOSES) == ConsultationPhase.CLOSED


def test_times_are_amsterdam_time():
    assert settings.TIME_ZONE == "Europe/Amsterdam"
    assert settings.USE_TZ is True


@pytest.mark.parametrize("closes", [OPENS, OPENS - timedelta(hours=1)])
def test_a_consultation_must_close_after_it_opens(db, closes):
    page = ConsultationPage(title="x", slug="x", opens_at=OPENS, closes_at=closes)
    with pytest.raises(ValidationError) as raised:
        page.clean()
    with translation.override("en"):
        assert raised.value.message_dict == {
            "closes_at": ["A consultation must close after it opens."]
        }


def test_audience_labels_follow_the_editors_order(db):
    page = ConsultationPage(audiences=["regulator", "patient", "unknown"])
    with translation.override("en"):
        assert page.audience_labels() == ["Regulator", "Patient"]
    assert len(StakeholderRole.choices) == 9


@pytest.fixture
def consultations(site):
    """An English index with one consultation in each phase, linked to a protocol and a
    regulation that also exist in Dutch."""
    owner_nl = factories.centre(site)
    owner_en = factories.centre(site, language="en", translation_of=owner_nl)
    sop_nl = factories.protocol(owner_nl, identifier="DARE-SOP-0001")
    sop_en = factories.protocol(
        owner_en, identifier="DARE-SOP-0001", title="Leukapheresis receipt", translation_of=sop_nl
    )
    regulation = factories.regulation(site, title="ATMP Regulation", language="en")
    index_nl = consultation_factories.consultation_index(site["home_nl"], "nl")
    index = consultation_factories.consultation_index(
        site["home_en"], "en", translation_of=index_nl
    )
    pages = {
        "open": consultation_factories.consultation(
            index, title="Storage time", protocols=[sop_en], regulations=[regulation]
        ),
        "open_later": consultation_factories.consultation(
            index, title="Closing later", closes_in=timedelta(days=40)
        ),
        "upcoming": consultation_factories.consultation(
            index, title="Freezing", opens_in=timedelta(days=3), closes_in=timedelta(days=30)
        ),
        "closed": consultation_factories.consultation(
            index, title="Labels", opens_in=timedelta(days=-60), closes_in=timedelta(days=-30)
        ),
        "outcome": consultation_factories.consultation(
            index,
            title="Release",
            opens_in=timedelta(days=-40),
            closes_in=timedelta(days=-2),
            outcome="<p>The QP decides after a written request.</p>",
        ),
    }
    return {"index": index, "index_nl": index_nl, "sop_nl": sop_nl, "sop_en": sop_en, **pages}


def section_titles(html: str, section: str) -> list[str]:
    from html.parser import HTMLParser

    class Titles(HTMLParser):
        def __init__(self):
            super().__init__()
            self.depth, self.in_section, self.in_title, self.titles = 0, False, False, []

        def handle_starttag(self, tag, attrs):
            attrs = dict(attrs)
            if tag == "section" and attrs.get("id") == section:
                self.in_section = True
            if self.in_section and tag == "h3":
                self.in_title = True
                self.titles.append("")

        def handle_endtag(self, tag):
            if tag == "section":
                self.in_section = False
            if tag == "h3":
                self.in_title = False

        def handle_data(self, data):
            if self.in_title:
                self.titles[-1] += data

    parser = Titles()
    parser.feed(html)
    return [title.strip() for title in parser.titles]


def test_index_lists_open_upcoming_and_closed(client, consultations):
    response = client.get(consultations["index"].url)
    html = response.content.decode()
    assert response.status_code == 200
    assert section_titles(html, "open") == ["Storage time", "Closing later"]
    assert section_titles(html, "upcoming") == ["Freezing"]
    assert section_titles(html, "closed") == ["Release", "Labels"]
    assert 'lang="en"' in html
    feed = consultations["index"].url + "feed/"
    assert f'<link rel="alternate" type="application/atom+xml" href="{feed}"' in html


def test_index_in_dutch_says_when_a_section_is_empty(client, consultations):
    html = client.get(consultations["index_nl"].url).content.decode()
    assert '<html lang="nl">' in html
    assert "Er is nu geen consultatie open." in html
    assert "Er zijn geen consultaties aangekondigd." in html
    assert "Er zijn nog geen consultaties gesloten." in html


def test_open_consultation_shows_its_parts(client, consultations):
    html = client.get(consultations["open"].url).content.decode()
    assert '<span class="phase phase--open">Open</span>' in html
    assert "Wij willen weten wat u vindt. Het gaat om de tijd tot de bewerking." in html
    assert "<li>Is een bewaartijd van 24 uur haalbaar in uw centrum?</li>" in html
    assert "<dd>Patient, Clinician</dd>" in html
    sop = consultations["sop_en"]
    assert (
        f'<a href="{sop.url}"><span class="identifier">DARE-SOP-0001</span> '
        "<span>Leukapheresis receipt</span></a>" in html
    )
    assert "ATMP Regulation" in html
    assert 'id="outcome"' not in html
    assert '<nav class="breadcrumbs"' in html


def test_linked_protocol_is_shown_in_the_consultation_language(client, consultations):
    """An editor who picked the Dutch SOP for the English consultation: readers get the
    English translation."""
    page = consultations["open"]
    link = page.linked_protocols.get()
    link.protocol = consultations["sop_nl"]
    link.save()
    html = client.get(page.url).content.decode()
    assert f'<a href="{consultations["sop_en"].url}">' in html
    assert consultations["sop_nl"].url not in html


def test_outcome_only_once_closed(client, consultations):
    html = client.get(consultations["outcome"].url).content.decode()
    assert '<span class="phase phase--outcome_published">Outcome published</span>' in html
    assert "<p>The QP decides after a written request.</p>" in html
    early = consultations["open"]
    early.outcome = "<p>Premature conclusion.</p>"
    factories.publish(early)
    assert "Premature conclusion." not in client.get(early.url).content.decode()


def test_times_are_shown_in_amsterdam(client, consultations):
    page = consultations["upcoming"]
    page.opens_at = datetime(2030, 7, 1, 8, 30, tzinfo=UTC)  # 10:30 in Amsterdam (summer)
    page.closes_at = datetime(2030, 12, 1, 8, 30, tzinfo=UTC)  # 09:30 in Amsterdam (winter)
    factories.publish(page)
    html = client.get(page.url).content.decode()
    assert '<time datetime="2030-07-01T10:30:00+02:00">1 July 2030, 10:30</time>' in html
    assert '<time datetime="2030-12-01T09:30:00+01:00">1 December 2030, 09:30</time>' in html


HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'"


def test_editor_text_is_escaped(client, consultations):
    page = consultations["outcome"]
    page.title = HOSTILE
    page.summary = HOSTILE
    page.plain_summary = HOSTILE
    page.questions = consultation_factories.questions(HOSTILE)
    page.background = f"<p>{HOSTILE.replace('<', '&lt;')}</p>"
    factories.publish(page)
    for url in (page.url, consultations["index"].url):
        html = client.get(url).content.decode()
        assert "<script>alert(1)" not in html
        assert "<img src=x" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" in html


def _queries(client, url) -> int:
    client.get(url)  # warm per-process caches (site root paths, menus)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def _attach(page, count: int) -> None:
    for number in range(count):
        document = Document.objects.create(
            title=f"Annex {number}", file=ContentFile(b"%PDF-1.4", name=f"annex-{number}.pdf")
        )
        ConsultationAttachment.objects.create(page=page, document=document)


def test_consultation_page_queries_do_not_grow_with_links(client, site):
    owner = factories.centre(site, language="en")
    protocols = [
        factories.protocol(owner, identifier=f"DARE-SOP-{n:04d}", title=f"SOP {n}")
        for n in range(1, 13)
    ]
    regulations = [
        factories.regulation(site, title=f"Rule {n}", language="en", reference=f"R {n}")
        for n in range(1, 9)
    ]
    index = consultation_factories.consultation_index(site["home_en"], "en")
    one = consultation_factories.consultation(
        index, title="One", protocols=protocols[:1], regulations=regulations[:1]
    )
    many = consultation_factories.consultation(
        index, title="Many", protocols=protocols, regulations=regulations
    )
    _attach(one, 1)
    _attach(many, 10)
    assert _queries(client, many.url) == _queries(client, one.url)


def test_index_queries_do_not_grow_with_consultations(client, site):
    index = consultation_factories.consultation_index(site["home_en"], "en")
    consultation_factories.consultation(index, title="First")
    few = _queries(client, index.url)
    for number in range(12):
        consultation_factories.consultation(
            index,
            title=f"Consultation {number}",
            opens_in=timedelta(days=number - 6),
            closes_in=timedelta(days=number - 3),
        )
    assert _queries(client, index.url) == few


def test_unpublished_consultations_are_not_listed(client, consultations):
    consultations["closed"].unpublish()
    response = client.get(consultations["index"].url)
    assert section_titles(response.content.decode(), "closed") == ["Release"]


def test_phase_follows_the_clock(consultations, monkeypatch):
    page = ConsultationPage.objects.get(pk=consultations["upcoming"].pk)
    assert page.phase == ConsultationPhase.ANNOUNCED
    later = timezone.now() + timedelta(days=5)
    monkeypatch.setattr(timezone, "now", lambda: later)
    assert page.phase == ConsultationPhase.OPEN
