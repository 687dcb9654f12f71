from django.core.management.base import BaseCommand
from django.db import transaction

from knowledge.editorial_roles import ensure_centre_roles, ensure_shared_roles
from knowledge.models import Centre


class Command(BaseCommand):
    help = (
        "Create or update every centre's editor and reviewer groups, its media collection, "
        "their page, collection and admin permissions, and what other apps add through the "
        "ensure_centre_roles / ensure_editorial_roles hooks (review workflows, the "
        "harmonisation committee). Safe to run again: only what is missing is added."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Show what would change; change nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        centres = list(Centre.objects.all())
        total_changes = 0
        with transaction.atomic():
            for number, centre in enumerate(centres, start=1):
                changes = ensure_centre_roles(centre)
                total_changes += len(changes)
                summary = f"{len(changes)} change(s)" if changes else "up to date"
                self.stdout.write(f"[{number}/{len(centres)}] {centre.code}: {summary}")
                for change in changes:
                    self.stdout.write(f"    {change}")
            shared_changes = ensure_shared_roles()
            total_changes += len(shared_changes)
            if shared_changes:
                self.stdout.write(f"shared: {len(shared_changes)} change(s)")
                for change in shared_changes:
                    self.stdout.write(f"    {change}")
            if dry_run:
                transaction.set_rollback(True)
        verb = "Would make" if dry_run else "Made"
        self.stdout.write(self.style.SUCCESS(f"{verb} {total_changes} change(s)."))
