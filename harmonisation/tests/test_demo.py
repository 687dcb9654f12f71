"""The harmonisation demo: what `make demo` promises (issue 17), loaded once per module
through the real command, and a second run that changes nothing."""

import io
from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from wagtail.models import Page

from harmonisation import rules
from harmonisation.demo import data
from harmonisation.models import (
    Adoption,
    AdoptionStatus,
    Deviation,
    HarmonisationPage,
    HarmonisedReference,
    WorkingGroup,
)
from harmonisation.workflows import COMMITTEE_GROUP
from knowledge.models import Centre, ProtocolPage, PublishedVersion, QCMethodPage
from knowledge.releases import sections_of


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Loaded once for the module, inside a transaction rolled back at its end."""
    with django_db_blocker.unblock(), transaction.atomic():
        output = io.StringIO()
        call_command("load_demo_content", stdout=output)
        yield output.getvalue()
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_every_centre_has_a_record_for_every_reference_in_every_status(demo):
    references = HarmonisedReference.objects.count()
    assert references == len(data.REFERENCES) >= 10
    pairs = Counter(Adoption.objects.values_list("centre_id", "reference_id"))
    assert len(pairs) == Centre.objects.count() * references == 11 * references
    assert set(pairs.values()) == {1}
    assert set(Adoption.objects.values_list("status", flat=True)) == set(AdoptionStatus.values)
    assert WorkingGroup.objects.count() == 4
    assert {"CAR-T-productie", "CAR-T manufacturing"} <= set(
        WorkingGroup.objects.values_list("name_nl", flat=True)
    ) | set(WorkingGroup.objects.values_list("name_en", flat=True))


@pytest.mark.django_db
def test_some_centres_follow_an_older_version_of_the_reference(demo):
    older = []
    for record in Adoption.objects.exclude(followed_version=None).select_related(
        "followed_version", "reference"
    ):
        current = PublishedVersion.objects.filter(page=record.reference.page).order_by("-number")
        if record.followed_version.number < current.first().number:
            older.append((record.centre.code, record.reference.page.specific.identifier))
    assert ("erasmus-mc", "DARE-SOP-0001") in older  # follows v2; v3 is current
    assert len(older) >= 3


@pytest.mark.django_db
def test_every_record_keeps_the_admin_rules(demo):
    for record in Adoption.objects.all():
        record.full_clean()
        anchors = list(record.deviations.values_list("anchor", flat=True))
        assert rules.deviation_errors(record.local_sop, anchors) == {}
        if record.status == AdoptionStatus.ADOPTED_WITH_DEVIATIONS:
            assert anchors and all(record.deviations.values_list("why", flat=True))
        else:
            assert anchors == []
        assert record.contact_name and record.contact_email


@pytest.mark.django_db
def test_a_local_sop_differs_from_its_reference_where_its_deviation_says(demo):
    record = Adoption.objects.get(
        centre__code="lumc", reference__page__protocolpage__identifier="DARE-SOP-0001"
    )
    local_nl = record.local_sop.specific
    local_en = ProtocolPage.objects.get(identifier="LUMC-SOP-0001", locale__language_code="en")
    assert (local_nl.identifier, local_en.identifier) == ("LUMC-SOP-0001", "LUMC-SOP-0001")
    assert local_nl.live and local_nl.get_parent().specific.centre.code == "lumc"
    assert PublishedVersion.objects.filter(page=local_nl).count() == 1

    step = record.deviations.get(what__startswith="Viable CD3+")
    steps_nl = {block.id: block.value for block in local_nl.procedure}
    steps_en = {block.id: block.value for block in local_en.procedure}
    assert step.anchor in steps_nl and step.anchor in steps_en  # one anchor, both languages
    assert "dual platform" in str(steps_nl[step.anchor]["text"])
    reference_steps = [block.value for block in record.reference.page.specific.procedure]
    assert steps_nl[step.anchor]["title"] == reference_steps[6]["title"]
    assert steps_nl[step.anchor]["text"].source != reference_steps[6]["text"].source

    # the same sections as the reference, one step left out where Amsterdam UMC declares it
    amsterdam = Adoption.objects.get(
        centre__code="amsterdam-umc", reference__page__protocolpage__identifier="DARE-SOP-0035"
    )
    local = {s["key"]: s for s in sections_of(amsterdam.local_sop.specific)}
    reference = {s["key"]: s for s in sections_of(amsterdam.reference.page.specific)}
    assert local.keys() == reference.keys()
    assert len(local["procedure"]["items"]) == len(reference["procedure"]["items"]) - 1
    assert list(amsterdam.deviations.values_list("anchor", flat=True)) == ["procedure"]


@pytest.mark.django_db
def test_a_centre_that_wrote_the_reference_adopts_it_as_is(demo):
    record = Adoption.objects.get(
        centre__code="sanquin", reference__page__protocolpage__identifier="DARE-SOP-0007"
    )
    assert record.status == AdoptionStatus.ADOPTED
    assert record.local_sop_id == record.reference.page_id
    assert record.followed_version.number == 3


@pytest.mark.django_db
def test_local_sops_are_bilingual_and_owned_by_their_centre(demo):
    local = ProtocolPage.objects.filter(identifier__regex=r"^(?!DARE-)")
    local_qc = QCMethodPage.objects.filter(identifier__regex=r"^(?!DARE-)")
    assert local.count() % 2 == 0 and local.count() >= 10
    assert local_qc.count() >= 4
    for page in [*local, *local_qc]:
        prefix = page.identifier.split("-")[0]
        (code,) = [code for code, centre in data.CENTRES.items() if centre["prefix"] == prefix]
        assert page.live and page.get_parent().specific.centre.code == code


@pytest.mark.django_db
def test_the_harmonisation_page_is_in_the_menu_in_both_languages(demo):
    nl = HarmonisationPage.objects.get(locale__language_code="nl")
    en = HarmonisationPage.objects.get(locale__language_code="en")
    assert nl.translation_key == en.translation_key
    assert (nl.url, en.url) == ("/nl/harmonisatie/", "/en/harmonisation/")
    assert nl.live and en.live and nl.show_in_menus and en.show_in_menus


@pytest.mark.django_db
def test_running_twice_changes_nothing(demo):
    models = (Page, PublishedVersion, Adoption, Deviation, HarmonisedReference, WorkingGroup)
    before = [list(model.objects.order_by("pk").values_list("pk", flat=True)) for model in models]
    stamps = list(Adoption.objects.order_by("pk").values_list("updated_at", flat=True))
    users = get_user_model().objects.count()
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    after = [list(model.objects.order_by("pk").values_list("pk", flat=True)) for model in models]
    assert before == after
    assert list(Adoption.objects.order_by("pk").values_list("updated_at", flat=True)) == stamps
    assert get_user_model().objects.count() == users
    assert "committee-member" in output.getvalue()


@pytest.mark.django_db
def test_the_committee_member_is_printed_and_logs_in(client, demo):
    printed = demo.split("Demo accounts")[1].splitlines()
    assert printed[1].split()[0] == "admin"
    username, password = printed[2].split()[:2]
    assert username == "committee-member"
    member = get_user_model().objects.get(username=username)
    assert list(member.groups.values_list("name", flat=True)) == [COMMITTEE_GROUP]
    response = client.post(reverse("account_login"), {"login": username, "password": password})
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
