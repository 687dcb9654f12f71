"""The demo loader builds the whole bilingual site once and a second run changes nothing.
One module-scoped database keeps this to a single (slow) load."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page

from knowledge.models import (
    CentrePage,
    GlossaryTerm,
    ProtocolPage,
    PublishedVersion,
    QCMethodPage,
    RegulatoryItemPage,
)


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        output = io.StringIO()
        call_command("load_demo_content", stdout=output)
        yield output.getvalue()
        Page.objects.filter(depth__gt=1).delete()
        GlossaryTerm.objects.all().delete()


def _live(model, language):
    return model.objects.live().filter(locale__language_code=language)


@pytest.mark.django_db
def test_demo_site_has_the_promised_content_in_both_languages(demo):
    for language in ("nl", "en"):
        assert _live(CentrePage, language).count() == 11
    assert ProtocolPage.objects.live().values("translation_key").distinct().count() >= 40
    assert QCMethodPage.objects.live().values("translation_key").distinct().count() >= 20
    assert RegulatoryItemPage.objects.live().values("translation_key").distinct().count() >= 30
    assert GlossaryTerm.objects.count() >= 60
    assert "admin" in demo and "editor-umcu" in demo


@pytest.mark.django_db
def test_some_protocols_have_three_or_more_versions(demo):
    counts = [
        PublishedVersion.objects.filter(page=page).count() for page in ProtocolPage.objects.live()
    ]
    assert sum(1 for count in counts if count >= 3) >= 3


@pytest.mark.django_db
def test_some_pages_exist_in_one_language_only(demo):
    keys_nl = set(_live(ProtocolPage, "nl").values_list("translation_key", flat=True))
    keys_en = set(_live(ProtocolPage, "en").values_list("translation_key", flat=True))
    assert keys_nl - keys_en and keys_en - keys_nl


@pytest.mark.django_db
def test_running_twice_creates_no_duplicates(demo):
    before = Page.objects.count(), PublishedVersion.objects.count(), GlossaryTerm.objects.count()
    call_command("load_demo_content", stdout=io.StringIO())
    after = Page.objects.count(), PublishedVersion.objects.count(), GlossaryTerm.objects.count()
    assert before == after


@pytest.mark.django_db
def test_demo_pages_render(client, demo):
    for model in (ProtocolPage, QCMethodPage, RegulatoryItemPage, CentrePage):
        page = model.objects.live().first()
        assert client.get(page.url).status_code == 200
    assert client.get("/nl/").status_code == 200 and client.get("/en/").status_code == 200
