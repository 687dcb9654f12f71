"""SQLite keeps postings for the glossary's phrases of several tokens too, and the list of
those phrases. The tables hold a derived index, so they are dropped and created again: run
``manage.py rebuild_search_index`` after migrating."""

from importlib import import_module

from django.db import migrations

recreate_tables = import_module("search.migrations.0002_narrow_rows").recreate_tables


class Migration(migrations.Migration):
    dependencies = [("search", "0005_no_facets_column")]

    operations = [
        migrations.RunPython(recreate_tables("sqlite"), migrations.RunPython.noop, elidable=False)
    ]
