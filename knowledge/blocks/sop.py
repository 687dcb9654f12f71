"""Blocks for the structured parts of protocols and QC methods."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from dare_platform.blocks.content import RICH_TEXT_FEATURES

MATERIAL_GRADES = [
    ("gmp", _("GMP grade")),
    ("clinical", _("Clinical grade")),
    ("pharmacopoeial", _("Pharmacopoeial grade (Ph. Eur.)")),
    ("medical_device", _("CE-marked medical device")),
    ("research", _("Research use only")),
]


class MaterialBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("name"))
    grade = blocks.ChoiceBlock(choices=MATERIAL_GRADES, label=_("grade"))
    supplier = blocks.CharBlock(label=_("supplier"), required=False)
    catalogue_number = blocks.CharBlock(label=_("catalogue number"), required=False)
    note = blocks.CharBlock(label=_("note"), required=False)

    class Meta:
        icon = "tag"
        label = _("material")


class EquipmentBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("name"))
    specification = blocks.CharBlock(label=_("model or specification"), required=False)
    qualification = blocks.CharBlock(
        label=_("qualification"), required=False, help_text=_("e.g. IQ/OQ/PQ, calibrated")
    )

    class Meta:
        icon = "cog"
        label = _("equipment")


class ResponsibilityBlock(blocks.StructBlock):
    role = blocks.CharBlock(label=_("role"))
    responsibility = blocks.TextBlock(label=_("responsibility"))

    class Meta:
        icon = "user"
        label = _("responsibility")


class ProcedureStepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    text = blocks.RichTextBlock(label=_("instruction"), features=RICH_TEXT_FEATURES)
    critical = blocks.BooleanBlock(
        label=_("critical step"),
        required=False,
        help_text=_("A deviation in this step can affect product quality or patient safety."),
    )
    hold_time = blocks.CharBlock(
        label=_("hold time"), required=False, help_text=_("e.g. max. 30 min at 2-8 °C")
    )
    safety_note = blocks.TextBlock(label=_("safety note"), required=False)
    figure = ImageChooserBlock(label=_("figure"), required=False)
    figure_alt_text = blocks.CharBlock(label=_("figure description"), required=False)

    class Meta:
        icon = "list-ol"
        label = _("step")


class AcceptanceCriterionBlock(blocks.StructBlock):
    parameter = blocks.CharBlock(label=_("parameter"))
    specification = blocks.CharBlock(label=_("specification"))
    method = blocks.CharBlock(label=_("method"), required=False)

    class Meta:
        icon = "tick"
        label = _("acceptance criterion")


class PharmacopoeiaReferenceBlock(blocks.StructBlock):
    chapter = blocks.CharBlock(label=_("chapter"), help_text=_("e.g. Ph. Eur. 2.6.27"))
    title = blocks.CharBlock(label=_("title"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("pharmacopoeia chapter")


class AttachmentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    description = blocks.CharBlock(label=_("description"), required=False)

    class Meta:
        icon = "doc-full-inverse"
        label = _("attachment")
