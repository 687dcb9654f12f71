"""A new layout of the search tables: a token table that tells each process when to reload
its columns of the index, integer row ids on PostgreSQL with a GIN index per language, and
the facet values in SQLite's full-text table. The tables hold a derived index, so they are
dropped and created again: run ``manage.py rebuild_search_index`` after migrating."""

from importlib import import_module

from django.db import migrations

recreate_tables = import_module("search.migrations.0002_narrow_rows").recreate_tables


class Migration(migrations.Migration):
    dependencies = [("search", "0002_narrow_rows")]

    operations = [
        migrations.RunPython(recreate_tables(vendor), migrations.RunPython.noop, elidable=False)
        for vendor in ("sqlite", "postgresql")
    ]
