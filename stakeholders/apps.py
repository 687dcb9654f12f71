from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StakeholdersConfig(AppConfig):
    name = "stakeholders"
    verbose_name = _("Stakeholder consultations")

    def ready(self):
        from stakeholders import search

        search.register_with_search()  # before search's ready() follows the registered models
        from stakeholders.discussion import personal_data  # noqa: F401 - registers its parts
