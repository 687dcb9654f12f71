"""Who may keep which adoption records: a centre's editors keep their own centre's, nobody
else's (superusers keep all). Other centres' records are not refused but absent: the admin's
lists, edit and delete views only ever see the records the user may change, so another
centre's record answers 404."""

from django.contrib.auth.models import AnonymousUser
from wagtail.permission_policies.base import BasePermissionPolicy

from knowledge.models import Centre


def centres_of_user(user):
    """The centres whose editor group ``user`` is in (every centre for a superuser)."""
    if isinstance(user, AnonymousUser) or not user.is_active:
        return Centre.objects.none()
    if user.is_superuser:
        return Centre.objects.all()
    return Centre.objects.filter(editors__in=user.groups.all())


class CentreRecordPermissionPolicy(BasePermissionPolicy):
    """For models with a ``centre`` field: any action on the records of the user's centres."""

    def user_has_permission(self, user, action):
        return centres_of_user(user).exists()

    def user_has_permission_for_instance(self, user, action, instance):
        return centres_of_user(user).filter(pk=instance.centre_id).exists()

    def instances_user_has_permission_for(self, user, action):
        return self.model.objects.filter(centre__in=centres_of_user(user))
