from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse
from django.utils import translation

from knowledge.demo.loader import DemoLoader
from knowledge.demo.schema import DemoDataError


class Command(BaseCommand):
    help = (
        "Build the bilingual (nl/en) demo site: all member centres, protocols with version "
        "histories, QC methods, the regulatory inventory, the glossary and demo accounts. "
        "Safe to run again: existing pages are kept, nothing is duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-search-index",
            action="store_true",
            help="Also rebuild the search index for the loaded content (as `make demo` does), "
            "so the demo accounts are printed after every progress bar.",
        )

    def handle(self, *args, **options):
        try:
            report = DemoLoader(stdout=self.stdout).load()
        except DemoDataError as error:
            raise CommandError(f"The demo data is invalid: {error}") from error
        if options["with_search_index"]:
            call_command("rebuild_search_index", stdout=self.stdout, stderr=self.stderr)
        created = ", ".join(f"{n} {kind}" for kind, n in sorted(report.created.items())) or "none"
        kept = ", ".join(f"{n} {kind}" for kind, n in sorted(report.skipped.items())) or "none"
        self.stdout.write(self.style.SUCCESS(f"Created: {created}"))
        self.stdout.write(f"Already present, left unchanged: {kept}")
        participant_logins = " or ".join(_login_path(language) for language in ("en", "nl"))
        self.stdout.write(
            "\nDemo accounts (local demo only) — staff log in at /admin/, "
            f"participants at {participant_logins}:"
        )
        for username, password, role in report.accounts:
            self.stdout.write(f"  {username:<24} {password:<16} {role}")


def _login_path(language: str) -> str:
    with translation.override(language):
        return reverse("account_login")
