"""The audit trail: a version released through a two-step review workflow (centre QA, then the
harmonisation committee, with one rejection on the way) shows on the public version history as
its dates and approving roles, never people, and in the admin with every step and its user."""

from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from knowledge import factories
from knowledge.audit import audit_trail
from knowledge.editorial_roles import ensure_centre_roles
from knowledge.models import ProtocolPage
from knowledge.models.mixins import default_next_review
from knowledge.tests.editing import publish_in_admin

PEOPLE = {
    "editor": ("Eva", "Editor", "eva.editor@umcu.example"),
    "reviewer": ("Quinten", "Reviewer", "quinten.qa@umcu.example"),
    "committee": ("Carla", "Committee", "carla.committee@dare.example"),
}


def person(username, group):
    first, last, email = PEOPLE[username]
    user = get_user_model().objects.create_user(
        username, email, "pw", first_name=first, last_name=last
    )
    user.groups.add(group)
    return user


@pytest.fixture
def reviewed(db):
    """Version 1 published by a script (no review); version 2 drafted by the editor, rejected
    by the centre's QA reviewer, mended, resubmitted and approved by QA and the committee."""
    site = factories.build_site()
    owner = factories.centre(site, code="umcu", title="UMC Utrecht")
    centre = owner.centre
    ensure_centre_roles(centre)
    committee_group, _ = Group.objects.get_or_create(name="Harmonisation committee")
    editor = person("editor", centre.editors)
    reviewer = person("reviewer", centre.reviewers)
    committee = person("committee", committee_group)
    for codename in ("change_page", "publish_page"):  # the last approval publishes
        GroupPagePermission.objects.get_or_create(
            group=committee_group,
            page=owner,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    page = factories.protocol(owner, identifier="DARE-SOP-0001")

    workflow = Workflow.objects.create(name="Harmonised SOP review")
    for order, (name, group) in enumerate(
        [("UMC Utrecht QA review", centre.reviewers), ("Harmonisation committee", committee_group)]
    ):
        task = GroupApprovalTask.objects.create(name=name)
        task.groups.set([group])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})

    page = ProtocolPage.objects.get(pk=page.pk)
    page.version, page.change_note = 2, "Houdtijd toegevoegd."
    page.save_revision(user=editor, log_action=True)
    workflow.start(page, editor)
    page = ProtocolPage.objects.get(pk=page.pk)
    page.current_workflow_task_state.specific.reject(user=reviewer, comment="Houdtijd ontbreekt.")
    page = ProtocolPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    page.change_note = "Houdtijd van 30 minuten toegevoegd."
    page.save_revision(user=editor, log_action=True)
    page.current_workflow_state.resume(user=editor)
    page = ProtocolPage.objects.get(pk=page.pk)
    page.current_workflow_task_state.specific.approve(user=reviewer, comment="Akkoord.")
    page = ProtocolPage.objects.get(pk=page.pk)
    page.current_workflow_task_state.specific.approve(user=committee)
    page = ProtocolPage.objects.get(pk=page.pk)
    return {"site": site, "owner": owner, "page": page, "editor": editor}


def test_the_trail_follows_each_version_from_draft_to_publication(reviewed):
    page = reviewed["page"]
    assert list(page.published_versions.order_by("number").values_list("number", flat=True)) == [
        1,
        2,
    ]
    trail = audit_trail(page, page.published_versions.all(), with_users=True)
    second, first = trail.released
    assert [
        (entry.action, entry.user.username if entry.user else None) for entry in second.entries
    ] == [
        ("wagtail.edit", "editor"),
        ("wagtail.workflow.start", "editor"),
        ("wagtail.workflow.reject", "reviewer"),
        ("wagtail.edit", "editor"),
        ("wagtail.workflow.resume", "editor"),
        ("wagtail.workflow.approve", "reviewer"),
        ("wagtail.workflow.approve", "committee"),
        ("wagtail.publish", "committee"),
    ]
    assert [approval.role for approval in second.approvals] == [
        "UMC Utrecht QA review",
        "Harmonisation committee",
    ]
    assert second.publication.revision_id == second.version.revision_id
    assert [entry.action for entry in first.entries] == ["wagtail.create", "wagtail.publish"]
    assert first.approvals == []
    assert trail.unreleased == []


def test_work_after_the_last_release_is_not_part_of_it(reviewed):
    page = reviewed["page"]
    page.save_revision(user=reviewed["editor"], log_action=True)
    trail = audit_trail(page, page.published_versions.all())
    assert [entry.action for entry in trail.unreleased] == ["wagtail.edit"]
    assert len(trail.released[0].entries) == 8


def _history_rows(client, page) -> list[list[str]]:
    response = client.get(page.version_history_url)
    assert response.status_code == 200
    table = BeautifulSoup(response.content, "html.parser").select_one("table.versions")
    return [
        [" ".join(cell.get_text(" ", strip=True).split()) for cell in row.find_all(["th", "td"])]
        for row in table.select("tbody tr")
    ], response.content.decode()


