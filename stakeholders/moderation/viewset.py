"""The moderation screens as one admin viewset under ``/admin/moderation/``, with a menu item
shown only to those who may moderate."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from stakeholders.moderation import MODERATE_PERMISSION, views


class ModerationMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(MODERATE_PERMISSION)


class ModerationViewSet(ViewSet):
    name = "moderation"
    icon = "warning"
    menu_label = _("Moderation")
    menu_order = 330
    add_to_admin_menu = True
    menu_item_class = ModerationMenuItem

    def get_urlpatterns(self):
        return [
            path("", views.QueueListView.as_view(), name="index"),
            path("results/", views.QueueListView.as_view(results_only=True), name="index_results"),
            path("<int:pk>/", views.CommentModerationView.as_view(), name="detail"),
            path("<int:pk>/<slug:action_name>/", views.CommentActionView.as_view(), name="act"),
            path("log/", views.ModerationLogView.as_view(), name="log"),
            path("suspended/", views.SuspensionListView.as_view(), name="suspensions"),
            path(
                "suspended/<int:user_pk>/lift/",
                views.LiftSuspensionView.as_view(),
                name="lift_suspension",
            ),
        ]
