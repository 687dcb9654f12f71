import json

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import BaseCommand, CommandError

from search import evaluation, service


class Command(BaseCommand):
    help = (
        "Measure the relevance of the public search: run the judged queries "
        "(tests/search_eval/judgements.json, graded 0–3 over the demo content) through the "
        "search service and report, per query and on average, nDCG@10 (graded gain, log2 "
        "discount) and MRR (first result with grade >= 1 in the top 10), counting what the reader "
        "sees first (for a query that finds nothing, its spelling correction's results). "
        "Needs the demo content and "
        "an index in the current database: run load_demo_content and rebuild_search_index "
        "first."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--engine",
            choices=list(service.ENGINES),
            help="Search with this engine (default: the configured one).",
        )
        parser.add_argument(
            "--json", action="store_true", help="Print the whole evaluation as JSON."
        )
        parser.add_argument(
            "--judgements",
            help="Another judgements file (default: tests/search_eval/judgements.json).",
        )

    def handle(self, *args, engine=None, judgements=None, **options):
        try:
            judged = evaluation.load_judgements(judgements)
        except (OSError, ValueError, KeyError) as error:
            raise CommandError(f"Cannot read the judgements: {error}") from error
        try:
            result = evaluation.evaluate(judged, engine=engine)
        except ImproperlyConfigured as error:
            raise CommandError(str(error)) from error
        except evaluation.EvaluationError as error:
            raise CommandError(f"{error}.") from error
        if options["json"]:
            self.stdout.write(json.dumps(result.as_dict(), indent=2, ensure_ascii=False))
        else:
            self._table(result)

    def _table(self, result: evaluation.Evaluation) -> None:
        write = self.stdout.write
        write(f"Search relevance, {result.engine} engine, {len(result.results)} judged queries")
        write(f"{'query':<36} {'lang':<4} {'nDCG@10':>7} {'RR':>5} {'hits':>5}  corrected to")
        for item in result.results:
            query = item.judgement.query
            if item.judgement.filters:
                values = (value for group in item.judgement.filters.values() for value in group)
                query += f" [{','.join(values)}]"
            write(
                f"{query[:36]:<36} {item.judgement.language:<4} {item.shown.ndcg:>7.3f} "
                f"{item.shown.reciprocal_rank:>5.2f} {item.shown.count:>5}  "
                f"{item.corrected_query or ''}"
            )
        write("")
        write(f"{'group':<26} {'queries':>7} {'nDCG@10':>8} {'MRR':>6}")
        rows = {"all": result.averages(), **result.breakdown()}
        for name, averages in rows.items():
            write(
                f"{name:<26} {averages['queries']:>7} {averages['ndcg_at_10']:>8.3f} "
                f"{averages['mrr']:>6.3f}"
            )
        if result.unknown_ids:
            self.stderr.write(
                "Judged documents missing from this database (scored as not found): "
                + ", ".join(result.unknown_ids)
            )
        averages = result.averages()
        write(
            self.style.SUCCESS(
                f"nDCG@10 {averages['ndcg_at_10']:.3f}, MRR {averages['mrr']:.3f} ({result.engine})"
            )
        )
