"""Reminding a document's owners that its periodic review is due: one ``ReviewReminder`` per
document and review period, then one e-mail per editor of the owning centre, in that editor's
language. The e-mails go through the task queue when one is configured (``settings.TASKS``),
so a slow mail server does not hold up the daily run; otherwise they are sent at once."""

import logging
import smtplib

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task
from wagtail.models import Page

from harmonisation.review_selectors import DueReview, preferred_language
from harmonisation.reviews import ReviewReminder
from knowledge.ownership import owner_of

logger = logging.getLogger(__name__)


def remind(review: DueReview, recipients: list) -> ReviewReminder:
    """Record the reminder for ``review``'s period, then send it to ``recipients``. Raises
    IntegrityError if this period was already reminded (a concurrent run)."""
    with transaction.atomic():
        reminder = ReviewReminder.objects.create(
            translation_key=review.page.translation_key,
            page=review.page,
            due_date=review.due_date,
            recipients=len(recipients),
        )
    arguments = {"reminder_id": reminder.pk, "recipient_ids": [user.pk for user in recipients]}
    if getattr(settings, "TASKS", None):
        send_review_reminder.enqueue(**arguments)
    else:
        send_review_reminder.call(**arguments)
    return reminder


@task()
def send_review_reminder(*, reminder_id: int, recipient_ids: list[int]) -> int:
    """E-mail each recipient, in their language; return how many were sent. A message that
    cannot be sent is logged, and the other recipients still get theirs."""
    reminder = ReviewReminder.objects.select_related("page").get(pk=reminder_id)
    pages = {
        page.locale.language_code: page
        for page in Page.objects.filter(translation_key=reminder.translation_key)
        .select_related("locale")
        .specific()
    }
    centre = owner_of(reminder.page)
    sent = 0
    recipients = get_user_model().objects.filter(pk__in=recipient_ids)
    for user in recipients.select_related("wagtail_userprofile").order_by("pk"):
        language = preferred_language(user)
        page = pages.get(language) or reminder.page.specific
        try:
            _message(user, page, centre, reminder.due_date, language).send()
        except (smtplib.SMTPException, OSError):
            logger.exception("Review reminder %s to user %s not sent", reminder_id, user.pk)
        else:
            sent += 1
    return sent


def _message(user, page, centre, due_date, language) -> EmailMessage:
    with translation.override(language):
        context = {
            "user": user,
            "page": page,
            "centre": str(centre) if centre else "",
            "due_date": due_date,
            "overdue": due_date < timezone.localdate(),
            "edit_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/")
            + reverse("wagtailadmin_pages:edit", args=[page.pk]),
        }
        subject = render_to_string("harmonisation/email/review_reminder_subject.txt", context)
        body = render_to_string("harmonisation/email/review_reminder_body.txt", context)
    return EmailMessage(" ".join(subject.split()), body, to=[user.email])
