from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from dare_platform.backup import BackupError, backup_database


class Command(BaseCommand):
    help = (
        "Write a consistent backup of the database (SQLite: online backup API; PostgreSQL: "
        "pg_dump custom format). Media files are backed up separately; see docs/operations.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", help="file to write (default: var/backups/<timestamp>)")

    def handle(self, *args, output=None, **options):
        stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
        target = Path(output or f"var/backups/dare-{stamp}.backup")
        try:
            written = backup_database(target)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Backup written to {written}"))
