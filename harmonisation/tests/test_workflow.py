"""Editorial review with Wagtail's workflows: editors draft and submit, the centre's reviewers
approve or request changes, a harmonised reference needs the committee too; nothing is public
before approval, nobody approves their own work, reviewers get Wagtail's e-mail; and
``setup_editorial_roles`` makes it all, idempotently."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page, TaskState, WorkflowPage, WorkflowState

from harmonisation.models import CentreWorkflows, HarmonisedReference
from harmonisation.tests.workflow_site import make_user
from harmonisation.workflows import COMMITTEE_GROUP, COMMITTEE_TASK
from knowledge.models import ProtocolPage
from knowledge.tests.editing import edit_form_data

pytestmark = pytest.mark.django_db


def run(*args) -> list[str]:
    out = StringIO()
    call_command("setup_editorial_roles", *args, stdout=out)
    return out.getvalue().splitlines()


def workflow_of(page):
    return WorkflowPage.objects.get(page=page).workflow.name


def task_names(workflow_name):
    from wagtail.models import Workflow

    workflow = Workflow.objects.get(name=workflow_name)
    return [task.name for task in workflow.tasks]


def submit(client, page, **changes):
    page = ProtocolPage.objects.get(pk=page.pk)
    data = {**edit_form_data(page, **changes), "action-submit": "action-submit"}
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)


def act(client, page, action, comment=""):
    task_state = TaskState.objects.get(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
    )
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, {"comment": comment})


def workflow_status(page):
    return WorkflowState.objects.filter(object_id=str(page.pk)).latest("created_at").status


def current_task(page):
    return TaskState.objects.get(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
    ).task.name


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


# ---- setup_editorial_roles -----------------------------------------------------------------
def test_setup_makes_the_committee_the_centre_workflows_and_assigns_them(harmonised_site):
    run()
    centre_a, centre_b = harmonised_site["centre_a"], harmonised_site["centre_b"]
    assert workflow_of(centre_a) == "UMC Utrecht review"
    assert workflow_of(centre_b) == "Sanquin review"
    assert task_names("UMC Utrecht review") == ["UMC Utrecht QA review"]
    assert workflow_of(harmonised_site["reference_page"]) == (
        "UMC Utrecht harmonised reference review"
    )
    assert task_names("UMC Utrecht harmonised reference review") == [
        "UMC Utrecht QA review",
        COMMITTEE_TASK,
    ]
    task = CentreWorkflows.objects.get(centre=centre_a.centre).review_task
    assert list(task.groups.values_list("name", flat=True)) == ["UMC Utrecht reviewers"]
    # the local SOP of B takes the workflow of B's centre page above it
    assert harmonised_site["local_b"].get_workflow().name == "Sanquin review"


def test_setup_run_twice_changes_nothing_the_second_time(harmonised_site):
    run()
    state = (
        WorkflowPage.objects.count(),
        sorted(WorkflowPage.objects.values_list("page_id", "workflow_id")),
        CentreWorkflows.objects.count(),
    )
    assert run() == ["[1/2] sanquin: up to date", "[2/2] umcu: up to date", "Made 0 change(s)."]
    assert (
        WorkflowPage.objects.count(),
        sorted(WorkflowPage.objects.values_list("page_id", "workflow_id")),
        CentreWorkflows.objects.count(),
    ) == state


def test_a_dry_run_says_what_it_would_do_and_does_nothing(harmonised_site):
    reference_page = harmonised_site["reference_page"]
    output = run("--dry-run")
    assert "    UMC Utrecht harmonised reference review on 'Leukaferese-ontvangst'" in output
    assert output[-1].startswith("Would make ")
    assert not WorkflowPage.objects.filter(page=reference_page).exists()


def test_setup_takes_back_the_publish_permission_editors_used_to_have(harmonised_site):
    from wagtail.models import GroupPagePermission

    centre = harmonised_site["centre_a"].centre
    GroupPagePermission.objects.create(
        group=centre.editors,
        page=harmonised_site["centre_a"],
        permission_id=GroupPagePermission._meta.get_field("permission")
        .related_model.objects.get(codename="publish_page")
        .pk,
    )
    output = run()
    assert "    UMC Utrecht editors: publish_page withdrawn on 'UMC Utrecht'" in output
    assert (
        not harmonised_site["centre_a"]
        .permissions_for_user(make_user("new-editor", centre.editors))
        .can_publish()
    )


# ---- the review ----------------------------------------------------------------------------
def test_no_centre_role_can_publish_and_a_publish_post_only_saves_a_draft(client, workflow_site):
    own = workflow_site["a"]
    for role in ("editor", "reviewer"):
        assert not own["live"].permissions_for_user(own[role]).can_publish()
    client.force_login(own["editor"])
    page = own["draft"]
    data = {**edit_form_data(ProtocolPage.objects.get(pk=page.pk)), "action-publish": "1"}
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302
    assert Page.objects.get(pk=page.pk).live is False


def test_reject_with_a_comment_mend_resubmit_and_approve_publishes(client, workflow_site):
    own = workflow_site["a"]
    page = own["draft"]
    client.force_login(own["editor"])
    assert submit(client, page).status_code == 302
    assert (workflow_status(page), current_task(page)) == ("in_progress", "UMC Utrecht QA review")
    assert recipients() == ["reviewer-a@example.org"]  # Wagtail's e-mail to the reviewers
    assert Page.objects.get(pk=page.pk).live is False

    client.force_login(own["reviewer"])
    assert act(client, page, "reject", "Stap 2 mist de houdtijd.").status_code == 302
    assert workflow_status(page) == "needs_changes"
    rejected = TaskState.objects.get(workflow_state__object_id=str(page.pk), status="rejected")
    assert (rejected.comment, rejected.finished_by) == ("Stap 2 mist de houdtijd.", own["reviewer"])

    client.force_login(own["editor"])
    mail.outbox.clear()
    assert submit(client, page, title="Concept UMC Utrecht, houdtijd").status_code == 302
    assert workflow_status(page) == "in_progress"
    assert recipients() == ["reviewer-a@example.org"]

    client.force_login(own["reviewer"])
    assert act(client, page, "approve").status_code == 302
    published = Page.objects.get(pk=page.pk)
    assert (workflow_status(page), published.live, published.title) == (
        "approved",
        True,
        "Concept UMC Utrecht, houdtijd",
    )


def test_a_harmonised_reference_needs_the_committee_after_the_centre(client, workflow_site):
    own = workflow_site["a"]
    page = workflow_site["reference_page"]
    live_revision = Page.objects.get(pk=page.pk).live_revision_id
    client.force_login(own["editor"])
    response = submit(
        client, page, title="Leukaferese-ontvangst v3", version=3, change_note="Derde."
    )
    assert response.status_code == 302, response.context["form"].errors
    client.force_login(own["reviewer"])
    mail.outbox.clear()
    assert act(client, page, "approve").status_code == 302
    assert current_task(page) == COMMITTEE_TASK
    assert recipients() == ["committee@example.org"]
    assert Page.objects.get(pk=page.pk).live_revision_id == live_revision  # not yet public

    client.force_login(workflow_site["committee"])
    assert act(client, page, "approve").status_code == 302
    published = Page.objects.get(pk=page.pk)
    assert (published.title, published.live_revision_id != live_revision) == (
        "Leukaferese-ontvangst v3",
        True,
    )


def test_nobody_approves_their_own_submission(client, workflow_site):
    own = workflow_site["a"]
    page = own["draft"]
    both = make_user("editor-and-reviewer", own["centre"].editors, own["centre"].reviewers)
    client.force_login(both)
    submit(client, page)
    task_state = TaskState.objects.get(workflow_state__object_id=str(page.pk), status="in_progress")
    assert task_state.task.specific.get_actions(page, both) == []
    for action in ("approve", "reject"):
        response = act(client, page, action)  # a forged POST
        assert (response.status_code, response.url) == (302, "/admin/")
        assert [str(m).strip() for m in get_messages(response.wsgi_request)][-1] in (
            "Sorry, you do not have permission to access this area.",
            "Sorry, je hebt geen toegang tot dit gedeelte.",
        )
    task_state.refresh_from_db()
    assert (task_state.status, Page.objects.get(pk=page.pk).live) == ("in_progress", False)
    # another reviewer of the centre may
    assert [name for name, *_ in task_state.task.specific.get_actions(page, own["reviewer"])] == [
        "reject",
        "approve",
        "approve",
    ]


def test_a_reviewer_who_wrote_a_revision_under_review_may_not_approve_it(workflow_site):
    own = workflow_site["a"]
    page = own["draft"].specific
    page.save_revision(user=own["reviewer"])
    page.get_workflow().start(page, own["editor"])
    task = page.current_workflow_task
    assert task.get_actions(page, own["reviewer"]) == []
    assert [name for name, *_ in task.get_actions(page, make_user("r2", own["centre"].reviewers))]


def test_the_four_eyes_check_costs_nothing_for_people_outside_the_group(
    workflow_site, django_assert_num_queries
):
    own = workflow_site["a"]
    page = own["draft"].specific
    page.get_workflow().start(page, own["editor"])
    task = page.current_workflow_task
    outsider = make_user("outsider", workflow_site["b"]["centre"].reviewers)
    with django_assert_num_queries(1):  # the group check, kept on the user for the request
        for _listed in range(5):
            assert task.get_actions(page, outsider) == []


# ---- a reference saved in the admin gets its workflow ---------------------------------------
def test_saving_and_deleting_a_reference_in_the_admin_assigns_and_releases_its_workflow(
    client, workflow_site
):
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(admin)
    page = workflow_site["a"]["live"]
    response = client.post(
        reverse("wagtailsnippets_harmonisation_harmonisedreference:add"),
        {"page": page.pk, "working_group": workflow_site["reference"].working_group_id},
    )
    assert response.status_code == 302
    assert workflow_of(page) == "UMC Utrecht harmonised reference review"
    reference = HarmonisedReference.objects.get(page=page)
    response = client.post(
        reverse("wagtailsnippets_harmonisation_harmonisedreference:delete", args=[reference.pk])
    )
    assert response.status_code == 302
    assert not WorkflowPage.objects.filter(page=page).exists()
    assert Page.objects.get(pk=page.pk).get_workflow().name == "UMC Utrecht review"


def test_the_committee_group_exists_with_admin_access(workflow_site):
    from django.contrib.auth.models import Group

    group = Group.objects.get(name=COMMITTEE_GROUP)
    assert list(group.permissions.values_list("codename", flat=True)) == ["access_admin"]
