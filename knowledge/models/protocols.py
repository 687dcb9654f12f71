"""Protocols (SOPs): structured so each section can be versioned and compared."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from dare_platform.blocks.content import RICH_TEXT_FEATURES
from dare_platform.pages import BasePage
from knowledge.blocks import (
    AcceptanceCriterionBlock,
    AttachmentBlock,
    EquipmentBlock,
    MaterialBlock,
    ProcedureStepBlock,
    ReferenceStreamBlock,
    ResponsibilityBlock,
)
from knowledge.models.mixins import ControlledDocumentMixin
from knowledge.sections import protocol_sections
from knowledge.taxonomy import Modality, ProcessStage


class ProtocolIndexPage(BasePage):
    """Lists every protocol of every centre, filterable; protocols live under their centre."""

    parent_page_types = ["knowledge.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "knowledge/protocol_index_page.html"

    class Meta:
        verbose_name = _("protocol index")

    def get_context(self, request, *args, **kwargs):
        from knowledge.selectors import filtered_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(filtered_listing(request, ProtocolPage, locale=self.locale))
        return context


class ProtocolPage(ControlledDocumentMixin, BasePage):
    modality = models.CharField(_("modality"), max_length=20, choices=Modality.choices)
    process_stage = models.CharField(
        _("process stage"), max_length=30, choices=ProcessStage.choices
    )
    purpose = RichTextField(_("purpose"), features=RICH_TEXT_FEATURES)
    scope = RichTextField(_("scope"), blank=True, features=RICH_TEXT_FEATURES)
    responsibilities = StreamField(
        [("responsibility", ResponsibilityBlock())],
        blank=True,
        verbose_name=_("responsibilities"),
    )
    materials = StreamField(
        [("material", MaterialBlock())], blank=True, verbose_name=_("materials")
    )
    equipment = StreamField(
        [("equipment", EquipmentBlock())], blank=True, verbose_name=_("equipment")
    )
    procedure = StreamField([("step", ProcedureStepBlock())], verbose_name=_("procedure"))
    acceptance_criteria = StreamField(
        [("criterion", AcceptanceCriterionBlock())],
        blank=True,
        verbose_name=_("acceptance criteria"),
    )
    references = StreamField(ReferenceStreamBlock(), blank=True, verbose_name=_("references"))
    attachments = StreamField(
        [("attachment", AttachmentBlock())], blank=True, verbose_name=_("attachments")
    )

    parent_page_types = ["knowledge.CentrePage"]
    subpage_types = []
    template = "knowledge/protocol_page.html"
    menu_section = "knowledge.ProtocolIndexPage"  # it lives under its centre; readers look here

    content_panels = [
        *BasePage.content_panels,
        *ControlledDocumentMixin.document_panels,
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("modality"), FieldPanel("process_stage")])],
            heading=_("Classification"),
        ),
        FieldPanel("purpose"),
        FieldPanel("scope"),
        FieldPanel("responsibilities"),
        FieldPanel("materials"),
        FieldPanel("equipment"),
        FieldPanel("procedure"),
        FieldPanel("acceptance_criteria"),
        FieldPanel("references"),
        FieldPanel("attachments"),
    ]
    search_fields = [
        *BasePage.search_fields,
        *ControlledDocumentMixin.document_search_fields,
        index.SearchField("purpose"),
        index.SearchField("scope"),
        index.SearchField("procedure"),
        index.SearchField("materials"),
        index.FilterField("modality"),
        index.FilterField("process_stage"),
    ]
    api_fields = [
        *BasePage.api_fields,
        *ControlledDocumentMixin.document_api_fields,
        "modality",
        "process_stage",
        "purpose",
        "scope",
        "responsibilities",
        "materials",
        "equipment",
        "procedure",
        "acceptance_criteria",
        "references",
        "attachments",
    ]

    class Meta:
        verbose_name = _("protocol (SOP)")
        verbose_name_plural = _("protocols (SOPs)")

    def structured_sections(self):
        return protocol_sections(self)
