"""Released versions are the public record centres and inspectors rely on: no publish path
rewrites one, only a higher number releases changed content, and exactly one is current."""

import logging

import pytest
from django.db.models import ProtectedError
from wagtail.models import Page
from wagtail.test.utils.form_data import rich_text

from knowledge import factories
from knowledge.models import ProtocolPage, PublishedVersion
from knowledge.sections import plain_text
from knowledge.tests.editing import edit_form_data, publish_in_admin


def _released(page) -> list[tuple]:
    """Every recorded version of ``page`` as it stands, newest first."""
    return list(
        PublishedVersion.objects.filter(page=page)
        .order_by("-number")
        .values_list("number", "title", "sections", "revision_id", "published_at")
    )


@pytest.fixture
def sop_at_v3(site):
    owner = factories.centre(site, language="en", title="Sanquin", code="sanquin")
    page = factories.protocol(owner, title="Controlled-rate freezing", step_count=2)
    factories.new_version(page, 2, purpose="<p>Freeze CAR-T cells at a controlled rate.</p>")
    return factories.new_version(page, 3, purpose="<p>Freeze cells at -1 °C/min.</p>")


def test_the_issue_sequence_never_rewrites_a_released_version(editor_client, sop_at_v3):
    """v3 → set 4 and publish → publish unchanged → set 2 and publish (issue 16)."""
    sop = sop_at_v3
    before = _released(sop)
    assert [row[0] for row in before] == [3, 2, 1]

    response = publish_in_admin(editor_client, sop, version=4)
    assert response.status_code == 302
    after_4 = _released(sop)
    assert [row[0] for row in after_4] == [4, 3, 2, 1]
    assert after_4[1:] == before

    response = publish_in_admin(editor_client, sop)  # unchanged
    assert response.status_code == 302
    assert _released(sop) == after_4

    live_revision = Page.objects.get(pk=sop.pk).live_revision_id
    response = publish_in_admin(
        editor_client, sop, version=2, purpose=rich_text("<p>Freeze at -2 °C/min.</p>")
    )
    assert response.status_code == 200  # the form again, with the message
    assert response.context["form"].errors["version"] == [
        "Versie 4 is al uitgebracht, dus deze pagina kan niet als versie 2 worden "
        "gepubliceerd. Gebruik 5 of hoger."
    ]
    assert _released(sop) == after_4
    assert Page.objects.get(pk=sop.pk).live_revision_id == live_revision


def test_changed_content_under_the_released_number_is_refused_before_publishing(
    editor_client, sop_at_v3
):
    response = publish_in_admin(
        editor_client, sop_at_v3, purpose=rich_text("<p>Freeze at -2 °C/min.</p>")
    )
    assert response.status_code == 200
    assert response.context["form"].errors["version"] == [
        "Versie 3 is al uitgebracht met andere inhoud. Geef deze gewijzigde inhoud een hoger "
        "versienummer: 4 of hoger."
    ]
    assert ProtocolPage.objects.get(pk=sop_at_v3.pk).purpose == "<p>Freeze cells at -1 °C/min.</p>"


def test_a_draft_may_hold_changes_before_the_number_is_raised(editor_client, sop_at_v3):
    page = ProtocolPage.objects.get(pk=sop_at_v3.pk)
    data = edit_form_data(page, purpose=rich_text("<p>Freeze at -2 °C/min.</p>"))
    response = editor_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302
    draft = ProtocolPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert plain_text(draft.purpose) == "Freeze at -2 °C/min."


def test_submitting_to_a_workflow_is_checked_like_publishing(editor_client, sop_at_v3):
    page = ProtocolPage.objects.get(pk=sop_at_v3.pk)
    data = {
        **edit_form_data(page, version=1),
        "action-submit": "action-submit",
    }
    response = editor_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["version"]


def test_publishing_outside_the_editor_never_overwrites_a_version(sop_at_v3, caplog):
    """Commands, scheduled publishing and code skip what the editor's form would refuse."""
    before = _released(sop_at_v3)
    with caplog.at_level(logging.WARNING, logger="knowledge.services"):
        factories.new_version(sop_at_v3, 2, purpose="<p>Rewritten.</p>")
        factories.new_version(sop_at_v3, 3, purpose="<p>Rewritten.</p>")
    assert _released(sop_at_v3) == before
    assert [record.levelname for record in caplog.records] == ["WARNING", "WARNING"]


def test_republishing_unchanged_content_records_nothing(sop_at_v3):
    before = _released(sop_at_v3)
    factories.publish(sop_at_v3)
    assert _released(sop_at_v3) == before


def test_only_the_newest_version_is_current(client, sop_at_v3):
    response = client.get(f"{sop_at_v3.url}versions/")
    rows = [row.split("</tr>")[0] for row in response.text.split("<tr>")[2:]]
    assert len(rows) == 3
    assert "current" in rows[0] and "<td>Effective</td>" in rows[0]
    for row in rows[1:]:
        assert "current" not in row
        assert "<td>Superseded</td>" in row


def test_a_page_with_released_versions_cannot_be_deleted_in_the_editor(editor_client, sop_at_v3):
    owner = sop_at_v3.get_parent()
    for page in (sop_at_v3, owner):
        response = editor_client.post(f"/admin/pages/{page.pk}/delete/", follow=True)
        assert Page.objects.filter(pk=page.pk).exists()
        messages = [str(message) for message in response.context["messages"]]
        assert messages == [
            "Deze pagina kan niet worden verwijderd, omdat zij of een pagina eronder "
            "uitgebrachte versies in de openbare versiegeschiedenis heeft. Zet de pagina "
            "offline of zet de status van het document op Ingetrokken."
        ]
    assert [row[0] for row in _released(sop_at_v3)] == [3, 2, 1]


def test_a_page_without_released_versions_can_still_be_deleted(editor_client, site):
    owner = factories.centre(site, language="en", title="Sanquin", code="sanquin")
    draft = factories.protocol(owner, live=False)
    response = editor_client.post(f"/admin/pages/{draft.pk}/delete/")
    assert response.status_code == 302
    assert not Page.objects.filter(pk=draft.pk).exists()


def test_code_cannot_delete_released_versions_with_their_page(sop_at_v3):
    with pytest.raises(ProtectedError):
        Page.objects.get(pk=sop_at_v3.pk).delete()
