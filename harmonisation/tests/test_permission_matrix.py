"""Per-centre permissions: an editor (or reviewer) of centre A is refused every action on
centre B's content, and nothing of B's changes; the same action on A's own content succeeds,
so the matrix cannot pass by refusing everything. B's unpublished drafts stay out of A's
admin search, explorer, page chooser and admin API listing.

How Wagtail refuses differs per view, and each case says which: most page and media views
redirect to the admin home with a permission message; views that look the object up among
what the user may see answer 404 (the adoption records, the admin API); a bulk action lists
what the user may not change and leaves it alone. A 404 here is followed through the
project's language redirect (``/admin/x/`` → ``/nl/admin/x/``) to the final 404."""

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.urls import reverse, reverse_lazy
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Locale, Page, TaskState
from wagtail.search.backends import get_search_backend

from harmonisation.models import Adoption
from harmonisation.tests.workflow_site import make_user
from knowledge.models import CentrePage, ProtocolPage
from knowledge.tests.editing import edit_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def workflow_site(shared_workflow_site):
    """Built once for the module: each test's changes are rolled back (``db``)."""
    return shared_workflow_site


ADMIN_HOME = "/admin/"
PERMISSION_DENIED = "Sorry, you do not have permission to access this area."
HOME = ("redirect to admin home",)
NOT_FOUND = ("404",)


def draft(own):
    return own["draft"]


def revisions(page):
    return list(page.revisions.order_by("pk").values_list("pk", flat=True))


def page_exists(page):
    return Page.objects.filter(pk=page.pk).exists()


def latest_title(page):
    return Page.objects.get(pk=page.pk).get_latest_revision().content["title"]


def publisher_of(centre, username):
    """A group with publish rights on one centre's pages only. No centre role may publish
    outside a workflow (editorial_roles), so unpublishing is tested with such a group."""
    group = Group.objects.create(name=f"{centre.name_en} publishers")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    for page in centre.pages.all():
        GroupPagePermission.objects.create(group=group, page=page, permission=publish)
    return make_user(username, group)


def submitted(own):
    """The centre's draft submitted to its review workflow by the centre's editor."""
    page = draft(own)
    page.get_workflow().start(page, own["editor"])
    return TaskState.objects.get(workflow_state__object_id=str(page.pk), status="in_progress")


@dataclass
class Case:
    name: str
    role: str  # "editor" or "reviewer" of centre A, or "publisher" (see publisher_of)
    act: Callable  # (client, own content) -> response
    state: Callable  # own content -> what the action would change
    refused: tuple
    succeeded: int  # status code on A's own content (followed redirects not)
    prepare: Callable = lambda own: None  # what must exist before the action
    changes_own: bool = True  # whether the action changes the state on A's own content


def get(url_of):
    return lambda client, own: client.get(url_of(own))


def post(url_of, data_of=lambda own: {}):
    return lambda client, own: client.post(url_of(own), data_of(own))


def unchanged(own):
    return None


def page_url(name, key="draft"):
    return lambda own: reverse(f"wagtailadmin_pages:{name}", args=[own[key].pk])


def workflow_action(action):
    def act(client, own):
        task_state = TaskState.objects.get(
            workflow_state__object_id=str(draft(own).pk), status="in_progress"
        )
        url = reverse(
            "wagtailadmin_pages:workflow_action",
            args=[draft(own).pk, action, task_state.pk],
        )
        return client.post(url, {"comment": "Graag aanpassen."})

    return act


def task_status(own):
    return list(
        TaskState.objects.filter(workflow_state__object_id=str(draft(own).pk)).values_list(
            "status", flat=True
        )
    )


def bulk_delete_url(own):
    return reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + (
        f"?id={draft(own).pk}"
    )


def centre_a_page():
    return CentrePage.objects.get(code="umcu", locale__language_code="nl")


def english(own):
    return Locale.objects.get(language_code="en")


