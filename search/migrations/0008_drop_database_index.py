"""The search index moved out of the database into a Tantivy directory (SEARCH_INDEX_DIR):
drop the tables of the SQLite FTS5 and PostgreSQL tsvector engines, with their shadow copies
(``*_new``) left by an interrupted rebuild. Run ``manage.py rebuild_search_index`` after
migrating."""

from django.db import migrations

TABLES = (
    "search_fts",
    "search_autocomplete",
    "search_entry",
    "search_posting",
    "search_segment",
    "search_phrase",
    "search_document",
    "search_vocabulary",
    "search_state",
)


def drop_tables(apps, schema_editor):
    cascade = " CASCADE" if schema_editor.connection.vendor == "postgresql" else ""
    with schema_editor.connection.cursor() as cursor:
        for table in TABLES:
            for name in (table, f"{table}_new"):
                cursor.execute(f"DROP TABLE IF EXISTS {schema_editor.quote_name(name)}{cascade}")


class Migration(migrations.Migration):
    dependencies = [("search", "0007_postgres_postings")]

    operations = [migrations.RunPython(drop_tables, migrations.RunPython.noop, elidable=False)]