def test_public_history_shows_dates_and_approving_roles_never_people(client, reviewed):
    page = reviewed["page"]
    rows, html = _history_rows(client, page)
    published = {
        trail.version.number: trail.published_at
        for trail in audit_trail(page, page.published_versions.all()).released
    }
    day = "{d.day} {month} {d.year}"
    months = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december",
    ]  # fmt: skip

    def dutch(moment):
        local = moment.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Amsterdam"))
        return day.format(d=local, month=months[local.month - 1])

    assert [row[0] for row in rows] == ["Versie 2 actueel", "Versie 1"]
    assert rows[0][4] == dutch(published[2])
    assert rows[0][5] == (
        f"UMC Utrecht QA review, {dutch(published[2])} "
        f"Harmonisation committee, {dutch(published[2])}"
    )
    assert rows[1][5] == "Geen beoordeling vastgelegd"
    for first, last, email in PEOPLE.values():
        assert first not in html and last not in html and email not in html
    assert "editor" not in html.lower().replace("editorial", "")


def test_public_history_in_english(client, reviewed):
    page_en = factories.protocol(
        factories.centre(
            reviewed["site"], code="umcu", title="UMC Utrecht", language="en",
            translation_of=reviewed["owner"],
        ),
        identifier="DARE-SOP-0001",
        title="Leukapheresis receipt",
        translation_of=reviewed["page"],
    )  # fmt: skip
    rows, _ = _history_rows(client, page_en)
    assert rows[0][0] == "Version 1 current"
    assert rows[0][5] == "No review recorded"


def test_public_history_queries_do_not_grow_with_versions(client, reviewed):
    page = reviewed["page"]
    with CaptureQueriesContext(connection) as two:
        client.get(page.version_history_url)
    for number in (3, 4, 5):
        factories.new_version(page, number, change_note=f"Versie {number}.")
    page = ProtocolPage.objects.get(pk=page.pk)
    with CaptureQueriesContext(connection) as five:
        response = client.get(page.version_history_url)
    assert response.content.decode().count("Geen beoordeling vastgelegd") == 4
    assert len(five) == len(two)


def test_admin_trail_names_every_step_and_person(client, reviewed):
    page = reviewed["page"]
    client.force_login(reviewed["editor"])
    url = reverse("knowledge_audit_trail", args=[page.pk])
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert url in edit.content.decode()
    response = client.get(url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    first_table = soup.select("table.listing")[0]
    steps = [
        [cell.get_text(" ", strip=True) for cell in row.find_all("td")][1:3]
        for row in first_table.select("tbody tr")
    ]
    assert steps == [
        ["Concept opgeslagen", "Eva Editor"],
        ["Ingediend ter beoordeling", "Eva Editor"],
        ["Wijzigingen gevraagd", "Quinten Reviewer"],
        ["Concept opgeslagen", "Eva Editor"],
        ["Opnieuw ingediend", "Eva Editor"],
        ["Goedgekeurd", "Quinten Reviewer"],
        ["Goedgekeurd", "Carla Committee"],
        ["Gepubliceerd", "Carla Committee"],
    ]
    assert "Houdtijd ontbreekt." in first_table.get_text()


def test_admin_trail_is_refused_to_other_centres_editors(client, reviewed):
    client.force_login(reviewed["editor"])
    not_a_document = reverse("knowledge_audit_trail", args=[reviewed["owner"].pk])
    # (Django's LocaleMiddleware first tries the language-prefixed path, which is no page either.)
    assert client.get(not_a_document, follow=True).status_code == 404
    other = factories.centre(reviewed["site"], code="sanquin", title="Sanquin")
    ensure_centre_roles(other.centre)
    outsider = get_user_model().objects.create_user("outsider", "o@sanquin.example", "pw")
    outsider.groups.add(other.centre.editors)
    client.force_login(outsider)
    response = client.get(reverse("knowledge_audit_trail", args=[reviewed["page"].pk]))
    # Wagtail's refusal in the admin: back to the dashboard, with a message.
    assert (response.status_code, response.url) == (302, "/admin/")


# ---- next review date ---------------------------------------------------------------------
def test_next_review_defaults_to_two_years_after_the_effective_date(db):
    site = factories.build_site()
    page = factories.protocol(factories.centre(site), effective_date=date(2025, 1, 15))
    assert page.next_review_date == date(2027, 1, 15)
    assert default_next_review(date(2024, 2, 29)) == date(2026, 2, 28)


def test_editor_leaving_next_review_empty_gets_the_default(editor_client, db):
    site = factories.build_site()
    page = factories.protocol(factories.centre(site))
    ProtocolPage.objects.filter(pk=page.pk).update(next_review_date=None)
    response = publish_in_admin(
        editor_client, page, version=2, effective_date="2026-04-01", change_note="Nieuw."
    )
    assert response.status_code == 302
    assert ProtocolPage.objects.get(pk=page.pk).next_review_date == date(2028, 4, 1)


def test_next_review_before_the_effective_date_is_refused_keeping_what_was_typed(editor_client, db):
    site = factories.build_site()
    page = factories.protocol(factories.centre(site))
    response = publish_in_admin(
        editor_client,
        page,
        version=2,
        effective_date="2026-04-01",
        next_review_date="2026-03-31",
        change_note="Typed by the editor.",
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "De volgende herziening moet na de ingangsdatum liggen." in html
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("input[name=next_review_date]")["value"] == "2026-03-31"
    assert (
        soup.select_one("textarea[name=change_note]").get_text().strip() == "Typed by the editor."
    )
    assert ProtocolPage.objects.get(pk=page.pk).version == 1
