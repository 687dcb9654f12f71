from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HarmonisationConfig(AppConfig):
    name = "harmonisation"
    verbose_name = _("Harmonisation")
