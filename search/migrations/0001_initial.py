"""The public search's own tables. They hold a derived index, not data: each operation acts
only on its engine's database vendor, and ``manage.py rebuild_search_index`` fills them.

The DDL lives with the engines, which also need it to build shadow tables when rebuilding.
A later change of layout therefore needs a new migration that drops and recreates the tables
(and a rebuild), not an edit of this one.
"""

from django.db import migrations


def _engine_for(schema_editor, vendor):
    if schema_editor.connection.vendor != vendor:
        return None
    if vendor == "sqlite":
        from search.engines.sqlite import SQLiteEngine

        return SQLiteEngine()
    from search.engines.postgres import PostgresEngine

    return PostgresEngine()


def create_tables(vendor):
    def operation(apps, schema_editor):
        engine = _engine_for(schema_editor, vendor)
        if engine is None:
            return
        with schema_editor.connection.cursor() as cursor:
            if vendor == "postgresql":
                cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            engine.create_tables(cursor)

    return operation


def drop_tables(vendor):
    def operation(apps, schema_editor):
        engine = _engine_for(schema_editor, vendor)
        if engine is None:
            return
        with schema_editor.connection.cursor() as cursor:
            engine.drop_tables(cursor)

    return operation


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.RunPython(create_tables("sqlite"), drop_tables("sqlite"), elidable=False),
        migrations.RunPython(
            create_tables("postgresql"), drop_tables("postgresql"), elidable=False
        ),
    ]
