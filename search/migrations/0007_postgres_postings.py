"""PostgreSQL ranks from postings derived from the vectors too: the documents table gains
each row's length and day number, and the postings, segment and phrase tables are added. The
tables hold a derived index, so they are dropped and created again: run
``manage.py rebuild_search_index`` after migrating."""

from importlib import import_module

from django.db import migrations

recreate_tables = import_module("search.migrations.0002_narrow_rows").recreate_tables


class Migration(migrations.Migration):
    dependencies = [("search", "0006_phrases")]

    operations = [
        migrations.RunPython(
            recreate_tables("postgresql"), migrations.RunPython.noop, elidable=False
        )
    ]
