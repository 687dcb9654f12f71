"""Consultation pages: the consortium asks its stakeholders a question about its rules and
processes, for a fixed period.

A consultation is a Wagtail page, so revisions, workflows, locales, the page cache and search
come with it. Its phase is never stored: it follows from the opening and closing times and
whether an outcome report has been written (``ConsultationPage.phase``), so it cannot
disagree with the dates. Times are entered and shown in Europe/Amsterdam (settings.TIME_ZONE)
and stored in UTC.
"""

from __future__ import annotations

from datetime import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index

from dare_platform.blocks.content import RICH_TEXT_FEATURES
from dare_platform.pages import BasePage
from stakeholders.roles import StakeholderRole

__all__ = [
    "ConsultationAttachment",
    "ConsultationIndexPage",
    "ConsultationPage",
    "ConsultationPhase",
    "ConsultationProtocol",
    "ConsultationRegulation",
]


class ConsultationPhase(models.TextChoices):
    """In the order a consultation goes through them."""

    ANNOUNCED = "announced", _("Announced")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")
    OUTCOME_PUBLISHED = "outcome_published", _("Outcome published")


def phase_at(*, opens_at: datetime, closes_at: datetime, has_outcome: bool, now: datetime):
    """The phase at ``now``: open from the opening time up to (not including) the closing
    time; after closing, "outcome published" once an outcome report exists."""
    if now < opens_at:
        return ConsultationPhase.ANNOUNCED
    if now < closes_at:
        return ConsultationPhase.OPEN
    return ConsultationPhase.OUTCOME_PUBLISHED if has_outcome else ConsultationPhase.CLOSED


