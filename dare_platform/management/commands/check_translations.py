import shutil
import tempfile
from pathlib import Path

import polib
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Fail when a UI string is missing from the Dutch catalogue, untranslated, fuzzy, or "
        "when the compiled .mo file is out of date. Leaves locale/ unchanged."
    )

    def add_arguments(self, parser):
        parser.add_argument("--language", default="nl")

    def handle(self, *args, language, **options):
        po_path = Path(settings.BASE_DIR) / "locale" / language / "LC_MESSAGES" / "django.po"
        mo_path = po_path.with_suffix(".mo")
        if not po_path.exists():
            raise CommandError(f"{po_path} does not exist: run `make messages`.")
        problems = []
        with tempfile.TemporaryDirectory() as backup_dir:
            backup = Path(backup_dir) / "django.po"
            shutil.copy2(po_path, backup)
            try:
                call_command(
                    "makemessages",
                    locale=[language],
                    ignore_patterns=[".venv/*", "var/*"],
                    verbosity=0,
                )
                extracted = {
                    entry.msgid for entry in polib.pofile(str(po_path)) if not entry.obsolete
                }
            finally:
                shutil.copy2(backup, po_path)
        catalogue = polib.pofile(str(po_path))
        known = {entry.msgid for entry in catalogue if not entry.obsolete}
        problems += [f"not in the catalogue: {msgid!r}" for msgid in sorted(extracted - known)]
        problems += [f"untranslated: {e.msgid!r}" for e in catalogue.untranslated_entries()]
        problems += [f"fuzzy: {e.msgid!r}" for e in catalogue.fuzzy_entries()]
        if not mo_path.exists():
            problems.append(f"{mo_path.name} is missing")
        else:
            compiled = {(e.msgctxt, e.msgid): e.msgstr for e in polib.mofile(str(mo_path))}
            for entry in catalogue.translated_entries():
                if (
                    compiled.get((entry.msgctxt, entry.msgid)) != entry.msgstr
                    and not entry.msgid_plural
                ):
                    problems.append(f"{mo_path.name} is out of date (e.g. {entry.msgid!r})")
                    break
        if problems:
            listing = "\n  ".join(problems[:50])
            more = f"\n  … and {len(problems) - 50} more" if len(problems) > 50 else ""
            raise CommandError(
                f"The {language} catalogue is incomplete ({len(problems)} problems); "
                f"run `make messages` and translate:\n  {listing}{more}"
            )
        self.stdout.write(self.style.SUCCESS(f"{language}: {len(known)} strings, all translated."))
