"""The demo's discussions: participants of each role and a comment moderator who can log in,
threads in both languages on the open and the closed consultation (none on the announced one),
comments anchored to steps of the linked SOPs' latest released versions, a draft among them, a
reported comment in the queue; loading twice adds nothing."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from knowledge import factories as knowledge_factories
from knowledge.demo.loader import DEMO_PASSWORD, LoadReport
from knowledge.models import PublishedVersion
from stakeholders.demo import load_demo_content
from stakeholders.demo.threads import PARTICIPANTS
from stakeholders.models import Comment, ConsultationPage, Endorsement, Report
from stakeholders.moderation import MODERATE_PERMISSION


@pytest.fixture
def knowledge(site):
    """DARE-SOP-0001 in both languages, with a released version whose third step is the
    identity check; DARE-SOP-0039, whose latest version (2) is a draft with its own steps."""
    owner_nl = knowledge_factories.centre(site, code="amsterdam-umc", title="Amsterdam UMC")
    owner_en = knowledge_factories.centre(
        site, code="amsterdam-umc", title="Amsterdam UMC", language="en", translation_of=owner_nl
    )

    def procedure(titles):
        return knowledge_factories.stream(
            "step",
            [{"title": title, "text": f"<p>{title}.</p>", "critical": False} for title in titles],
        )

    sop_nl = knowledge_factories.protocol(
        owner_nl,
        procedure=procedure(["Documentcontrole", "Transport", "Identiteitscontrole", "Acceptatie"]),
    )
    knowledge_factories.protocol(
        owner_en,
        title="Leukapheresis",
        procedure=procedure(["Document check", "Transport", "Identity check", "Acceptance"]),
        translation_of=sop_nl,
    )

    labelling_nl = knowledge_factories.protocol(
        owner_nl, identifier="DARE-SOP-0039", title="Etikettering", procedure=procedure(["DIN"])
    )
    labelling_en = knowledge_factories.protocol(
        owner_en,
        identifier="DARE-SOP-0039",
        title="Labelling",
        procedure=procedure(["DIN"]),
        translation_of=labelling_nl,
    )
    for sop, titles in (
        (labelling_nl, ["Identiteit", "Etiketten", "Ontvangst", "Verificatie aan het bed"]),
        (labelling_en, ["Identity", "Labels", "Receipt", "Bedside verification"]),
    ):
        knowledge_factories.new_version(sop, 2, status="draft", procedure=procedure(titles))


def _steps(version: PublishedVersion) -> dict[str, str]:
    (procedure,) = [section for section in version.sections if section["key"] == "procedure"]
    return {item["id"]: item["title"] for item in procedure["items"]}


def _state():
    return (
        sorted(Comment.objects.values_list("pk", "created_at", "endorsement_count")),
        Endorsement.objects.count(),
        Report.objects.count(),
        get_user_model().objects.count(),
    )


def test_the_demo_discussions_load_once_in_both_languages(knowledge):
    report = LoadReport()
    load_demo_content(report)

    pages = {page.slug: page for page in ConsultationPage.objects.all()}
    open_nl, open_en = (
        pages["ontvangst-leukaferesemateriaal"],
        pages["receipt-of-leukapheresis-material"],
    )
    closed_en = pages["exceptional-release"]
    for page in (open_nl, open_en, closed_en, pages["uitzonderlijke-vrijgifte"]):
        comments = Comment.objects.filter(consultation=page)
        assert comments.filter(depth=0).count() >= 3
        assert comments.filter(depth__gt=0).exists()
        assert all(page.opens_at < c.created_at < page.closes_at for c in comments)
        assert len({c.author.stakeholder_profile.role for c in comments}) >= 4
    for slug in ("stikstofvrij-invriezen", "nitrogen-free-freezing"):
        assert not Comment.objects.filter(consultation=pages[slug]).exists()
    assert (
        "Mijn cellen waren een keer"
        in Comment.objects.get(consultation=open_nl, depth=0, author__username="demo-patient").text
    )
    assert Comment.objects.filter(consultation=open_en, text__startswith="As a patient").exists()

    dates = sorted(
        Comment.objects.filter(consultation=open_en).values_list("created_at", flat=True)
    )
    assert dates[-1] - dates[0] > (open_en.closes_at - open_en.opens_at) / 10

    anchored = Comment.objects.filter(consultation=open_en, depth=0).exclude(anchor="")
    released = PublishedVersion.objects.get(
        page__locale__language_code="en", page__protocolpage__identifier="DARE-SOP-0001"
    )
    draft = PublishedVersion.objects.get(
        page__locale__language_code="en",
        page__protocolpage__identifier="DARE-SOP-0039",
        number=2,
    )
    assert draft.status == "draft"
    for version, titles in (
        (released, {"Identity check", "Acceptance"}),
        (draft, {"Bedside verification", "Receipt"}),
    ):
        on_version = anchored.filter(version=version)
        steps = _steps(version)
        assert {steps[comment.anchor] for comment in on_version} == titles
        replies = Comment.objects.filter(thread__in=on_version)
        assert replies and all(reply.anchor in steps for reply in replies)
    assert anchored.count() == 4
    draft_nl = PublishedVersion.objects.get(
        page__locale__language_code="nl",
        page__protocolpage__identifier="DARE-SOP-0039",
        number=2,
    )
    assert {
        _steps(draft_nl)[comment.anchor]
        for comment in Comment.objects.filter(consultation=open_nl, depth=0, version=draft_nl)
    } == {"Verificatie aan het bed", "Ontvangst"}

    reported = Comment.objects.get(consultation=open_nl, open_report_count=1)
    assert reported.author.username == "demo-industry" and reported.is_visible
    assert (
        Comment.objects.get(
            consultation=open_nl, author__username="demo-patient", depth=0
        ).endorsement_count
        == 3
    )

    accounts = {username: description for username, _password, description in report.accounts}
    for person in PARTICIPANTS:
        user = get_user_model().objects.get(username=person["username"])
        assert user.check_password(DEMO_PASSWORD)
        assert EmailAddress.objects.get(user=user).verified
        assert user.stakeholder_profile.display_name == person["display_name"]
        assert person["username"] in accounts
    moderator = get_user_model().objects.get(username="moderator")
    assert moderator.has_perm(MODERATE_PERMISSION)
    assert moderator.has_perm("wagtailadmin.access_admin")
    assert "moderator" in accounts

    before = _state()
    load_demo_content(LoadReport())
    assert _state() == before
