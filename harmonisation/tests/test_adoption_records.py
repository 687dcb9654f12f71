"""Adoption records: the rules a record keeps, and that a centre's editors keep only their
own centre's records in the admin."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from harmonisation import factories
from harmonisation.models import Adoption, AdoptionStatus
from knowledge.models import PublishedVersion

pytestmark = pytest.mark.django_db


def first_step_anchor(page):
    return page.specific.procedure[0].id


def test_a_record_that_follows_the_reference_is_valid(harmonised_site):
    record = factories.adoption(
        harmonised_site["centre_b"],
        harmonised_site["reference"],
        local_sop=harmonised_site["local_b"],
    )
    record.full_clean()
    assert record.followed_version.number == 2


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ("another_centres_sop", "local_sop", "The local SOP must be a document of Sanquin."),
        ("version_of_another_document", "followed_version", "belongs to another document"),
        ("no_followed_version", "followed_version", "Say which version of the reference"),
        ("no_local_sop", "local_sop", "Name the local SOP"),
    ],
)
def test_a_record_that_breaks_a_rule_is_refused_on_its_field(
    harmonised_site, change, field, message
):
    record = Adoption(
        centre=harmonised_site["centre_b"].centre,
        reference=harmonised_site["reference"],
        status=AdoptionStatus.ADOPTED,
        status_date="2026-03-01",
        local_sop=harmonised_site["local_b"],
        followed_version=factories.latest_version(harmonised_site["reference_page"]),
    )
    if change == "another_centres_sop":
        record.local_sop = harmonised_site["reference_page"]
    elif change == "version_of_another_document":
        record.followed_version = PublishedVersion.objects.get(page=harmonised_site["local_b"])
    elif change == "no_followed_version":
        record.followed_version = None
    else:
        record.local_sop = None
    with pytest.raises(ValidationError) as refusal, translation.override("en"):
        record.full_clean()
    assert list(refusal.value.message_dict) == [field]
    assert message in refusal.value.message_dict[field][0]


def test_planned_needs_neither_local_sop_nor_version(harmonised_site):
    record = Adoption(
        centre=harmonised_site["centre_b"].centre,
        reference=harmonised_site["reference"],
        status=AdoptionStatus.PLANNED,
        status_date="2026-03-01",
    )
    record.full_clean()


def edit_url(record):
    return reverse("adoptions:edit", args=[record.pk])


def form_data(harmonised_site, record=None, deviations=(), **changes):
    """What the admin form posts for an adoption of centre B, with ``deviations`` as
    (anchor, what, why) triples."""
    version = factories.latest_version(harmonised_site["reference_page"])
    data = {
        "centre": harmonised_site["centre_b"].centre.pk,
        "reference": harmonised_site["reference"].pk,
        "status": AdoptionStatus.ADOPTED_WITH_DEVIATIONS,
        "status_date": "2026-03-01",
        "local_sop": harmonised_site["local_b"].pk,
        "followed_version": version.pk,
        "contact_name": "QA Sanquin",
        "contact_email": "qa@sanquin.example",
        "note": "",
        "deviations-TOTAL_FORMS": str(len(deviations)),
        "deviations-INITIAL_FORMS": "0",
        "deviations-MIN_NUM_FORMS": "0",
        "deviations-MAX_NUM_FORMS": "1000",
    }
    for position, (anchor, what, why) in enumerate(deviations):
        data.update(
            {
                f"deviations-{position}-anchor": anchor,
                f"deviations-{position}-what": what,
                f"deviations-{position}-why": why,
                f"deviations-{position}-ORDER": str(position + 1),
                f"deviations-{position}-id": "",
                f"deviations-{position}-DELETE": "",
            }
        )
    data.update(changes)
    return data


def test_an_editor_records_an_adoption_with_a_deviation(client, harmonised_site, editor_b):
    client.force_login(editor_b)
    anchor = first_step_anchor(harmonised_site["local_b"])
    response = client.post(
        reverse("adoptions:add"),
        form_data(harmonised_site, deviations=[(anchor, "30 min instead of 20", "Our centrifuge")]),
    )
    assert response.status_code == 302, response.context["form"].errors
    record = Adoption.objects.get()
    assert [(d.anchor, d.why) for d in record.deviations.all()] == [(anchor, "Our centrifuge")]


def test_a_deviation_on_an_unknown_anchor_is_refused_and_the_text_kept(
    client, harmonised_site, editor_b
):
    client.force_login(editor_b)
    response = client.post(
        reverse("adoptions:add"),
        form_data(harmonised_site, deviations=[("no-such-step", "Longer spin, typed", "Reason")]),
    )
    assert response.status_code == 200
    assert Adoption.objects.count() == 0
    content = response.content.decode()
    assert "Het lokale SOP heeft geen onderdeel of stap “no-such-step”." in content  # nl admin
    assert "Longer spin, typed" in content


def test_a_deviation_without_a_reason_is_refused(client, harmonised_site, editor_b):
    client.force_login(editor_b)
    anchor = first_step_anchor(harmonised_site["local_b"])
    response = client.post(
        reverse("adoptions:add"),
        form_data(harmonised_site, deviations=[(anchor, "Longer spin", "")]),
    )
    assert response.status_code == 200
    assert Adoption.objects.count() == 0
    deviation_form = response.context["form"].formsets["deviations"].forms[0]
    assert list(deviation_form.errors) == ["why"]


def test_an_editor_cannot_pick_another_centre(client, harmonised_site, editor_a):
    client.force_login(editor_a)
    response = client.post(reverse("adoptions:add"), form_data(harmonised_site))
    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["centre"]


def test_an_editor_sees_and_edits_only_own_centre_records(
    client, harmonised_site, editor_a, editor_b
):
    record = factories.adoption(
        harmonised_site["centre_b"],
        harmonised_site["reference"],
        status=AdoptionStatus.PLANNED,
    )
    client.force_login(editor_a)
    assert client.get(reverse("adoptions:index")).context["object_list"].count() == 0
    assert client.get(edit_url(record), follow=True).status_code == 404
    assert (
        client.post(reverse("adoptions:delete", args=[record.pk]), follow=True).status_code == 404
    )
    assert Adoption.objects.filter(pk=record.pk).exists()

    client.force_login(editor_b)
    assert list(client.get(reverse("adoptions:index")).context["object_list"]) == [record]
    assert client.get(edit_url(record), follow=True).status_code == 200
    assert client.post(reverse("adoptions:delete", args=[record.pk])).status_code == 302
    assert not Adoption.objects.filter(pk=record.pk).exists()
