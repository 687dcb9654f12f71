"""The demo loader builds the whole bilingual site once and a second run changes nothing.
One module-scoped database keeps this to a single (slow) load."""

import io
import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from knowledge.demo.data import glossary
from knowledge.demo.schema import DemoDataError, validate_all
from knowledge.models import (
    Centre,
    CentrePage,
    GlossaryTerm,
    GlossaryTermExclusion,
    ProtocolPage,
    PublishedVersion,
    QCMethodPage,
    RegulatoryItemPage,
)
from knowledge.selectors import glossary_terms_in, page_text
from stakeholders.models import Comment, ConsultationPage, ConsultationPhase


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo content, loaded once for the module inside a transaction that is rolled back
    at its end, so no later test in this worker meets demo pages, accounts or workflows."""
    with django_db_blocker.unblock(), transaction.atomic():
        output = io.StringIO()
        call_command("load_demo_content", stdout=output)
        yield output.getvalue()
        transaction.set_rollback(True)


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
    models = (Page, PublishedVersion, GlossaryTerm, GlossaryTermExclusion)
    before = [model.objects.count() for model in models]
    call_command("load_demo_content", stdout=io.StringIO())
    after = [model.objects.count() for model in models]
    assert before == after


@pytest.mark.django_db
def test_every_centre_has_an_editor_and_a_reviewer_who_can_log_in(demo):
    for centre in Centre.objects.all():
        assert {
            user.username for user in get_user_model().objects.filter(groups=centre.editors)
        } == {f"editor-{centre.code}"}
        assert {
            user.username for user in get_user_model().objects.filter(groups=centre.reviewers)
        } == {f"reviewer-{centre.code}"}
        assert set(centre.pages.values_list("locale__language_code", flat=True)) == {"nl", "en"}
    accounts = re.findall(r"^  (\S+) ", demo, flags=re.MULTILINE)
    centre_accounts = {
        f"{role}-{code}"
        for code in Centre.objects.values_list("code", flat=True)
        for role in ("editor", "reviewer")
    }
    assert {"admin", "committee-member", *centre_accounts} <= set(accounts)
    verified = EmailAddress.objects.filter(verified=True, primary=True)
    assert sorted(verified.values_list("user__username", flat=True)) == sorted(accounts)


@pytest.mark.django_db
def test_demo_pages_render(client, demo):
    for model in (ProtocolPage, QCMethodPage, RegulatoryItemPage, CentrePage):
        page = model.objects.live().first()
        assert client.get(page.url).status_code == 200
    assert client.get("/nl/").status_code == 200 and client.get("/en/").status_code == 200


def _glossary_box_slugs(html):
    box = re.search(r'<aside class="glossary-box".*?</aside>', html, re.S)
    return re.findall(r'href="[^"]*#([\w-]+)"', box.group(0)) if box else []


@pytest.mark.django_db
def test_release_is_not_explained_where_it_means_environmental_release(client, demo):
    gmo_decree = RegulatoryItemPage.objects.live().filter(
        reference="Besluit genetisch gemodificeerde organismen milieubeheer 2013"
    )
    tissues_and_cells = RegulatoryItemPage.objects.live().get(
        reference="Directive 2004/23/EC", locale__language_code="en"
    )

    def terms_on(page):
        return [term.slug for term in glossary_terms_in(page_text(page), page=page, limit=100)]

    assert sorted(page.locale.language_code for page in gmo_decree) == ["en", "nl"]
    for page in gmo_decree:
        assert "release" not in terms_on(page)
        assert "release" not in _glossary_box_slugs(client.get(page.url).text)
    assert "release" in terms_on(tissues_and_cells)  # "processing and release of the ATMP"


def test_an_exclusion_must_name_a_known_page(monkeypatch):
    term = {**glossary.TERMS[0], "excluded_pages": ["no-such-regulation"]}
    monkeypatch.setattr(glossary, "TERMS", [term])
    with pytest.raises(DemoDataError) as raised:
        validate_all()
    assert str(raised.value) == (
        f"glossary term {term['slug']}: unknown excluded page 'no-such-regulation'"
    )


@pytest.mark.django_db
def test_the_open_consultation_discusses_the_steps_of_a_draft_sop(client, demo):
    """Participants comment on a draft before it takes effect: the open consultation's
    comments on DARE-SOP-0039 point at its draft version 2, each beside one of its steps."""
    for slug in ("receipt-of-leukapheresis-material", "ontvangst-leukaferesemateriaal"):
        consultation = ConsultationPage.objects.get(slug=slug)
        assert consultation.phase == ConsultationPhase.OPEN
        on_draft = Comment.objects.filter(
            consultation=consultation, depth=0, version__status="draft"
        ).select_related("version")
        assert on_draft.count() >= 2, slug
        versions = {comment.version for comment in on_draft}
        (version,) = versions
        assert version.number == 2 and version.page.specific.identifier == "DARE-SOP-0039"
        (procedure,) = [section for section in version.sections if section["key"] == "procedure"]
        steps = {item["id"] for item in procedure["items"]}
        assert {comment.anchor for comment in on_draft} <= steps
        view = consultation.url + consultation.reverse_subpage(
            "sop", kwargs={"protocol_pk": version.page_id}
        )
        html = client.get(view).content.decode()
        for comment in on_draft:
            assert f'id="comment-{comment.pk}"' in html, slug


@pytest.mark.django_db
def test_every_printed_demo_account_logs_in_at_once(client, demo):
    accounts = re.findall(r"^  (\S+)\s+(\S+)\s+\S.*$", demo.split("Demo accounts")[1], re.M)
    assert accounts[0][0] == "admin"
    assert len(accounts) > 2 + 2 * Centre.objects.count()  # also participants (stakeholders)
    for username, password in accounts:
        client.logout()
        cache.clear()  # one visitor logging in this often meets the login rate limit
        response = client.post(reverse("account_login"), {"login": username, "password": password})
        assert response.status_code == 302, username
        assert response.url != reverse("account_email_verification_sent"), username
        user = get_user_model().objects.get(username=username)
        if user.has_perm("wagtailadmin.access_admin"):
            assert client.get("/admin/").status_code == 200, username
        else:  # a participant: logged in on the public site
            assert client.get("/en/accounts/profile/").status_code == 200, username


def test_the_demo_accounts_heading_says_where_staff_and_participants_log_in(demo):
    heading = demo.split("Demo accounts")[1].splitlines()[0]
    assert "/admin/" in heading
    for language in ("en", "nl"):
        with translation.override(language):
            assert reverse("account_login") in heading, language


def test_make_demo_prints_the_accounts_after_building_the_search_index(demo):
    output = io.StringIO()
    call_command("load_demo_content", "--with-search-index", stdout=output)
    text = output.getvalue()
    assert text.index("Demo accounts") > text.index("Rebuilt the tantivy search index")
    assert re.match(r"  \S+\s+dare-demo-2026\s", text.rstrip().splitlines()[-1])