CASES = [
    Case("edit", "editor", get(page_url("edit")), unchanged, HOME, 200),
    Case(
        "save a draft",
        "editor",
        post(
            page_url("edit"),
            lambda own: edit_form_data(ProtocolPage.objects.get(pk=draft(own).pk), title="Nieuw"),
        ),
        lambda own: latest_title(draft(own)),
        HOME,
        302,
    ),
    Case("preview of a draft", "editor", get(page_url("view_draft")), unchanged, HOME, 200),
    Case(
        "a revision",
        "editor",
        get(
            lambda own: reverse(
                "wagtailadmin_pages:revisions_view", args=[draft(own).pk, revisions(draft(own))[0]]
            )
        ),
        unchanged,
        HOME,
        200,
    ),
    Case(
        "revision compare",
        "editor",
        get(
            lambda own: reverse(
                "wagtailadmin_pages:revisions_compare",
                args=[draft(own).pk, *revisions(draft(own))[:2]],
            )
        ),
        unchanged,
        HOME,
        200,
    ),
    Case("history", "editor", get(page_url("history")), unchanged, HOME, 200),
    Case(
        "copy",
        "editor",
        post(
            page_url("copy"),
            lambda own: {
                "new_title": "Kopie",
                "new_slug": "kopie",
                "new_parent_page": draft(own).get_parent().pk,
            },
        ),
        lambda own: Page.objects.filter(slug="kopie").count(),
        HOME,
        302,
    ),
    Case(
        "copy for translation",
        "editor",
        post(
            lambda own: reverse("simple_translation:submit_page_translation", args=[draft(own).pk]),
            lambda own: {"locales": [english(own).pk]},
        ),
        lambda own: Page.objects.filter(translation_key=draft(own).translation_key).count(),
        HOME,
        302,
    ),
    Case("move (choose where)", "editor", get(page_url("move")), unchanged, HOME, 200),
    Case(
        # into centre A's own page: refused for B's draft; for A's draft it stays in place
        "move",
        "editor",
        post(
            lambda own: reverse(
                "wagtailadmin_pages:move_confirm", args=[draft(own).pk, centre_a_page().pk]
            )
        ),
        lambda own: Page.objects.get(pk=draft(own).pk).get_parent().pk,
        HOME,
        302,
        changes_own=False,
    ),
    Case(
        "unpublish",
        "publisher",
        post(page_url("unpublish", "live")),
        lambda own: Page.objects.get(pk=own["live"].pk).live,
        HOME,
        302,
    ),
    Case(
        "delete", "editor", post(page_url("delete")), lambda own: page_exists(draft(own)), HOME, 302
    ),
    Case(
        "workflow approve",
        "reviewer",
        workflow_action("approve"),
        task_status,
        HOME,
        302,
        prepare=submitted,
    ),
    Case(
        "workflow reject",
        "reviewer",
        workflow_action("reject"),
        task_status,
        HOME,
        302,
        prepare=submitted,
    ),
    Case(
        "bulk delete",
        "editor",
        post(bulk_delete_url),
        lambda own: page_exists(draft(own)),
        ("unchanged",),
        302,
    ),
    Case(
        "admin API page",
        "editor",
        get(lambda own: f"/admin/api/main/pages/{draft(own).pk}/"),
        unchanged,
        NOT_FOUND,
        200,
    ),
    Case(
        "admin API delete action",
        "editor",
        post(lambda own: f"/admin/api/main/pages/{draft(own).pk}/action/delete/"),
        lambda own: page_exists(draft(own)),
        NOT_FOUND,
        204,
    ),
    Case(
        "document edit",
        "editor",
        get(lambda own: reverse("wagtaildocs:edit", args=[own["document"].pk])),
        unchanged,
        HOME,
        200,
    ),
    Case(
        "document delete",
        "editor",
        post(lambda own: reverse("wagtaildocs:delete", args=[own["document"].pk])),
        lambda own: get_document_model().objects.filter(pk=own["document"].pk).exists(),
        HOME,
        302,
    ),
    Case(
        "image edit",
        "editor",
        get(lambda own: reverse("wagtailimages:edit", args=[own["image"].pk])),
        unchanged,
        HOME,
        200,
    ),
    Case(
        "image delete",
        "editor",
        post(lambda own: reverse("wagtailimages:delete", args=[own["image"].pk])),
        lambda own: get_image_model().objects.filter(pk=own["image"].pk).exists(),
        HOME,
        302,
    ),
    Case(
        "adoption edit",
        "editor",
        get(lambda own: reverse("adoptions:edit", args=[own["adoption"].pk])),
        unchanged,
        NOT_FOUND,
        200,
    ),
    Case(
        "adoption delete",
        "editor",
        post(lambda own: reverse("adoptions:delete", args=[own["adoption"].pk])),
        lambda own: Adoption.objects.filter(pk=own["adoption"].pk).exists(),
        NOT_FOUND,
        302,
    ),
]


