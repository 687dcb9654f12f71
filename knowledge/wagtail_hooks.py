from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from knowledge.models import GlossaryTerm


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
