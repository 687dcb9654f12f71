"""Published versions of controlled documents (protocols, QC methods).

A Wagtail revision is every save; a *version* is what a centre releases under a number. One
row per (page, version number) keeps an immutable snapshot of the structured sections, so the
history, the diff and (later) pages that cite "version 3 of SOP-0012" never depend on
revisions being kept forever. Rows are only ever added (``knowledge.releases``); the newest
number is the current version, every earlier one is superseded by it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Revision


class PublishedVersion(models.Model):
    # A page with released versions is not deleted (docs/decisions.md 18): centres, inspectors
    # and later adoption records cite these rows.
    page = models.ForeignKey(Page, on_delete=models.PROTECT, related_name="published_versions")
    number = models.PositiveIntegerField(_("version"))
    title = models.CharField(_("title"), max_length=255)
    status = models.CharField(_("status"), max_length=20)
    effective_date = models.DateField(_("effective date"), null=True, blank=True)
    change_note = models.TextField(_("what changed in this version"), blank=True)
    sections = models.JSONField(_("structured content"), default=list)
    revision = models.ForeignKey(Revision, null=True, blank=True, on_delete=models.SET_NULL)
    published_at = models.DateTimeField(_("published at"))

    class Meta:
        verbose_name = _("published version")
        verbose_name_plural = _("published versions")
        ordering = ["page", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["page", "number"], name="unique_version_per_page")
        ]

    def __str__(self):
        return f"{self.title} v{self.number}"
