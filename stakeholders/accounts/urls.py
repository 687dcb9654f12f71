from django.urls import path

from stakeholders.accounts import views

app_name = "participant"

urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("profile/data/", views.my_data, name="data"),
    path("profile/data/download/", views.download_my_data, name="data_download"),
    path("profile/delete/", views.delete_account, name="delete"),
    path("deleted/", views.deleted, name="deleted"),
    path("privacy/", views.privacy, name="privacy"),
]
