"""Editorial review with Wagtail's own workflows: a centre's editors draft and submit, the
centre's reviewers approve or request changes, and a harmonised reference also needs the
harmonisation committee. Publishing happens only when the last task is approved (editors and
reviewers hold no publish permission, see ``knowledge.editorial_roles``), so nothing is
public before approval.

What exists per centre, made and kept in step by ``ensure_centre_workflows`` (through the
``ensure_centre_roles`` hook, so ``setup_editorial_roles`` and the centre admin make it):

- the task "<centre> QA review", approved by the centre's reviewer group;
- the workflow "<centre> review" = [QA review], on the centre's page in every language (so on
  every protocol and QC method under it);
- the workflow "<centre> harmonised reference review" = [QA review, committee approval], on
  each of the centre's pages that is a harmonised reference, in every language.

Every task is a ``FourEyesApprovalTask``: nobody approves or rejects work they submitted or
wrote. Wagtail e-mails the task's group when a page reaches it (``task_submitted``)."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    AbstractGroupApprovalTask,
    Page,
    Revision,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from knowledge.models import Centre
from knowledge.ownership import owner_of

COMMITTEE_GROUP = "Harmonisation committee"
COMMITTEE_TASK = "Harmonisation committee approval"
# A reference no centre owns (e.g. under a consortium section) needs the committee alone.
UNOWNED_REFERENCE_WORKFLOW = "Harmonised reference review"


class FourEyesApprovalTask(AbstractGroupApprovalTask):
    """Wagtail's group approval, except that a member of the group may not approve or reject
    what they submitted or wrote themselves: the four-eyes principle of GMP document
    control. The actions are not offered to them, and an action posted anyway is refused."""

    class Meta:
        verbose_name = _("four-eyes approval task")
        verbose_name_plural = _("four-eyes approval tasks")

    @classmethod
    def get_description(cls):
        return _(
            "Members of the chosen groups approve or request changes, except on work they "
            "submitted or wrote themselves"
        )

    def get_actions(self, obj, user):
        # Group membership first: it is cached per user, so listings shown to people outside
        # the group cost no queries for the four-eyes check.
        actions = super().get_actions(obj, user)
        if actions and is_own_work(obj, user):
            return []
        return actions

    @transaction.atomic
    def on_action(self, task_state, user, action_name, **kwargs):
        offered = self.get_actions(task_state.workflow_state.content_object, user)
        if action_name not in [name for name, _label, _needs_form in offered]:
            raise PermissionDenied
        return super().on_action(task_state, user, action_name, **kwargs)


def is_own_work(obj, user) -> bool:
    """Whether ``user`` submitted the workflow in progress on ``obj``, or wrote any of the
    revisions it would publish (those after the live one)."""
    state = obj.current_workflow_state
    if state is None:
        return False
    if state.requested_by_id == user.pk:
        return True
    unpublished = Revision.objects.for_instance(obj).filter(user_id=user.pk)
    live_revision_id = getattr(obj, "live_revision_id", None)
    if live_revision_id is not None:
        unpublished = unpublished.filter(pk__gt=live_revision_id)
    return unpublished.exists()


class CentreWorkflows(models.Model):
    """Which task and workflows are a centre's, so renaming the centre renames them and
    ``setup_editorial_roles`` finds them again instead of making new ones."""

    centre = models.OneToOneField(Centre, on_delete=models.CASCADE, related_name="workflows")
    review_task = models.ForeignKey(
        FourEyesApprovalTask, on_delete=models.PROTECT, related_name="+"
    )
    review = models.ForeignKey(Workflow, on_delete=models.PROTECT, related_name="+")
    reference_review = models.ForeignKey(Workflow, on_delete=models.PROTECT, related_name="+")

    class Meta:
        verbose_name = _("centre workflows")
        verbose_name_plural = _("centre workflows")

    def __str__(self):
        return str(self.centre)


@dataclass
class _Names:
    task: str
    review: str
    reference_review: str

    @classmethod
    def of(cls, centre: Centre) -> _Names:
        return cls(
            task=f"{centre.name_en} QA review",
            review=f"{centre.name_en} review",
            reference_review=f"{centre.name_en} harmonised reference review",
        )


# ---- services ------------------------------------------------------------------------------
@transaction.atomic
def ensure_committee() -> tuple[FourEyesApprovalTask, list[str]]:
    """The harmonisation committee's group (with admin access) and its approval task."""
    changes = []
    group, created = Group.objects.get_or_create(name=COMMITTEE_GROUP)
    if created:
        changes.append(f"group '{COMMITTEE_GROUP}' created")
    if not group.permissions.filter(codename="access_admin").exists():
        group.permissions.add(
            Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
        )
        changes.append(f"{COMMITTEE_GROUP}: access_admin granted")
    task = FourEyesApprovalTask.objects.filter(groups=group).order_by("pk").first()
    if task is None:
        task = FourEyesApprovalTask.objects.create(name=COMMITTEE_TASK)
        task.groups.set([group])
        changes.append(f"task '{COMMITTEE_TASK}' created")
    return task, changes


