from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from knowledge.audit_views import AuditTrailView
from knowledge.editorial_roles import ensure_centre_roles
from knowledge.models import Centre, CentrePage, GlossaryTerm
from knowledge.models.mixins import ControlledDocumentMixin
from knowledge.releases import has_released_versions


class GlossaryTermViewSet(SnippetViewSet):
    model = GlossaryTerm
    icon = "help"
    menu_label = _("Glossary")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["term_nl", "term_en", "abbreviation"]
    search_fields = ["term_nl", "term_en", "abbreviation"]
    ordering = ["term_en"]


register_snippet(GlossaryTermViewSet)


class CentreViewSet(SnippetViewSet):
    model = Centre
    icon = "group"
    menu_label = _("Centres")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["code", "name_nl", "name_en", "editors", "reviewers", "collection"]
    search_fields = ["code", "name_nl", "name_en"]


register_snippet(CentreViewSet)


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def keep_centre_roles_in_step(request, instance):
    """A centre saved in the admin gets its groups and collection at once (not a signal:
    signals here are only for search indexing)."""
    if isinstance(instance, Centre):
        ensure_centre_roles(instance)


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def grant_centre_roles_on_centre_page(request, page):
    """A new or re-assigned centre page gives the centre's groups their rights on it."""
    if isinstance(page, CentrePage) and page.centre_id:
        ensure_centre_roles(page.centre)


DELETE_REFUSED = _(
    "This page cannot be deleted because it, or a page below it, has released versions in "
    "the public version history. Unpublish the page or set the document's status to Retired "
    "instead."
)


@hooks.register("before_delete_page")
def refuse_deleting_released_versions(request, page):
    """Released versions are a record others cite; the database refuses the delete too
    (``on_delete=PROTECT``), this turns that into a message instead of an error page."""
    if has_released_versions(page):
        messages.error(request, DELETE_REFUSED)
        return redirect("wagtailadmin_explore", page.get_parent().pk)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_deleting_released_versions(request, action_type, objects, action_class_instance):
    pages = [obj for obj in objects if isinstance(obj, Page)]
    if action_type == "delete" and any(has_released_versions(page) for page in pages):
        messages.error(request, DELETE_REFUSED)
        return redirect("wagtailadmin_explore", pages[0].get_parent().pk)
    return None


@hooks.register("register_admin_urls")
def register_audit_trail_url():
    return [
        path(
            "knowledge/audit-trail/<int:page_id>/",
            AuditTrailView.as_view(),
            name="knowledge_audit_trail",
        )
    ]


class AuditTrailButton(PageMenuItem):
    label = _("Audit trail")
    icon_name = "history"
    url_name = "knowledge_audit_trail"

    def is_shown(self, user):
        return isinstance(self.page.specific_deferred, ControlledDocumentMixin) and (
            self.page.permissions_for_user(user).can_edit()
        )


@hooks.register("register_page_header_buttons")
def audit_trail_header_button(page, user, view_name, next_url=None):
    """The full audit trail, beside Wagtail's own History in the page's admin header."""
    yield AuditTrailButton(page=page, priority=66)
