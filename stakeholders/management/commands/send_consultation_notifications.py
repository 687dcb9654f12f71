"""manage.py send_consultation_notifications

Tells followers of a consultation when it opens, closes and publishes its outcome (once per
phase: a ``PhaseNotice`` records it), and sends the daily digest of new comments to those who
chose it (once a day, after 07:00 Amsterdam time; nothing when there is nothing new). Replies
are e-mailed when they are posted, not here. Idempotent, so cron can run it every 15 minutes:

    */15 * * * *  cd /srv/dare && .venv/bin/python manage.py send_consultation_notifications

The e-mails themselves go through the task queue (``manage.py db_worker`` sends them).
"""

from django.core.management.base import BaseCommand
from django.utils import timezone

from stakeholders.notifications import selectors, services


class Command(BaseCommand):
    help = (
        "E-mail followers of consultations about a new phase (open, closed, outcome "
        "published), once per phase, and send the daily digests of new comments that are due. "
        "Safe to run often (cron: every 15 minutes)."
    )

    def handle(self, *args, **options):
        now = timezone.now()
        announced = self._phases(now)
        digests, comments = self._digests(now)
        self.stdout.write(
            self.style.SUCCESS(
                f"{announced} phase notice(s) queued; {digests} digest(s) queued "
                f"with {comments} comment(s)."
            )
        )

    def _phases(self, now) -> int:
        due = selectors.phases_to_announce(now=now)
        self.stdout.write(f"Phases to announce: {len(due)}")
        announced = 0
        for number, (page, phase) in enumerate(due, start=1):
            label = f"[{number}/{len(due)}] {page.title} ({page.locale.language_code}): {phase}"
            followers = selectors.followers(page.pk).count()
            if services.announce_phase(consultation=page, phase=phase) is None:
                self.stdout.write(f"{label}: already announced")
                continue
            announced += 1
            self.stdout.write(f"{label}: {followers} follower(s) to e-mail")
        return announced

    def _digests(self, now) -> tuple[int, int]:
        due = list(selectors.digests_due(now=now))
        self.stdout.write(f"Daily digests due: {len(due)}")
        sent = total = 0
        for number, follow in enumerate(due, start=1):
            count = services.send_digest(follow=follow, now=now)
            label = f"[{number}/{len(due)}] follow {follow.pk} of {follow.consultation.title}"
            if count:
                sent += 1
                total += count
                self.stdout.write(f"{label}: {count} new comment(s)")
            else:
                self.stdout.write(f"{label}: nothing new, nothing sent")
        return sent, total
