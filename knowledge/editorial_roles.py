"""Each centre's editor and reviewer groups, its media collection and their permissions, made
and kept in step by one service that ``setup_editorial_roles``, the centre admin and the demo
loader all call. It only adds what is missing (and takes back page permissions a role no
longer has), so running it again changes nothing.

Neither role may publish: a page goes live only when its review workflow is approved, by
someone other than its author (``harmonisation.workflows``). Other apps add their part of a
centre's set-up through Wagtail hooks, so this module needs to know none of them:

- ``ensure_centre_roles`` hooks are called with the centre after its groups exist, and return
  what they changed, one line each (harmonisation makes the centre's review workflows);
- ``ensure_editorial_roles`` hooks are called once per ``setup_editorial_roles`` run, with no
  argument, for what belongs to no centre (the harmonisation committee)."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail import hooks
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from knowledge.models import Centre

EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
REVIEWER_PAGE_PERMISSIONS = ["change_page"]
# Page permissions a role may have held before; taken back when the role no longer has them.
MANAGED_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
EDITOR_MEDIA_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
REVIEWER_MEDIA_PERMISSIONS = [
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "choose_document"),
]
# Model permissions, not tied to a place in the tree: the admin itself, and (for editors)
# Wagtail's "Translate this page", which still needs edit rights on the page translated.
EDITOR_GLOBAL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("simple_translation", "submit_translation"),
]
REVIEWER_GLOBAL_PERMISSIONS = [("wagtailadmin", "access_admin")]


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def ensure_centre_roles(centre: Centre) -> list[str]:
    """Create or update the centre's groups, collection and permissions; return what changed,
    one line each, for the command's output."""
    changes = []
    centre.collection, change = _named(centre.collection, centre.name_en, _new_collection)
    changes += [f"collection {change}"] if change else []
    roles = [
        ("editors", EDITOR_GLOBAL_PERMISSIONS, EDITOR_PAGE_PERMISSIONS, EDITOR_MEDIA_PERMISSIONS),
        (
            "reviewers",
            REVIEWER_GLOBAL_PERMISSIONS,
            REVIEWER_PAGE_PERMISSIONS,
            REVIEWER_MEDIA_PERMISSIONS,
        ),
    ]
    for role, *permissions in roles:
        group, change = _named(getattr(centre, role), f"{centre.name_en} {role}", _new_group)
        setattr(centre, role, group)
        changes += [f"group {change}"] if change else []
        changes += _grant(group, centre, *permissions)
    centre.save(update_fields=["collection", "editors", "reviewers"])
    for extend in hooks.get_hooks("ensure_centre_roles"):
        changes += extend(centre)
    return changes


@transaction.atomic
def ensure_shared_roles() -> list[str]:
    """What the other apps' ``ensure_editorial_roles`` hooks set up beyond single centres."""
    changes = []
    for extend in hooks.get_hooks("ensure_editorial_roles"):
        changes += extend()
    return changes


def _named(existing, name: str, create):
    """The existing object renamed to ``name`` if needed, or a new one; and what was done."""
    if existing is None:
        return create(name)
    if existing.name != name:
        old_name, existing.name = existing.name, name
        existing.save(update_fields=["name"])
        return existing, f"'{old_name}' renamed to '{name}'"
    return existing, ""


def _new_group(name: str):
    group, created = Group.objects.get_or_create(name=name)
    return group, f"'{name}' created" if created else ""


def _new_collection(name: str):
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=name).first()
    if existing is not None:
        return existing, ""
    return root.add_child(name=name), f"'{name}' created"


def _grant(group, centre, global_permissions, page_permissions, media_permissions) -> list[str]:
    changes = []
    for app_label, codename in global_permissions:
        if not group.permissions.filter(
            content_type__app_label=app_label, codename=codename
        ).exists():
            group.permissions.add(_permission(app_label, codename))
            changes.append(f"{group.name}: {codename} granted")
    for page in centre.pages.all():
        withdrawn = GroupPagePermission.objects.filter(
            group=group,
            page=page,
            permission__content_type__app_label="wagtailcore",
            permission__codename__in=set(MANAGED_PAGE_PERMISSIONS) - set(page_permissions),
        )
        for grant in withdrawn.select_related("permission"):
            changes.append(f"{group.name}: {grant.permission.codename} withdrawn on '{page.title}'")
        withdrawn.delete()
        for codename in page_permissions:
            _, created = GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=_permission("wagtailcore", codename)
            )
            if created:
                changes.append(f"{group.name}: {codename} on '{page.title}'")
    for app_label, codename in media_permissions:
        _, created = GroupCollectionPermission.objects.get_or_create(
            group=group, collection=centre.collection, permission=_permission(app_label, codename)
        )
        if created:
            changes.append(f"{group.name}: {codename} on collection '{centre.collection.name}'")
    return changes
