"""The moderators' group and its permissions, made by ``setup_editorial_roles`` through the
``ensure_editorial_roles`` hook (as the harmonisation committee is): moderators open the admin
(so ``StaffSecondFactorMiddleware`` asks them for a second factor) and moderate comments."""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from stakeholders.moderation import MODERATORS_GROUP

MODERATOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("stakeholders", "moderate_comment"),
]


@transaction.atomic
def ensure_moderators_group() -> list[str]:
    """Create or complete the group; return what changed, one line each."""
    changes = []
    group, created = Group.objects.get_or_create(name=MODERATORS_GROUP)
    if created:
        changes.append(f"group '{MODERATORS_GROUP}' created")
    for app_label, codename in MODERATOR_PERMISSIONS:
        if not group.permissions.filter(
            content_type__app_label=app_label, codename=codename
        ).exists():
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
            changes.append(f"{MODERATORS_GROUP}: {codename} granted")
    return changes
