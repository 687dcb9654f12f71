"""Fields and behaviour shared by controlled documents (protocols and QC methods)."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from knowledge.taxonomy import DocumentStatus


class ControlledDocumentMixin(RoutablePageMixin, models.Model):
    """Identifier, version and life-cycle dates, plus the public version history routes."""

    identifier = models.CharField(
        _("identifier"),
        max_length=32,
        help_text=_("e.g. DARE-SOP-0012; the same in every language"),
    )
    version = models.PositiveIntegerField(_("version"), default=1)
    status = models.CharField(
        _("status"), max_length=20, choices=DocumentStatus.choices, default=DocumentStatus.DRAFT
    )
    effective_date = models.DateField(_("effective date"), null=True, blank=True)
    next_review_date = models.DateField(_("next review date"), null=True, blank=True)
    change_note = models.TextField(
        _("what changed in this version"),
        blank=True,
        help_text=_("Shown in the public version history."),
    )

    document_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("identifier"), FieldPanel("version"), FieldPanel("status")]
                ),
                FieldRowPanel([FieldPanel("effective_date"), FieldPanel("next_review_date")]),
                FieldPanel("change_note"),
            ],
            heading=_("Document control"),
        )
    ]
    document_search_fields = [
        index.SearchField("identifier", boost=3),
        index.FilterField("status"),
    ]
    document_api_fields = [
        "identifier",
        "version",
        "status",
        "effective_date",
        "next_review_date",
        "change_note",
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if (
            self.effective_date
            and self.next_review_date
            and self.next_review_date <= self.effective_date
        ):
            raise ValidationError(
                {"next_review_date": _("The next review must come after the effective date.")}
            )
        duplicates = (
            type(self)
            .objects.filter(identifier=self.identifier, locale_id=self.locale_id)
            .exclude(translation_key=self.translation_key)
        )
        if self.identifier and duplicates.exists():
            raise ValidationError(
                {"identifier": _("Another document in this language already uses this identifier.")}
            )

    def get_context(self, request, *args, **kwargs):
        from knowledge.selectors import document_context

        context = super().get_context(request, *args, **kwargs)
        context.update(document_context(self))
        return context

    def structured_sections(self) -> list[dict]:
        """The content as ordered sections of plain values, for snapshots and diffs."""
        raise NotImplementedError

    # ---- public version history -------------------------------------------------------------
    @path("")
    def current(self, request):
        return self.render(request)

    @path("versions/")
    def version_history(self, request):
        from knowledge.views import version_history

        return version_history(request, self)

    @path("versions/compare/")
    def version_compare(self, request):
        from knowledge.views import version_compare

        return version_compare(request, self)

    @path("versions/<int:number>/")
    def version_detail(self, request, number):
        from knowledge.views import version_detail

        return version_detail(request, self, number)
