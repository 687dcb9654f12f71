"""The public search's own tables. They hold a derived index, not data: each operation acts
only on its engine's database vendor, and ``manage.py rebuild_search_index`` fills them.

The search index now lives in a Tantivy directory; 0008 drops these tables from databases
that have them, and their DDL is gone (so this migration and its successors do nothing).
"""

from django.db import migrations


def create_tables(vendor):
    """The tables' DDL left with the database engines (replaced by Tantivy, see 0008), so a
    new database gets none of them."""
    return migrations.RunPython.noop


def drop_tables(vendor):
    return migrations.RunPython.noop


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.RunPython(create_tables("sqlite"), drop_tables("sqlite"), elidable=False),
        migrations.RunPython(
            create_tables("postgresql"), drop_tables("postgresql"), elidable=False
        ),
    ]
