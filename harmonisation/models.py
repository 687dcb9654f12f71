"""Harmonisation: which protocols and QC methods are the consortium's harmonised references,
and how each member centre has adopted them.

A reference is an ordinary controlled document (``knowledge.ProtocolPage`` or
``knowledge.QCMethodPage``) flagged by a ``HarmonisedReference`` row: one row for the page in
every language, since pages that translate each other share a ``translation_key``. Its
versions are the page's own ``PublishedVersion`` rows. An ``Adoption`` is one centre's answer
to one reference: its status, its own local SOP, the reference version it follows and where
it deviates (by the anchors the local SOP's items already carry).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.models import Orderable, Page

from harmonisation import rules
from harmonisation.forms import AdoptionForm
from knowledge.models import Centre, PublishedVersion

REFERENCE_PAGE_TYPES = ("knowledge.ProtocolPage", "knowledge.QCMethodPage")


class AdoptionStatus(models.TextChoices):
    ADOPTED = "adopted", _("Adopted as is")
    ADOPTED_WITH_DEVIATIONS = "adopted-with-deviations", _("Adopted with deviations")
    PLANNED = "planned", _("Planned")
    NOT_APPLICABLE = "not-applicable", _("Not applicable")
    NOT_ADOPTED = "not-adopted", _("Not adopted")


# Statuses that claim the centre works to the reference: they need the local SOP and the
# reference version it follows.
FOLLOWING_STATUSES = (AdoptionStatus.ADOPTED, AdoptionStatus.ADOPTED_WITH_DEVIATIONS)


class WorkingGroup(models.Model):
    """The consortium's working group that owns a set of harmonised references, e.g. "Viral
    vector QC". One row in any language, with its name in both, like a centre."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name_nl = models.CharField(_("name (Dutch)"), max_length=120)
    name_en = models.CharField(_("name (English)"), max_length=120)

    panels = [FieldPanel("code"), FieldRowPanel([FieldPanel("name_nl"), FieldPanel("name_en")])]

    class Meta:
        ordering = ["code"]
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")

    def __str__(self):
        return self.name_nl if translation.get_language() == "nl" else self.name_en


class HarmonisedReference(models.Model):
    """Marks a protocol or QC method (in every language) as the consortium's harmonised
    reference for its process step or quality attribute."""

    page = models.OneToOneField(
        Page,
        verbose_name=_("reference document"),
        on_delete=models.PROTECT,
        related_name="harmonised_reference",
        help_text=_("A protocol or QC method; its translations are the same reference."),
    )
    translation_key = models.UUIDField(editable=False, unique=True)
    working_group = models.ForeignKey(
        WorkingGroup,
        verbose_name=_("working group"),
        on_delete=models.PROTECT,
        related_name="references",
    )

    panels = [PageChooserPanel("page", list(REFERENCE_PAGE_TYPES)), FieldPanel("working_group")]

    class Meta:
        verbose_name = _("harmonised reference")
        verbose_name_plural = _("harmonised references")

    def __str__(self):
        return self.page.title if self.page_id else ""

    def save(self, *args, **kwargs):
        self.translation_key = self.page.translation_key
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if not self.page_id:
            return
        page = self.page.specific_deferred
        if f"{page._meta.app_label}.{page.__class__.__name__}" not in REFERENCE_PAGE_TYPES:
            raise ValidationError({"page": _("Choose a protocol or a QC method.")})
        others = HarmonisedReference.objects.filter(translation_key=page.translation_key)
        if others.exclude(pk=self.pk).exists():
            raise ValidationError(
                {"page": _("This document (or a translation of it) is already a reference.")}
            )


class Adoption(ClusterableModel):
    """One centre's adoption of one harmonised reference. The centre's editors keep it."""

    centre = models.ForeignKey(
        Centre, verbose_name=_("centre"), on_delete=models.PROTECT, related_name="adoptions"
    )
    reference = models.ForeignKey(
        HarmonisedReference,
        verbose_name=_("harmonised reference"),
        on_delete=models.CASCADE,
        related_name="adoptions",
    )
    status = models.CharField(_("status"), max_length=30, choices=AdoptionStatus.choices)
    status_date = models.DateField(_("date"), help_text=_("When the status took effect"))
    local_sop = models.ForeignKey(
        Page,
        verbose_name=_("local SOP"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The centre's own protocol or QC method that implements the reference."),
    )
    followed_version = models.ForeignKey(
        PublishedVersion,
        verbose_name=_("reference version followed"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    note = models.TextField(_("note"), blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    base_form_class = AdoptionForm
    panels = [
        FieldRowPanel([FieldPanel("centre"), FieldPanel("reference")]),
        FieldRowPanel([FieldPanel("status"), FieldPanel("status_date")]),
        MultiFieldPanel(
            [
                PageChooserPanel("local_sop", list(REFERENCE_PAGE_TYPES)),
                FieldPanel("followed_version"),
            ],
            heading=_("Local SOP"),
        ),
        InlinePanel("deviations", heading=_("Deviations"), label=_("deviation")),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_email")])],
            heading=_("Contact"),
        ),
        FieldPanel("note"),
    ]

    class Meta:
        ordering = ["reference", "centre"]
        verbose_name = _("adoption")
        verbose_name_plural = _("adoptions")
        constraints = [
            models.UniqueConstraint(
                fields=["centre", "reference"], name="one_adoption_per_centre_and_reference"
            )
        ]

    def __str__(self):
        return f"{self.centre} – {self.reference}"

    def clean(self):
        super().clean()
        errors = rules.adoption_errors(self)
        if errors:
            raise ValidationError(errors)


class Deviation(Orderable):
    """Where a centre's local SOP departs from the reference: at one section or item of the
    local SOP (its anchor, as on the page), what differs and why."""

    adoption = ParentalKey(Adoption, on_delete=models.CASCADE, related_name="deviations")
    anchor = models.CharField(
        _("section or step"),
        max_length=64,
        help_text=_("The section or step of the local SOP this deviation concerns"),
    )
    what = models.TextField(_("what differs"), max_length=2000)
    why = models.TextField(_("why"), max_length=2000)

    panels = [FieldPanel("anchor"), FieldPanel("what"), FieldPanel("why")]

    class Meta(Orderable.Meta):
        verbose_name = _("deviation")
        verbose_name_plural = _("deviations")

    def __str__(self):
        return self.anchor


from harmonisation.pages import HarmonisationPage  # noqa: E402  (a page model of this app)
from harmonisation.reviews import ReviewReminder  # noqa: E402
from harmonisation.workflows import CentreWorkflows, FourEyesApprovalTask  # noqa: E402

__all__ = [
    "Adoption",
    "AdoptionStatus",
    "CentreWorkflows",
    "Deviation",
    "FourEyesApprovalTask",
    "HarmonisationPage",
    "HarmonisedReference",
    "ReviewReminder",
    "WorkingGroup",
]
