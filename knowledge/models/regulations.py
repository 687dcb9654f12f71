"""The inventory of EU and Dutch rules that apply to academic ATMP development."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from dare_platform.blocks.content import RICH_TEXT_FEATURES
from dare_platform.pages import BasePage
from knowledge.taxonomy import Authority, InstrumentType, Jurisdiction, LegalStatus, RegulatoryTopic


class RegulatoryIndexPage(BasePage):
    parent_page_types = ["knowledge.HomePage"]
    subpage_types = ["knowledge.RegulatoryItemPage"]
    max_count_per_parent = 1
    template = "knowledge/regulatory_index_page.html"

    class Meta:
        verbose_name = _("regulatory inventory")

    def get_context(self, request, *args, **kwargs):
        from knowledge.selectors import filtered_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(filtered_listing(request, RegulatoryItemPage, locale=self.locale))
        return context


class RegulatoryItemPage(BasePage):
    reference = models.CharField(
        _("official reference"), max_length=160, help_text=_("e.g. Regulation (EC) No 1394/2007")
    )
    instrument_type = models.CharField(
        _("instrument"), max_length=20, choices=InstrumentType.choices
    )
    jurisdiction = models.CharField(_("jurisdiction"), max_length=4, choices=Jurisdiction.choices)
    authority = models.CharField(_("authority"), max_length=20, choices=Authority.choices)
    topic = models.CharField(_("topic"), max_length=30, choices=RegulatoryTopic.choices)
    legal_status = models.CharField(_("status"), max_length=20, choices=LegalStatus.choices)
    adopted_date = models.DateField(_("adopted"), null=True, blank=True)
    applicable_date = models.DateField(_("applicable from"), null=True, blank=True)
    plain_summary = RichTextField(_("plain-language summary"), features=RICH_TEXT_FEATURES)
    implications = RichTextField(
        _("what it means for academic developers"), blank=True, features=RICH_TEXT_FEATURES
    )
    source_url = models.URLField(_("official source"), blank=True, max_length=500)
    related_protocols = ParentalManyToManyField(
        "knowledge.ProtocolPage",
        blank=True,
        related_name="regulations",
        verbose_name=_("related protocols"),
    )

    parent_page_types = ["knowledge.RegulatoryIndexPage"]
    subpage_types = []
    template = "knowledge/regulatory_item_page.html"

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("reference"), FieldPanel("instrument_type")]),
                FieldRowPanel([FieldPanel("jurisdiction"), FieldPanel("authority")]),
                FieldRowPanel([FieldPanel("topic"), FieldPanel("legal_status")]),
                FieldRowPanel([FieldPanel("adopted_date"), FieldPanel("applicable_date")]),
                FieldPanel("source_url"),
            ],
            heading=_("Instrument"),
        ),
        FieldPanel("plain_summary"),
        FieldPanel("implications"),
        FieldPanel("related_protocols"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("reference", boost=2),
        index.SearchField("plain_summary"),
        index.SearchField("implications"),
        index.FilterField("jurisdiction"),
        index.FilterField("topic"),
    ]
    api_fields = [
        *BasePage.api_fields,
        "reference",
        "instrument_type",
        "jurisdiction",
        "authority",
        "topic",
        "legal_status",
        "adopted_date",
        "applicable_date",
        "plain_summary",
        "implications",
        "source_url",
        "related_protocols",
    ]

    class Meta:
        verbose_name = _("regulatory item")
        verbose_name_plural = _("regulatory items")

    def get_context(self, request, *args, **kwargs):
        from knowledge.selectors import document_context

        context = super().get_context(request, *args, **kwargs)
        context.update(document_context(self))
        return context