@transaction.atomic
def ensure_centre_workflows(centre: Centre) -> list[str]:
    """The centre's review task and workflows (see the module docstring), assigned on its
    centre pages and on its harmonised reference pages; returns what changed, one line each.
    Expects the centre's reviewer group (``ensure_centre_roles`` makes it first)."""
    committee_task, changes = ensure_committee()
    names = _Names.of(centre)
    existing = CentreWorkflows.objects.filter(centre=centre).first()
    if existing is None:
        task = FourEyesApprovalTask.objects.create(name=names.task)
        existing = CentreWorkflows.objects.create(
            centre=centre,
            review_task=task,
            review=Workflow.objects.create(name=names.review),
            reference_review=Workflow.objects.create(name=names.reference_review),
        )
        changes.append(f"workflows of '{centre.name_en}' created")
    changes += _renamed(existing.review_task, names.task)
    changes += _renamed(existing.review, names.review)
    changes += _renamed(existing.reference_review, names.reference_review)
    if not existing.review_task.groups.filter(pk=centre.reviewers_id).exists():
        existing.review_task.groups.add(centre.reviewers)
        changes.append(f"{names.task}: approved by '{centre.reviewers.name}'")
    changes += _with_tasks(existing.review, [existing.review_task])
    changes += _with_tasks(existing.reference_review, [existing.review_task, committee_task])
    for centre_page in centre.pages.all():
        changes += _assign(existing.review, centre_page)
        for page in _reference_pages().filter(path__startswith=centre_page.path):
            changes += _assign(existing.reference_review, page)
    return changes


def ensure_reference_workflow(reference) -> list[str]:
    """Give a harmonised reference's pages (every language) their review workflow: called
    when a reference is saved in the admin, and by ``setup_editorial_roles``."""
    changes = []
    for page in Page.objects.filter(translation_key=reference.translation_key):
        centre = owner_of(page)
        if centre is None:
            committee_task, changes_committee = ensure_committee()
            changes += changes_committee
            workflow, created = Workflow.objects.get_or_create(name=UNOWNED_REFERENCE_WORKFLOW)
            changes += [f"workflow '{UNOWNED_REFERENCE_WORKFLOW}' created"] if created else []
            changes += _with_tasks(workflow, [committee_task])
        else:
            if not CentreWorkflows.objects.filter(centre=centre).exists():
                changes += ensure_centre_workflows(centre)
            workflow = CentreWorkflows.objects.get(centre=centre).reference_review
        changes += _assign(workflow, page)
    return changes


def release_stale_reference_workflows() -> list[str]:
    """A page that is no longer a reference goes back to its centre's workflow (the one on
    the centre page above it): its own reference workflow link is removed."""
    reference_workflows = [
        *CentreWorkflows.objects.values_list("reference_review", flat=True),
        *Workflow.objects.filter(name=UNOWNED_REFERENCE_WORKFLOW).values_list("pk", flat=True),
    ]
    stale = (
        WorkflowPage.objects.select_related("page")
        .filter(workflow_id__in=reference_workflows)
        .exclude(page__in=_reference_pages())
    )
    changes = [f"reference workflow removed from '{link.page.title}'" for link in stale]
    stale.delete()
    return changes


def ensure_all_reference_workflows() -> list[str]:
    """Every harmonised reference's workflow; for ``setup_editorial_roles``."""
    from harmonisation.models import HarmonisedReference

    changes = release_stale_reference_workflows()
    for reference in HarmonisedReference.objects.all():
        changes += ensure_reference_workflow(reference)
    return changes


def _reference_pages():
    from harmonisation.models import HarmonisedReference

    keys = HarmonisedReference.objects.values("translation_key")
    return Page.objects.filter(translation_key__in=keys)


def _renamed(obj, name: str) -> list[str]:
    if obj.name == name:
        return []
    old_name, obj.name = obj.name, name
    obj.save(update_fields=["name"])
    return [f"'{old_name}' renamed to '{name}'"]


def _with_tasks(workflow: Workflow, tasks: list) -> list[str]:
    """Make ``workflow``'s tasks exactly ``tasks``, in that order."""
    current = list(
        WorkflowTask.objects.filter(workflow=workflow)
        .order_by("sort_order")
        .values_list("task_id", flat=True)
    )
    wanted = [task.pk for task in tasks]
    if current == wanted:
        return []
    WorkflowTask.objects.filter(workflow=workflow).delete()
    for order, task in enumerate(tasks):
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    return [f"{workflow.name}: tasks " + " → ".join(task.name for task in tasks)]


def _assign(workflow: Workflow, page: Page) -> list[str]:
    link = WorkflowPage.objects.filter(page=page).first()
    if link is not None and link.workflow_id == workflow.pk:
        return []
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return [f"{workflow.name} on '{page.title}'"]
