"""Filter forms for the index pages. Unknown values become form errors, never server errors."""

from django import forms
from django.utils.translation import gettext_lazy as _

from knowledge.taxonomy import (
    Authority,
    DocumentStatus,
    InstrumentType,
    Jurisdiction,
    LegalStatus,
    Modality,
    ProcessStage,
    QualityAttribute,
    RegulatoryTopic,
    ValidationStatus,
)

SORT_CHOICES = [("title", _("Title (A–Z)")), ("recent", _("Most recent first"))]


def _choice(label, choices):
    return forms.ChoiceField(label=label, choices=[("", _("All")), *choices], required=False)


class ListingFilterForm(forms.Form):
    """Base: a centre filter whose choices are the centres of the current language."""

    sort = forms.ChoiceField(label=_("Sort by"), choices=SORT_CHOICES, required=False)

    def __init__(self, *args, centre_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        if "centre" in self.fields:
            self.fields["centre"].choices = [("", _("All centres")), *centre_choices]

    def active_filters(self) -> dict:
        if not hasattr(self, "cleaned_data"):
            return {}
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if value and name != "sort" and name not in self.errors
        }


class ProtocolFilterForm(ListingFilterForm):
    centre = forms.ChoiceField(label=_("Centre"), required=False)
    modality = _choice(_("Modality"), Modality.choices)
    process_stage = _choice(_("Process stage"), ProcessStage.choices)
    status = _choice(_("Status"), DocumentStatus.choices)


class QCMethodFilterForm(ListingFilterForm):
    centre = forms.ChoiceField(label=_("Centre"), required=False)
    quality_attribute = _choice(_("Quality attribute"), QualityAttribute.choices)
    validation_status = _choice(_("Validation status"), ValidationStatus.choices)


class RegulatoryFilterForm(ListingFilterForm):
    jurisdiction = _choice(_("Jurisdiction"), Jurisdiction.choices)
    authority = _choice(_("Authority"), Authority.choices)
    topic = _choice(_("Topic"), RegulatoryTopic.choices)
    instrument_type = _choice(_("Instrument"), InstrumentType.choices)
    legal_status = _choice(_("Status"), LegalStatus.choices)


# Every query parameter the listings read (the page cache keys on these alone).
PARAMETERS = frozenset(
    name
    for form in (ProtocolFilterForm, QCMethodFilterForm, RegulatoryFilterForm)
    for name in form.base_fields
)
