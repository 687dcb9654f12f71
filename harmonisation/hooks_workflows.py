"""Wagtail hooks that keep the review workflows in step: a centre's set-up makes its
workflows, and a page that becomes (or stops being) a harmonised reference gets (or loses)
the workflow that adds the committee's approval."""

from wagtail import hooks
from wagtail.models import WorkflowPage

from harmonisation import workflows
from harmonisation.models import HarmonisedReference


@hooks.register("ensure_centre_roles")
def centre_workflows(centre):
    return workflows.ensure_centre_workflows(centre)


@hooks.register("ensure_editorial_roles")
def committee_and_reference_workflows():
    _task, changes = workflows.ensure_committee()
    return changes + workflows.ensure_all_reference_workflows()


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def reference_saved(request, instance):
    if isinstance(instance, HarmonisedReference):
        workflows.release_stale_reference_workflows()
        workflows.ensure_reference_workflow(instance)


@hooks.register("after_delete_snippet")
def references_deleted(request, instances):
    if any(isinstance(instance, HarmonisedReference) for instance in instances):
        workflows.release_stale_reference_workflows()


@hooks.register("before_edit_page")
def reference_review_before_submission(request, page):
    """A translation of a reference made after the reference was marked (copy for
    translation) is the same reference: it gets the committee's review before anyone can
    submit it from the editor. One query for a page that is not a reference."""
    reference = HarmonisedReference.objects.filter(translation_key=page.translation_key).first()
    if reference is not None and not WorkflowPage.objects.filter(page=page).exists():
        workflows.ensure_reference_workflow(reference)
