"""QC methods: how a quality attribute is tested, and which centres perform the test."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from dare_platform.blocks.content import RICH_TEXT_FEATURES
from dare_platform.pages import BasePage
from knowledge.blocks import AcceptanceCriterionBlock, ReferenceStreamBlock
from knowledge.models.mixins import ControlledDocumentMixin
from knowledge.sections import qc_method_sections
from knowledge.taxonomy import QualityAttribute, ValidationStatus


class QCMethodIndexPage(BasePage):
    parent_page_types = ["knowledge.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "knowledge/qc_method_index_page.html"

    class Meta:
        verbose_name = _("QC method index")

    def get_context(self, request, *args, **kwargs):
        from knowledge.selectors import filtered_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(filtered_listing(request, QCMethodPage, locale=self.locale))
        return context


class QCMethodPage(ControlledDocumentMixin, BasePage):
    quality_attribute = models.CharField(
        _("quality attribute"), max_length=30, choices=QualityAttribute.choices
    )
    method_principle = RichTextField(_("method principle"), features=RICH_TEXT_FEATURES)
    pharmacopoeia_reference = models.CharField(
        _("pharmacopoeia reference"),
        max_length=120,
        blank=True,
        help_text=_("e.g. Ph. Eur. 2.6.27"),
    )
    sample_requirements = RichTextField(
        _("sample requirements"), blank=True, features=RICH_TEXT_FEATURES
    )
    acceptance_criteria = StreamField(
        [("criterion", AcceptanceCriterionBlock())],
        blank=True,
        verbose_name=_("acceptance criteria"),
    )
    validation_status = models.CharField(
        _("validation status"), max_length=20, choices=ValidationStatus.choices
    )
    turnaround_time = models.CharField(
        _("turnaround time"), max_length=80, blank=True, help_text=_("e.g. 14 days")
    )
    performed_by = ParentalManyToManyField(
        "knowledge.CentrePage",
        blank=True,
        related_name="qc_methods_performed",
        verbose_name=_("performed by"),
    )
    references = StreamField(ReferenceStreamBlock(), blank=True, verbose_name=_("references"))

    parent_page_types = ["knowledge.CentrePage"]
    subpage_types = []
    template = "knowledge/qc_method_page.html"
    menu_section = "knowledge.QCMethodIndexPage"  # it lives under its centre; readers look here

    content_panels = [
        *BasePage.content_panels,
        *ControlledDocumentMixin.document_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("quality_attribute"), FieldPanel("validation_status")]),
                FieldRowPanel(
                    [FieldPanel("pharmacopoeia_reference"), FieldPanel("turnaround_time")]
                ),
                FieldPanel("performed_by"),
            ],
            heading=_("Classification"),
        ),
        FieldPanel("method_principle"),
        FieldPanel("sample_requirements"),
        FieldPanel("acceptance_criteria"),
        FieldPanel("references"),
    ]
    search_fields = [
        *BasePage.search_fields,
        *ControlledDocumentMixin.document_search_fields,
        index.SearchField("method_principle"),
        index.SearchField("pharmacopoeia_reference"),
        index.FilterField("quality_attribute"),
    ]
    api_fields = [
        *BasePage.api_fields,
        *ControlledDocumentMixin.document_api_fields,
        "quality_attribute",
        "method_principle",
        "pharmacopoeia_reference",
        "sample_requirements",
        "acceptance_criteria",
        "validation_status",
        "turnaround_time",
        "performed_by",
        "references",
    ]

    class Meta:
        verbose_name = _("QC method")
        verbose_name_plural = _("QC methods")

    def structured_sections(self):
        return qc_method_sections(self)
