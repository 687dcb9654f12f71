"""A new layout of the search tables: SQLite keeps a narrow row per document beside the texts,
PostgreSQL keeps the texts out of the table's rows. The tables hold a derived index, so they
are dropped and created again: run ``manage.py rebuild_search_index`` after migrating."""

from importlib import import_module

from django.db import migrations

initial = import_module("search.migrations.0001_initial")


def recreate_tables(vendor):
    drop, create = initial.drop_tables(vendor), initial.create_tables(vendor)

    def operation(apps, schema_editor):
        drop(apps, schema_editor)
        create(apps, schema_editor)

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            recreate_tables(vendor), migrations.RunPython.noop, elidable=False
        )
        for vendor in ("sqlite", "postgresql")
    ]
