"""A two-centre site with roles, review workflows and content of every kind for the workflow
and permission tests: pages (live and draft, in Dutch with English centre pages), a
document and an image in each centre's collection, and an adoption record per centre."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db.models import Model
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from harmonisation import factories, workflows
from harmonisation.models import AdoptionStatus
from knowledge import factories as knowledge
from knowledge.editorial_roles import ensure_centre_roles


def make_user(username, *groups, **extra):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw", **extra)
    user.groups.add(*groups)
    return user


def centre_content(site, centre_page, code, title):
    """A centre's English page, a live protocol with two versions, a draft, and media."""
    knowledge.centre(site, code=code, title=title, language="en", translation_of=centre_page)
    live = knowledge.protocol(
        centre_page, identifier=f"{code.upper()}-SOP-0200", title=f"Gepubliceerd {title}"
    )
    knowledge.new_version(live, 2, change_note="Tweede versie.")
    draft = knowledge.protocol(
        centre_page, identifier=f"{code.upper()}-SOP-0300", title=f"Concept {title}", live=False
    )
    draft.draft_title = f"Concept {title} herzien"
    for title_of_revision in (f"Concept {title}", f"Concept {title} herzien"):
        draft.title = title_of_revision
        draft.save_revision()
    centre = centre_page.centre
    ensure_centre_roles(centre)
    document = get_document_model().objects.create(
        title=f"Document {title}",
        file=ContentFile(b"scan", name=f"{code}.txt"),
        collection=centre.collection,
    )
    image = get_image_model().objects.create(
        title=f"Afbeelding {title}", file=get_test_image_file(), collection=centre.collection
    )
    return {"live": live, "draft": draft, "document": document, "image": image}


def build_workflow_site(site):
    """``site`` (``build_harmonised_site()``) plus, per centre ("a": UMC Utrecht, "b":
    Sanquin), content of every kind, an editor, a reviewer and an adoption record; a committee
    member; and the review workflows as ``setup_editorial_roles`` leaves them."""
    roles = {}
    for key, page, title in (
        ("a", site["centre_a"], "UMC Utrecht"),
        ("b", site["centre_b"], "Sanquin"),
    ):
        content = centre_content(site, page, page.centre.code, title)
        centre = page.centre
        centre.refresh_from_db()
        roles[key] = {
            **content,
            "centre": centre,
            "editor": make_user(f"editor-{key}", centre.editors),
            "reviewer": make_user(f"reviewer-{key}", centre.reviewers),
        }
    roles["a"]["adoption"] = factories.adoption(
        site["centre_a"], site["reference"], status=AdoptionStatus.PLANNED
    )
    roles["b"]["adoption"] = factories.adoption(
        site["centre_b"], site["reference"], local_sop=site["local_b"]
    )
    workflows.ensure_all_reference_workflows()
    committee_task, _ = workflows.ensure_committee()
    committee = make_user("committee", committee_task.groups.get())
    return {**site, **roles, "committee": committee}


@pytest.fixture
def workflow_site(harmonised_site):
    """``build_workflow_site()`` for one test."""
    return build_workflow_site(harmonised_site)


def read_again(value):
    """``value`` (a model instance, or a dict of them, nested) as the database holds it now:
    a site shared between tests must not hand a test the objects an earlier test changed in
    memory."""
    if isinstance(value, dict):
        return {key: read_again(item) for key, item in value.items()}
    if isinstance(value, Model):
        return type(value)._default_manager.get(pk=value.pk)
    return value
