"""The knowledge base's own routes besides its pages (which Wagtail serves)."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from knowledge.views import untranslated_page

urlpatterns = [
    path(_("untranslated/<int:page_id>/"), untranslated_page, name="untranslated_page"),
]
