"""Translated names of the structured sections and item fields (see knowledge.sections)."""

from django.utils.translation import gettext_lazy as _

SECTION_LABELS = {
    "purpose": _("Purpose"),
    "scope": _("Scope"),
    "responsibilities": _("Responsibilities"),
    "materials": _("Materials"),
    "equipment": _("Equipment"),
    "procedure": _("Procedure"),
    "acceptance_criteria": _("Acceptance criteria"),
    "references": _("References"),
    "classification": _("Classification"),
    "method_principle": _("Method principle"),
    "sample_requirements": _("Sample requirements"),
}

FIELD_LABELS = {
    "responsibility": _("Responsibility"),
    "grade": _("Grade"),
    "supplier": _("Supplier"),
    "catalogue_number": _("Catalogue number"),
    "note": _("Note"),
    "specification": _("Specification"),
    "qualification": _("Qualification"),
    "text": _("Instruction"),
    "critical": _("Critical step"),
    "hold_time": _("Hold time"),
    "safety_note": _("Safety note"),
    "method": _("Method"),
    "kind": _("Kind"),
    "quality_attribute": _("Quality attribute"),
    "pharmacopoeia_reference": _("Pharmacopoeia reference"),
    "validation_status": _("Validation status"),
    "turnaround_time": _("Turnaround time"),
}
