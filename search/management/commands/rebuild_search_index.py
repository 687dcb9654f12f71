from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from dare_platform.progress import Progress
from search import service


class Command(BaseCommand):
    # The cure for search.E002 (an index of another schema) must run despite it.
    requires_system_checks = []
    help = (
        "Rebuild the public search index from every live, public page and the glossary. "
        "The new index is built next to the old one and swapped in at the end, so search "
        "keeps answering meanwhile; changes published during the rebuild are kept. Without "
        "--engine, every engine in use is rebuilt (with Elasticsearch configured: "
        "Elasticsearch and the Tantivy backup)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--engine",
            choices=list(service.ENGINES),
            help="Rebuild only this engine's index.",
        )

    def handle(self, *args, engine=None, **options):
        try:
            names = [engine] if engine else service.engines_in_use()
            total = service.document_count()
            for name in names:
                progress = Progress(total, f"{name} index", stream=self.stdout)
                written = service.rebuild(progress, engine=name)
                seconds = progress.finish()
                rate = written / seconds if seconds > 0 else 0.0
                self.stdout.write(
                    self.style.SUCCESS(
                        f"Rebuilt the {name} search index: {written} documents in "
                        f"{seconds:.1f} s ({rate:.0f} documents per second)."
                    )
                )
        except (ImproperlyConfigured, ImportError) as error:
            raise CommandError(str(error)) from error
