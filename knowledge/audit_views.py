"""The admin's full audit trail of a controlled document: every logged step of every released
version, with who took it. Public readers see only the summary (``version_views``); this view
names people, so only those who may edit the document see it (like Wagtail's own history)."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from knowledge.audit import action_label, audit_trail
from knowledge.models.mixins import ControlledDocumentMixin


def _rows(entries) -> list[dict]:
    return [
        {
            "when": entry.timestamp,
            "what": action_label(entry),
            "who": entry.user_display_name,
            "detail": entry.message,
            "comment": entry.comment,
        }
        for entry in entries
    ]


class AuditTrailView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "knowledge/admin/audit_trail.html"
    header_icon = "history"

    def dispatch(self, request, *args, **kwargs):
        page = get_object_or_404(Page, pk=kwargs["page_id"]).specific
        if not isinstance(page, ControlledDocumentMixin):
            raise Http404
        if not page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        self.page = page
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Audit trail")

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
                "label": self.page.get_admin_display_title(),
            },
            {"url": "", "label": _("Audit trail")},
        ]

    def get_context_data(self, **kwargs):
        trail = audit_trail(self.page, self.page.published_versions.all(), with_users=True)
        return {
            **super().get_context_data(**kwargs),
            "page": self.page,
            "versions": [
                {
                    "number": version_trail.version.number,
                    "published_at": version_trail.published_at,
                    "rows": _rows(version_trail.entries),
                }
                for version_trail in trail.released
            ],
            "unreleased": _rows(trail.unreleased),
        }