def actor(workflow_site, role):
    if role == "publisher":
        return publisher_of(workflow_site["a"]["centre"], "publisher-a")
    return workflow_site["a"][role]


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_a_centre_user_is_refused_on_another_centres_content(client, workflow_site, case):
    other = workflow_site["b"]
    case.prepare(other)
    client.force_login(actor(workflow_site, case.role))
    before = case.state(other)
    response = case.act(client, other)
    if case.refused == HOME:
        assert (response.status_code, response.url) == (302, ADMIN_HOME)
        with translation.override("nl"):  # the admin speaks the site's default language
            expected = translation.gettext(PERMISSION_DENIED)
        messages = [str(message).strip() for message in get_messages(response.wsgi_request)]
        assert messages == [expected]
    elif case.refused == NOT_FOUND:
        path = response.request["PATH_INFO"]
        # the project's language redirect, then Django's 404
        assert (response.status_code, response.url) == (302, f"/nl{path}")
        assert client.get(response.url).status_code == 404
    assert case.state(other) == before


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_the_same_action_succeeds_on_the_centres_own_content(client, workflow_site, case):
    own = workflow_site["a"]
    case.prepare(own)
    client.force_login(actor(workflow_site, case.role))
    before = case.state(own)
    response = case.act(client, own)
    assert response.status_code == case.succeeded
    if case.succeeded == 302:
        assert response.url != ADMIN_HOME
    if case.state is not unchanged and case.changes_own:
        assert case.state(own) != before


def test_the_adoption_list_and_export_hold_only_the_centres_own_records(client, workflow_site):
    own, other = workflow_site["a"], workflow_site["b"]
    client.force_login(own["editor"])
    listing = client.get(reverse("adoptions:index")).content.decode()
    assert reverse("adoptions:edit", args=[own["adoption"].pk]) in listing
    assert reverse("adoptions:edit", args=[other["adoption"].pk]) not in listing
    export = client.get(reverse("adoptions:index") + "?export=csv")
    text = b"".join(export.streaming_content).decode()
    assert export.status_code == 200
    rows = text.splitlines()
    assert len(rows) == 2  # the header and centre A's one record
    assert "UMC Utrecht" in rows[1]
    assert "Sanquin" not in text


DRAFT_OF_B = "Concept Sanquin"
DRAFT_OF_A = "Concept UMC Utrecht"
LIVE_OF_B = "Gepubliceerd Sanquin"


@pytest.fixture
def indexed_drafts(workflow_site):
    """The admin's search index is not updated in tests (test settings); index the drafts."""
    backend = get_search_backend()
    for key in ("a", "b"):
        backend.add(workflow_site[key]["draft"].specific)
    return workflow_site


@pytest.mark.parametrize(
    "url",
    [
        reverse_lazy("wagtailadmin_pages:search") + "?q=Concept",
        reverse_lazy("wagtailadmin_choose_page_search") + "?q=Concept",
    ],
    ids=["admin search", "page chooser search"],
)
def test_search_finds_the_own_draft_and_not_another_centres(client, indexed_drafts, url):
    client.force_login(indexed_drafts["a"]["editor"])
    body = client.get(url).content.decode()
    assert DRAFT_OF_A in body
    assert DRAFT_OF_B not in body


def test_the_page_chooser_lists_another_centres_live_pages_but_not_its_drafts(
    client, workflow_site
):
    client.force_login(workflow_site["a"]["editor"])
    other = client.get(
        reverse("wagtailadmin_choose_page_child", args=[workflow_site["centre_b"].pk])
    ).content.decode()
    own = client.get(
        reverse("wagtailadmin_choose_page_child", args=[workflow_site["centre_a"].pk])
    ).content.decode()
    assert (LIVE_OF_B in other, DRAFT_OF_B in other) == (True, False)
    assert DRAFT_OF_A in own


def test_the_explorer_shows_the_own_draft_and_never_another_centres(client, workflow_site):
    client.force_login(workflow_site["a"]["editor"])
    other = client.get(reverse("wagtailadmin_explore", args=[workflow_site["centre_b"].pk]))
    own = client.get(reverse("wagtailadmin_explore", args=[workflow_site["centre_a"].pk]))
    assert (other.status_code, own.status_code) == (200, 200)
    assert DRAFT_OF_B not in other.content.decode()
    assert DRAFT_OF_A in own.content.decode()


def test_the_admin_api_lists_the_own_draft_and_not_another_centres(client, workflow_site):
    client.force_login(workflow_site["a"]["editor"])
    response = client.get("/admin/api/main/pages/?limit=100")
    ids = {item["id"] for item in response.json()["items"]}
    assert workflow_site["a"]["draft"].pk in ids
    assert workflow_site["b"]["draft"].pk not in ids
    assert workflow_site["b"]["live"].pk not in ids  # B's subtree is not A's to explore


def test_a_superuser_sees_every_centres_drafts_in_the_chooser(client, workflow_site):
    admin = get_user_model().objects.create_superuser("root", "root@example.org", "pw")
    client.force_login(admin)
    body = client.get(
        reverse("wagtailadmin_choose_page_child", args=[workflow_site["centre_b"].pk])
    ).content.decode()
    assert DRAFT_OF_B in body
