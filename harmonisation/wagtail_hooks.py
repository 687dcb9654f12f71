from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from harmonisation.models import Adoption, HarmonisedReference, WorkingGroup
from harmonisation.permissions import CentreRecordPermissionPolicy
from harmonisation.views.admin import AdoptionViewSet

register_permission_policy(Adoption, CentreRecordPermissionPolicy(Adoption))


class WorkingGroupViewSet(SnippetViewSet):
    model = WorkingGroup
    icon = "group"
    menu_label = _("Working groups")
    list_display = ["code", "name_nl", "name_en"]
    search_fields = ["code", "name_nl", "name_en"]


class HarmonisedReferenceViewSet(SnippetViewSet):
    model = HarmonisedReference
    icon = "success"
    menu_label = _("Harmonised references")
    list_display = ["page", "working_group"]
    list_filter = ["working_group"]


register_snippet(WorkingGroupViewSet)
register_snippet(HarmonisedReferenceViewSet)


@hooks.register("register_admin_viewset")
def register_adoption_viewset():
    return AdoptionViewSet("adoptions")


from harmonisation import hooks_permissions, hooks_review, hooks_workflows  # noqa: E402, F401
