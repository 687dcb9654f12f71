"""Periodic review: every effective SOP is due for review on its ``next_review_date``
(``knowledge.models.mixins``). A ``ReviewReminder`` records that the document's owners were
reminded of one review period, so ``send_review_reminders`` can run daily from cron and remind
once per document per period: a document is one translation group (its pages in every language
share a ``translation_key``), a period is one due date, and a new date is a new period."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page


class ReviewReminder(models.Model):
    translation_key = models.UUIDField(_("document"), editable=False)
    page = models.ForeignKey(
        Page,
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The page the reminder named, in one of the document's languages"),
    )
    due_date = models.DateField(_("review due"))
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)
    recipients = models.PositiveIntegerField(_("recipients"), default=0)

    class Meta:
        verbose_name = _("review reminder")
        verbose_name_plural = _("review reminders")
        constraints = [
            models.UniqueConstraint(
                fields=["translation_key", "due_date"], name="one_review_reminder_per_period"
            )
        ]

    def __str__(self):
        return f"{self.page_id} {self.due_date}"
