from django.core.management.base import BaseCommand

from dare_platform.progress import Progress
from knowledge.models import PublishedVersion
from knowledge.services import refresh_version_snapshot


class Command(BaseCommand):
    help = (
        "Derive the recorded sections of every published protocol and QC-method version again "
        "from the revision it was published from. Run it once after an upgrade that changes "
        "how content becomes plain text (the release notes say so), so comparisons between "
        "old and new versions show only real changes. It never changes what a version "
        "released: the revision it was published from is that content, only its plain-text "
        "form is derived again. Versions whose revision was deleted are left as recorded."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only count the versions that would change; write nothing.",
        )

    def handle(self, *args, dry_run=False, **options):
        versions = PublishedVersion.objects.select_related("revision").order_by("pk")
        progress = Progress(versions.count(), "version snapshots", stream=self.stdout)
        changed, without_revision = 0, 0
        for version in versions.iterator(chunk_size=200):
            if version.revision is None:
                without_revision += 1
            elif refresh_version_snapshot(version, save=not dry_run):
                changed += 1
            progress.advance()
        progress.finish()
        verb = "would change" if dry_run else "refreshed"
        self.stdout.write(
            self.style.SUCCESS(
                f"{changed} of {progress.done} versions {verb}; {without_revision} without "
                "their revision left as recorded."
            )
        )