class ConsultationIndexPage(RoutablePageMixin, BasePage):
    """One per language under the home page: open, upcoming and closed consultations, and
    their Atom feed."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    parent_page_types = ["knowledge.HomePage"]
    subpage_types = ["stakeholders.ConsultationPage"]
    max_count_per_parent = 1
    template = "stakeholders/consultation_index_page.html"

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    api_fields = [*BasePage.api_fields, "intro"]

    class Meta:
        verbose_name = _("consultation index")

    def get_context(self, request, *args, **kwargs):
        from stakeholders.selectors import consultations_by_phase

        context = super().get_context(request, *args, **kwargs)
        context["sections"] = consultations_by_phase(self, now=timezone.now())
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        from stakeholders.feeds import ConsultationFeed

        return ConsultationFeed()(request, index=self)

    @property
    def feed_url(self) -> str:
        return self.url + self.reverse_subpage("feed")


class ConsultationPageForm(WagtailAdminPageForm):
    """Audiences are stored as a list of role codes; editors tick boxes."""

    audiences = forms.MultipleChoiceField(
        label=_("intended audiences"),
        choices=StakeholderRole.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


class ConsultationPage(RoutablePageMixin, BasePage):
    questions = StreamField(
        [
            (
                "question",
                blocks.TextBlock(
                    label=_("question"), help_text=_("One question, as participants read it.")
                ),
            )
        ],
        verbose_name=_("questions"),
        min_num=1,
    )
    background = RichTextField(_("background"), features=RICH_TEXT_FEATURES)
    plain_summary = models.TextField(
        _("summary for patients"),
        max_length=1500,
        help_text=_(
            "Plain language (B1): short sentences, everyday words. The hint below the field "
            "shows how easy the text is to read."
        ),
    )
    audiences = models.JSONField(
        _("intended audiences"), default=list, blank=True, help_text=_("Stakeholder role codes")
    )
    opens_at = models.DateTimeField(_("opens"), help_text=_("Time in Amsterdam."))
    closes_at = models.DateTimeField(_("closes"), help_text=_("Time in Amsterdam."))
    outcome = RichTextField(
        _("outcome report"),
        blank=True,
        features=RICH_TEXT_FEATURES,
        help_text=_("What the consortium concluded; published once the consultation closes."),
    )

    parent_page_types = ["stakeholders.ConsultationIndexPage"]
    subpage_types = []
    template = "stakeholders/consultation_page.html"
    base_form_class = ConsultationPageForm

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
                FieldPanel("audiences"),
            ],
            heading=_("Period and audience"),
        ),
        FieldPanel("questions"),
        FieldPanel("plain_summary", classname="readability-hint"),
        FieldPanel("background"),
        InlinePanel("linked_protocols", label=_("linked protocols")),
        InlinePanel("linked_regulations", label=_("linked regulatory items")),
        InlinePanel("attachments", label=_("attachments")),
        FieldPanel("outcome"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("plain_summary"),
        index.SearchField("background"),
        index.SearchField("questions"),
        index.FilterField("opens_at"),
        index.FilterField("closes_at"),
    ]
    api_fields = [
        *BasePage.api_fields,
        "questions",
        "background",
        "plain_summary",
        "audiences",
        "opens_at",
        "closes_at",
        "outcome",
    ]

    class Meta:
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")

    def clean(self):
        super().clean()
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("A consultation must close after it opens.")})

    def phase_at(self, now: datetime) -> ConsultationPhase:
        return phase_at(
            opens_at=self.opens_at,
            closes_at=self.closes_at,
            has_outcome=bool(self.outcome.strip()),
            now=now,
        )

    @property
    def phase(self) -> ConsultationPhase:
        return self.phase_at(timezone.now())

    @property
    def phase_label(self) -> str:
        return ConsultationPhase(self.phase).label

    def audience_labels(self) -> list[str]:
        labels = dict(StakeholderRole.choices)
        return [labels[code] for code in self.audiences if code in labels]

    def get_context(self, request, *args, **kwargs):
        from stakeholders.selectors import consultation_context

        context = super().get_context(request, *args, **kwargs)
        context.update(consultation_context(self))
        return context

    # ---- The discussion (stakeholders.discussion.views) ----
    def serve(self, request, view=None, args=None, kwargs=None):
        """Every route, and the page shown through the untranslated fallback (which calls
        ``serve`` without a route), with its discussion; never kept in the anonymous page
        cache, so a new comment shows to every reader at once."""
        response = super().serve(request, view or self.discussion_view, args, kwargs)
        patch_cache_control(response, private=True)
        return response

    @path("")
    def discussion_view(self, request):
        from stakeholders.discussion import views

        return views.consultation(request, self)

    @path("comments/", name="comments")
    def comments_view(self, request):
        from stakeholders.discussion import views

        return views.post_comment(request, self)

    @path("comments/<int:pk>/", name="comment")
    def comment_view(self, request, pk):
        from stakeholders.discussion import views

        return views.show_comment(request, self, pk)

    def comment_link(self, comment_pk: int, request=None) -> str:
        """The full address that leads to a comment wherever it is shown."""
        return self.get_full_url(request) + self.reverse_subpage(
            "comment", kwargs={"pk": comment_pk}
        )

    @path("comments/<int:pk>/edit/", name="edit_comment")
    def edit_comment_view(self, request, pk):
        from stakeholders.discussion import views

        return views.edit_comment(request, self, pk)

    @path("comments/<int:pk>/delete/", name="delete_comment")
    def delete_comment_view(self, request, pk):
        from stakeholders.discussion import views

        return views.delete_comment(request, self, pk)

    @path("comments/<int:pk>/endorse/", name="endorse_comment")
    def endorse_comment_view(self, request, pk):
        from stakeholders.discussion import views

        return views.endorse_comment(request, self, pk)

    @path("comments/<int:pk>/report/", name="report_comment")
    def report_comment_view(self, request, pk):
        from stakeholders.discussion import views

        return views.report_comment(request, self, pk)

    @path("follow/", name="follow")
    def follow_view(self, request):
        from stakeholders.discussion import views

        return views.follow(request, self)

    @path("sop/<int:protocol_pk>/", name="sop")
    def sop_view(self, request, protocol_pk):
        from stakeholders.discussion import views

        return views.sop(request, self, protocol_pk)


class ConsultationProtocol(Orderable):
    """A protocol (SOP) the consultation asks about."""

    page = ParentalKey(ConsultationPage, on_delete=models.CASCADE, related_name="linked_protocols")
    protocol = models.ForeignKey(
        "knowledge.ProtocolPage",
        on_delete=models.CASCADE,
        related_name="consultation_links",
        verbose_name=_("protocol"),
    )

    panels = [FieldPanel("protocol")]

    class Meta(Orderable.Meta):
        verbose_name = _("linked protocol")


class ConsultationRegulation(Orderable):
    """A regulatory item the consultation is about or that frames it."""

    page = ParentalKey(
        ConsultationPage, on_delete=models.CASCADE, related_name="linked_regulations"
    )
    regulation = models.ForeignKey(
        "knowledge.RegulatoryItemPage",
        on_delete=models.CASCADE,
        related_name="consultation_links",
        verbose_name=_("regulatory item"),
    )

    panels = [FieldPanel("regulation")]

    class Meta(Orderable.Meta):
        verbose_name = _("linked regulatory item")


class ConsultationAttachment(Orderable):
    page = ParentalKey(ConsultationPage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("document"),
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("attachment")
