"""manage.py send_review_reminders [--dry-run] [--days N]

E-mails each centre's editors about their documents that are overdue for review or due within
N days (default 60): once per document per review period, so it is safe to run daily from
cron. A document already reminded for its current due date is skipped; a new due date is a new
period. Prints one line per document."""

from django.core.management.base import BaseCommand
from django.db import IntegrityError
from django.utils import timezone

from harmonisation.review_reminders import remind
from harmonisation.review_selectors import DUE_SOON_DAYS, due_reviews, editors_by_centre
from harmonisation.reviews import ReviewReminder


class Command(BaseCommand):
    help = "E-mail centre editors about documents due for review, once per review period."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="List what would be sent; send nothing."
        )
        parser.add_argument(
            "--days",
            type=int,
            default=DUE_SOON_DAYS,
            help=f"Remind about reviews due within this many days (default {DUE_SOON_DAYS}).",
        )

    def handle(self, *args, dry_run=False, days=DUE_SOON_DAYS, **options):
        reviews = due_reviews(today=timezone.localdate(), within_days=days)
        reminded = set(
            ReviewReminder.objects.filter(
                translation_key__in=[review.page.translation_key for review in reviews]
            ).values_list("translation_key", "due_date")
        )
        editors = editors_by_centre({review.centre.pk for review in reviews})
        counts = {"sent": 0, "skipped": 0, "without editors": 0}
        for number, review in enumerate(reviews, start=1):
            label = (
                f"[{number}/{len(reviews)}] {review.page.identifier} ({review.centre.code}), "
                f"review {'overdue since' if review.overdue else 'due'} {review.due_date}"
            )
            recipients = editors.get(review.centre.pk, [])
            addresses = ", ".join(user.email for user in recipients)
            if (review.page.translation_key, review.due_date) in reminded:
                counts["skipped"] += 1
                self.stdout.write(f"{label}: already reminded for this period")
            elif not recipients:
                counts["without editors"] += 1
                self.stderr.write(f"{label}: the centre has no editor with an e-mail address")
            elif dry_run:
                self.stdout.write(f"{label}: would remind {addresses}")
            else:
                try:
                    remind(review, recipients)
                except IntegrityError:  # another run reminded it a moment ago
                    counts["skipped"] += 1
                    self.stdout.write(f"{label}: already reminded for this period")
                    continue
                counts["sent"] += 1
                self.stdout.write(f"{label}: reminded {addresses}")
        summary = ", ".join(f"{count} {what}" for what, count in counts.items())
        prefix = "Dry run, nothing sent: " if dry_run else ""
        self.stdout.write(self.style.SUCCESS(f"{prefix}{len(reviews)} due; {summary}."))
