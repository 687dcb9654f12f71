"""The admin screens for adoption records. Each view sees only the records of the user's
centres (``CentreRecordPermissionPolicy``), so another centre's record is a 404, in lists,
edit, delete and export alike."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import policy_registry

from harmonisation.models import Adoption
from harmonisation.selectors import adoptions_for_admin


class OwnCentreRecordsMixin:
    def get_queryset(self):
        return adoptions_for_admin(
            policy_registry.get_by_type(Adoption).instances_user_has_permission_for(
                self.request.user, "change"
            )
        )


class AdoptionIndexView(OwnCentreRecordsMixin, ModelViewSet.index_view_class):
    def get_base_queryset(self):
        return self.get_queryset()


class AdoptionEditView(OwnCentreRecordsMixin, ModelViewSet.edit_view_class):
    pass


class AdoptionDeleteView(OwnCentreRecordsMixin, ModelViewSet.delete_view_class):
    pass


class AdoptionViewSet(ModelViewSet):
    model = Adoption
    icon = "tasks"
    menu_label = _("Adoptions")
    menu_order = 320
    add_to_admin_menu = True
    index_view_class = AdoptionIndexView
    edit_view_class = AdoptionEditView
    delete_view_class = AdoptionDeleteView
    list_display = ["reference", "centre", "status", "status_date", "updated_at"]
    list_filter = ["status", "centre", "reference__working_group"]
    list_export = [
        "reference",
        "centre",
        "status",
        "status_date",
        "local_sop",
        "followed_version",
        "contact_name",
        "contact_email",
    ]
    search_fields = ["reference__page__title", "centre__name_nl", "centre__name_en"]
    inspect_view_enabled = False
    copy_view_enabled = False
