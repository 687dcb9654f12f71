"""SQLite filters by the columns of the index, not in the MATCH expression, so its full-text
table loses the facets column. The tables hold a derived index, so they are dropped and
created again: run ``manage.py rebuild_search_index`` after migrating."""

from importlib import import_module

from django.db import migrations

recreate_tables = import_module("search.migrations.0002_narrow_rows").recreate_tables


class Migration(migrations.Migration):
    dependencies = [("search", "0004_postings")]

    operations = [
        migrations.RunPython(recreate_tables("sqlite"), migrations.RunPython.noop, elidable=False)
    ]
