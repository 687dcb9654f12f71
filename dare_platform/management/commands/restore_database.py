from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from dare_platform.backup import BackupError, restore_database


class Command(BaseCommand):
    help = (
        "Replace the database's content with a backup made by backup_database. Stop the web "
        "server first. Asks for confirmation unless --no-input is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("backup", help="the backup file to restore")
        parser.add_argument("--no-input", action="store_true", help="do not ask for confirmation")

    def handle(self, *args, backup, no_input=False, **options):
        if not no_input:
            answer = input("This replaces every page, revision and account. Type 'yes': ")
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled; nothing was changed.")
        try:
            restore_database(Path(backup))
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Restored from {backup}"))
