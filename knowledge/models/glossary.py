"""The bilingual glossary. One term holds both languages, because the pair is the point: it
explains jargon to patients and lets search expand "vrijgifte" to "release"."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultipleChooserPanel
from wagtail.models import Orderable
from wagtail.search import index

from dare_platform.pages import BasePage


class GlossaryTerm(index.Indexed, ClusterableModel):
    slug = models.SlugField(
        _("anchor"), unique=True, max_length=80, help_text=_("Stable anchor on the glossary page")
    )
    term_nl = models.CharField(_("Dutch term"), max_length=120)
    term_en = models.CharField(_("English term"), max_length=120)
    abbreviation = models.CharField(_("abbreviation"), max_length=30, blank=True)
    definition_nl = models.TextField(_("Dutch definition"))
    definition_en = models.TextField(_("English definition"))
    synonyms = models.CharField(
        _("synonyms"),
        max_length=255,
        blank=True,
        help_text=_("Other words for this term, in either language, separated by commas"),
    )

    panels = [
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("term_nl"), FieldPanel("term_en"), FieldPanel("abbreviation")]),
        FieldPanel("definition_nl"),
        FieldPanel("definition_en"),
        FieldPanel("synonyms"),
        MultipleChooserPanel(
            "excluded_pages",
            chooser_field_name="page",
            heading=_("Pages where this word has another meaning"),
            help_text=_(
                "The term is not explained on these pages (in either language), e.g. "
                "'release' on a page about releasing organisms into the environment."
            ),
        ),
    ]
    search_fields = [
        index.SearchField("term_nl"),
        index.SearchField("term_en"),
        index.SearchField("abbreviation"),
        index.AutocompleteField("term_nl"),
        index.AutocompleteField("term_en"),
    ]

    class Meta:
        verbose_name = _("glossary term")
        verbose_name_plural = _("glossary terms")
        ordering = ["term_en"]

    def __str__(self):
        return f"{self.term_en} / {self.term_nl}"

    def term(self, language=None):
        return self.term_nl if (language or get_language()) == "nl" else self.term_en

    def definition(self, language=None):
        return self.definition_nl if (language or get_language()) == "nl" else self.definition_en

    def other_term(self, language=None):
        return self.term_en if (language or get_language()) == "nl" else self.term_nl

    def synonym_list(self):
        return [word.strip() for word in self.synonyms.split(",") if word.strip()]


class GlossaryTermExclusion(Orderable):
    """A page where a glossary term's word is used in another sense, so the term is not
    explained there. Held per translation: excluding one language's page excludes them all."""

    term = ParentalKey(GlossaryTerm, on_delete=models.CASCADE, related_name="excluded_pages")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )

    class Meta(Orderable.Meta):
        verbose_name = _("page where the term is not explained")
        verbose_name_plural = _("pages where the term is not explained")
        constraints = [
            models.UniqueConstraint(fields=["term", "page"], name="unique_glossary_exclusion")
        ]


class GlossaryPage(BasePage):
    parent_page_types = ["knowledge.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "knowledge/glossary_page.html"

    class Meta:
        verbose_name = _("glossary")

    def get_context(self, request, *args, **kwargs):
        from knowledge.selectors import glossary_by_letter

        context = super().get_context(request, *args, **kwargs)
        context["letters"] = glossary_by_letter(self.locale.language_code)
        return context
