from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from knowledge.models import GlossaryTerm
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
