"""The Atom feed of consultations per language, consultations in the public search, the demo
consultations and the editor's readability hint."""

from datetime import UTC, datetime
from io import StringIO
from xml.etree import ElementTree

import pytest
from django.utils import timezone, translation
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from knowledge import factories
from knowledge.demo.loader import LoadReport
from search import facets
from search.projection import all_documents
from search.service import search
from stakeholders import factories as consultation_factories
from stakeholders.demo import load_demo_content
from stakeholders.models import ConsultationIndexPage, ConsultationPage, ConsultationPhase
from tests.search_support import rebuild_search_index

ATOM = "{http://www.w3.org/2005/Atom}"
HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>"


def _feed(client, index):
    response = client.get(index.url + "feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ElementTree.fromstring(response.content)  # noqa: S314 - the site's own feed


def test_feed_per_language_with_escaped_content(client, site):
    index_nl = consultation_factories.consultation_index(site["home_nl"], "nl")
    index_en = consultation_factories.consultation_index(
        site["home_en"], "en", translation_of=index_nl
    )
    consultation_factories.consultation(
        index_nl, title=HOSTILE, slug="gevaar", plain_summary=HOSTILE
    )
    consultation_factories.consultation(index_en, title="Storage time", plain_summary="Short.")

    feed = _feed(client, index_nl)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "nl"
    (entry,) = feed.findall(f"{ATOM}entry")
    assert entry.find(f"{ATOM}title").text == HOSTILE  # a text construct: shown as text
    summary = entry.find(f"{ATOM}summary")
    assert summary.get("type") == "html"
    # The HTML a reader renders holds the payload as escaped text, not as markup.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;" in summary.text
    assert "<script" not in summary.text and "<img" not in summary.text
    assert "Open: van " in summary.text

    feed = _feed(client, index_en)
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert [e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")] == ["Storage time"]
    link = feed.findall(f"{ATOM}entry")[0].find(f"{ATOM}link").get("href")
    assert link.endswith("/en/consultations/storage-time/")


def test_consultations_join_the_search(site):
    index = consultation_factories.consultation_index(site["home_nl"], "nl")
    page = consultation_factories.consultation(
        index,
        title="Bewaartijd van leukaferesemateriaal",
        background="<p>De vriescurve van stamcellen verschilt per centrum.</p>",
    )
    (document,) = [d for d in all_documents() if d.key == f"page:{page.pk}"]
    assert document.type == "consultation"
    assert document.language == "nl"
    assert document.url == page.url
    assert "Is een bewaartijd van 24 uur haalbaar in uw centrum?" in document.body
    assert "De vriescurve van stamcellen verschilt per centrum." in document.body
    assert "Patiënt" in document.body  # the audiences, in the page's language
    assert document.date == timezone.localdate(page.opens_at)
    with translation.override("nl"):
        assert str(facets.TYPE_LABELS["consultation"]) == "Consultatie"

    rebuild_search_index()
    outcome = search("vriescurve", language="nl", filters={"type": "consultation"})
    assert [hit.url for hit in outcome.hits] == [page.url]
    assert outcome.facet_counts["type"] == {"consultation": 1}


def _knowledge_for_demo(site):
    owner_nl = factories.centre(site, code="amsterdam-umc", title="Amsterdam UMC")
    owner_en = factories.centre(
        site, code="amsterdam-umc", title="Amsterdam UMC", language="en", translation_of=owner_nl
    )
    sop_nl = factories.protocol(owner_nl, identifier="DARE-SOP-0001")
    sop_en = factories.protocol(
        owner_en, identifier="DARE-SOP-0001", title="Leukapheresis", translation_of=sop_nl
    )
    regulation = factories.regulation(
        site, title="SoHO-verordening", reference="Regulation (EU) 2024/1938"
    )
    return sop_nl, sop_en, regulation


def test_demo_consultations_one_per_phase_in_both_languages_and_idempotent(site):
    sop_nl, sop_en, regulation = _knowledge_for_demo(site)
    report = LoadReport()
    load_demo_content(report)
    assert report.created == {"consultation index": 2, "consultation": 6}

    now = timezone.now()
    for language in ("nl", "en"):
        index = ConsultationIndexPage.objects.get(locale__language_code=language)
        assert index.live and index.show_in_menus
        pages = ConsultationPage.objects.child_of(index).live().order_by("opens_at")
        assert [page.phase_at(now) for page in pages] == [
            ConsultationPhase.OUTCOME_PUBLISHED,
            ConsultationPhase.OPEN,
            ConsultationPhase.ANNOUNCED,
        ]
    open_nl = ConsultationPage.objects.get(slug="ontvangst-leukaferesemateriaal")
    open_en = ConsultationPage.objects.get(slug="receipt-of-leukapheresis-material")
    assert open_nl.translation_key == open_en.translation_key
    assert [link.protocol for link in open_nl.linked_protocols.all()] == [sop_nl]
    assert [link.protocol for link in open_en.linked_protocols.all()] == [sop_en]
    assert [link.regulation for link in open_nl.linked_regulations.all()] == [regulation]
    assert open_en.linked_regulations.count() == 0  # no English SoHO page in this site

    before = list(ConsultationPage.objects.values_list("pk", "opens_at", "closes_at"))
    again = LoadReport()
    load_demo_content(again)
    assert again.created == {}
    assert again.skipped == {"consultation index": 2, "consultation": 6}
    assert list(ConsultationPage.objects.values_list("pk", "opens_at", "closes_at")) == before


def test_the_knowledge_demo_loader_runs_the_consultation_demo(site, monkeypatch):
    """load_demo_content finds stakeholders.demo by app, without importing it by name."""
    from knowledge.demo.loader import DemoLoader

    calls = []
    monkeypatch.setattr(
        "stakeholders.demo.load_demo_content",
        lambda report, stdout=None: calls.append(report),
    )
    loader = DemoLoader(stdout=StringIO())
    loader._other_apps()
    assert calls == [loader.report]


@pytest.fixture
def editor(admin_client, settings):
    settings.MFA_REQUIRED_FOR_STAFF = False  # the second factor is tested with the accounts
    return admin_client


def test_editor_gets_the_readability_hint(editor, site):
    index = consultation_factories.consultation_index(site["home_en"], "en")
    page = consultation_factories.consultation(index, title="Storage time")
    response = editor.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'src="/static/stakeholders/readability.js"' in html
    assert 'data-field="plain_summary"' in html
    assert 'data-max-sentence-words="15" data-long-word-letters="13"' in html
    assert "stakeholders/readability-admin.css" in html


def _edit_form(page, **changes) -> dict:
    fields = {
        "title": page.title,
        "slug": page.slug,
        "summary": page.summary,
        "opens_at": "2026-03-02 10:00",
        "closes_at": "2026-04-01 17:00",
        "questions": streamfield([("question", "Is 24 uur haalbaar?")]),
        "plain_summary": page.plain_summary,
        "background": rich_text(page.background),
        "outcome": rich_text(""),
        "linked_protocols": inline_formset([]),
        "linked_regulations": inline_formset([]),
        "attachments": inline_formset([]),
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
        "action-publish": "action-publish",
    }
    fields.update(changes)
    data = nested_form_data(fields)
    data["audiences"] = ["patient", "regulator"]  # ticked boxes: one value each
    return data


def test_editor_publishes_with_amsterdam_times(editor, site):
    index = consultation_factories.consultation_index(site["home_en"], "en")
    page = consultation_factories.consultation(index, title="Storage time")
    response = editor.post(f"/admin/pages/{page.pk}/edit/", _edit_form(page))
    assert response.status_code == 302
    page = ConsultationPage.objects.get(pk=page.pk)
    assert page.opens_at == datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # 10:00 in Amsterdam (CET)
    assert page.closes_at == datetime(2026, 4, 1, 15, 0, tzinfo=UTC)  # 17:00 CEST
    assert page.audiences == ["patient", "regulator"]
    assert [block.value for block in page.questions] == ["Is 24 uur haalbaar?"]


def test_editor_closing_before_opening_keeps_what_was_typed(editor, site):
    index = consultation_factories.consultation_index(site["home_en"], "en")
    page = consultation_factories.consultation(index, title="Storage time")
    typed = "Wij vragen uw mening. Het gaat om de bewaartijd."
    response = editor.post(
        f"/admin/pages/{page.pk}/edit/",
        _edit_form(page, closes_at="2026-03-01 10:00", plain_summary=typed),
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["closes_at"] == ["Een consultatie moet sluiten nadat ze opent."]
    assert form["plain_summary"].value() == typed
    assert ConsultationPage.objects.get(pk=page.pk).closes_at != form.data["closes_at"]
