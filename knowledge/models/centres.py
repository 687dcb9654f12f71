"""Member centres. A ``Centre`` is the centre itself, one row in any language: its code, its
editor and reviewer groups and its media collection. Its ``CentrePage`` in each language is its
public face. Protocols and QC methods live *under* a centre page in the page tree, so Wagtail's
tree permissions give each centre's editors exactly their own pages."""

from django import forms
from django.contrib.auth.models import Group
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Collection
from wagtail.search import index

from dare_platform.blocks.content import RICH_TEXT_FEATURES
from dare_platform.pages import BasePage
from knowledge.taxonomy import CentreKind, Modality


class Centre(models.Model):
    """A member centre's identity. Names are two plain fields, as for glossary terms, rather
    than a translatable snippet: a translated snippet is one row per language, and a centre
    must stay one row that groups, collections and records can point at."""

    code = models.SlugField(
        _("code"),
        max_length=20,
        unique=True,
        help_text=_("Short, language-independent code used in filters, e.g. umcu"),
    )
    name_nl = models.CharField(_("name (Dutch)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120)
    editors = models.ForeignKey(
        Group,
        verbose_name=_("editor group"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewers = models.ForeignKey(
        Group,
        verbose_name=_("reviewer group"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    collection = models.ForeignKey(
        Collection,
        verbose_name=_("collection"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("code"), FieldRowPanel([FieldPanel("name_nl"), FieldPanel("name_en")])]

    class Meta:
        ordering = ["code"]
        verbose_name = _("centre")
        verbose_name_plural = _("centres")

    def __str__(self):
        return self.name_nl if translation.get_language() == "nl" else self.name_en


class CentreIndexPage(BasePage):
    parent_page_types = ["knowledge.HomePage"]
    subpage_types = ["knowledge.CentrePage"]
    max_count_per_parent = 1
    template = "knowledge/centre_index_page.html"

    class Meta:
        verbose_name = _("centre index")

    def get_context(self, request, *args, **kwargs):
        from knowledge.selectors import centres_for_listing

        context = super().get_context(request, *args, **kwargs)
        context["centres"] = centres_for_listing(locale=self.locale)
        return context


class CentrePageForm(WagtailAdminPageForm):
    """Expertise is stored as a list of modality codes; editors tick boxes."""

    expertise = forms.MultipleChoiceField(
        label=_("expertise (modalities)"),
        choices=Modality.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


class CentrePage(BasePage):
    centre = models.ForeignKey(
        Centre,
        verbose_name=_("centre"),
        null=True,  # null only for rows older than the Centre model; the form requires it
        on_delete=models.PROTECT,
        related_name="pages",
    )
    code = models.SlugField(
        _("code"),
        max_length=20,
        editable=False,
        help_text=_("Copied from the centre on save, for filters and the public API"),
    )
    short_name = models.CharField(_("short name"), max_length=40, blank=True)
    city = models.CharField(_("city"), max_length=80)
    kind = models.CharField(_("kind of institution"), max_length=30, choices=CentreKind.choices)
    description = RichTextField(_("description"), blank=True, features=RICH_TEXT_FEATURES)
    gmp_facilities = RichTextField(_("GMP facilities"), blank=True, features=RICH_TEXT_FEATURES)
    expertise = models.JSONField(
        _("expertise (modalities)"), default=list, blank=True, help_text=_("Modality codes")
    )
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True, max_length=500)

    parent_page_types = ["knowledge.CentreIndexPage"]
    subpage_types = ["knowledge.ProtocolPage", "knowledge.QCMethodPage"]
    template = "knowledge/centre_page.html"
    base_form_class = CentrePageForm

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("centre"), FieldPanel("short_name")]),
                FieldRowPanel([FieldPanel("city"), FieldPanel("kind")]),
                FieldPanel("expertise"),
            ],
            heading=_("Institution"),
        ),
        FieldPanel("description"),
        FieldPanel("gmp_facilities"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("website")],
            heading=_("Contact"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("description"),
        index.SearchField("gmp_facilities"),
        index.AutocompleteField("short_name"),
        index.FilterField("code"),
    ]
    api_fields = [
        *BasePage.api_fields,
        "code",
        "short_name",
        "city",
        "kind",
        "description",
        "gmp_facilities",
        "expertise",
        "contact_name",
        "contact_email",
        "website",
    ]

    class Meta:
        verbose_name = _("member centre")
        verbose_name_plural = _("member centres")

    def save(self, *args, **kwargs):
        if self.centre_id:
            self.code = self.centre.code
        return super().save(*args, **kwargs)

    def expertise_labels(self):
        labels = dict(Modality.choices)
        return [labels[code] for code in self.expertise if code in labels]

    def get_context(self, request, *args, **kwargs):
        from knowledge.selectors import documents_of_centre

        context = super().get_context(request, *args, **kwargs)
        context["protocols"], context["qc_methods"] = documents_of_centre(self)
        return context
