"""Fields and behaviour shared by controlled documents (protocols and QC methods)."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from dare_platform import routing
from knowledge import version_views
from knowledge.releases import check_release
from knowledge.taxonomy import DocumentStatus

# The version history's paths in each language: a page answers under its own language's words
# (``/nl/…/versies/vergelijken/``, ``/en/…/versions/compare/``).
VERSION_ROUTES = {
    "version_history": {"nl": "versies/", "en": "versions/"},
    "version_compare": {"nl": "versies/vergelijken/", "en": "versions/compare/"},
    "version_detail": {"nl": "versies/<int:number>/", "en": "versions/<int:number>/"},
}


# How long an effective document may go unreviewed unless its editor sets another date.
REVIEW_INTERVAL_YEARS = 2


def default_next_review(effective: date) -> date:
    """``REVIEW_INTERVAL_YEARS`` after ``effective``; from 29 February, the 28th."""
    year = effective.year + REVIEW_INTERVAL_YEARS
    try:
        return effective.replace(year=year)
    except ValueError:
        return effective.replace(year=year, day=28)


def routed_in_page_language(name: str):
    """A version history route in the page's own language (``dare_platform.routing``)."""
    return routing.routed_in_page_language(VERSION_ROUTES, name)


class ControlledDocumentForm(WagtailAdminPageForm):
    """Refuses, when the editor publishes or submits for review, what would rewrite the
    public version history (docs/decisions.md 18), with the reason on the version field.
    A draft is saved as typed, so the editor can raise the number later."""

    def _post_clean(self):
        super()._post_clean()
        if self.is_deferred_validation or self.errors:
            return
        try:
            check_release(self.instance)
        except ValidationError as refusal:
            self.add_error(None, refusal)


class ControlledDocumentMixin(RoutablePageMixin, models.Model):
    """Identifier, version and life-cycle dates, plus the public version history routes."""

    base_form_class = ControlledDocumentForm

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

    def save(self, *args, **kwargs):
        self.fill_next_review_date()
        return super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        self.fill_next_review_date()
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

    def fill_next_review_date(self):
        """Every document with an effective date is due for review: two years on unless the
        editor chose a date. Called from ``clean`` (so the editor sees it) and ``save`` (so
        documents made in code, the demo loader and imports get it too)."""
        if self.effective_date and not self.next_review_date:
            effective = self._meta.get_field("effective_date").to_python(self.effective_date)
            self.next_review_date = default_next_review(effective)

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

    @routed_in_page_language("version_history")
    def version_history(self, request):
        return version_views.version_history(request, self)

    @routed_in_page_language("version_compare")
    def version_compare(self, request):
        return version_views.version_compare(request, self)

    @routed_in_page_language("version_detail")
    def version_detail(self, request, number):
        return version_views.version_detail(request, self, number)

    def version_route(self, name: str) -> str:
        """The route ``name`` (a key of ``VERSION_ROUTES``) in this page's language, for
        ``reverse_subpage`` and ``{% routablepageurl %}``."""
        return routing.route_name(VERSION_ROUTES, name, self.locale.language_code)

    @property
    def version_history_url(self) -> str:
        return self.url + self.reverse_subpage(self.version_route("version_history"))

    @property
    def version_compare_url(self) -> str:
        return self.url + self.reverse_subpage(self.version_route("version_compare"))
