"""Facet names, the values each facet can take, and their labels in the reader's language."""

from functools import cache, cached_property

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from knowledge.models import CentrePage
from knowledge.taxonomy import Authority, Jurisdiction, Modality, ProcessStage, QualityAttribute

TYPE_LABELS = {
    "protocol": _("Protocol"),
    "qc_method": _("QC method"),
    "regulation": _("Regulation or guideline"),
    "glossary": _("Glossary term"),
    "centre": _("Member centre"),
    "page": _("Information page"),
    "consultation": _("Consultation"),
}

FACET_LABELS = {
    "type": _("Type"),
    "centre": _("Centre"),
    "modality": _("Modality"),
    "process_stage": _("Process stage"),
    "quality_attribute": _("Quality attribute"),
    "jurisdiction": _("Jurisdiction"),
    "authority": _("Authority"),
    "language": _("Language"),
}

TAXONOMIES = {
    "modality": Modality,
    "process_stage": ProcessStage,
    "quality_attribute": QualityAttribute,
    "jurisdiction": Jurisdiction,
    "authority": Authority,
}


def language_name(code: str) -> str:
    return str(translation.get_language_info(code)["name_translated"])


@cache
def fixed_labels(language: str) -> dict[str, dict[str, str]]:
    """The labels that come from code, translated once per process and language (a search
    page translated them all each time: 2 ms)."""
    with translation.override(language):
        labels = {
            "type": {value: str(label) for value, label in TYPE_LABELS.items()},
            "language": {code: language_name(code) for code, _name in settings.LANGUAGES},
        }
        for facet, choices in TAXONOMIES.items():
            labels[facet] = {value: str(label) for value, label in choices.choices}
    return labels


class FacetCatalogue:
    """Every value a filter may take, labelled in ``language``; costs one query (centres)."""

    def __init__(self, language: str):
        self.language = language

    @cached_property
    def labels(self) -> dict[str, dict[str, str]]:
        return {**fixed_labels(self.language), "centre": self._centre_names()}

    def _centre_names(self) -> dict[str, str]:
        """Each live centre's name, in the reader's language where it has a translation."""
        names = {}
        rows = CentrePage.objects.live().values_list("code", "title", "locale__language_code")
        for code, title, language in rows:
            if language == self.language or code not in names:
                names[code] = title
        return names

    def label(self, facet: str, value: str) -> str:
        return self.labels[facet].get(value, value)

    def knows(self, facet: str, value: str) -> bool:
        return value in self.labels[facet]
