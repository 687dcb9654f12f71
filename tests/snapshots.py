"""Whole-database snapshots: taken with Django's own serialiser, restored with the same primary
keys (hence the same URLs), fast enough to restore before every browser test."""

import json

from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.cache import cache
from django.db import connection, transaction

FIRST = ("contenttypes.contenttype", "auth.permission")


def snapshot() -> str:
    """Every migrated table, content types first: restoring a page lets signal handlers ask
    for its content type, which must then already exist with the snapshot's primary key."""
    objects = json.loads(connection.creation.serialize_db_to_string())
    objects.sort(key=lambda obj: FIRST.index(obj["model"]) if obj["model"] in FIRST else 2)
    return json.dumps(objects)


def forget_cached_rows() -> None:
    """Content types and cached lookups (site root paths, glossary matcher) refer to rows by
    primary key; drop them whenever the rows are swapped underneath."""
    ContentType.objects.clear_cache()
    cache.clear()


def _load(data: str) -> None:
    """Django's ``deserialize_db_from_string``, with INSERTs only: the tables are empty, so
    the UPDATE it tries first for every row is wasted (this halves the time). Sequences are
    then moved past the restored keys (PostgreSQL; a no-op on SQLite)."""
    tables, models = set(), set()
    with transaction.atomic(), connection.constraint_checks_disabled():
        for deserialized in serializers.deserialize("json", data):
            obj = deserialized.object
            type(obj).save_base(obj, raw=True, force_insert=True)
            for accessor, related in (deserialized.m2m_data or {}).items():
                getattr(obj, accessor).set(related)
            tables.add(obj._meta.db_table)
            models.add(type(obj))
        connection.check_constraints(table_names=tables)
        _move_sequences_past_restored_keys(models)


def _move_sequences_past_restored_keys(models: set) -> None:
    """Never backwards: ``setval`` is not undone by a rollback, so a restore inside a
    transaction that is rolled back (``shared_site_data``) must not leave a sequence below
    keys that the rollback brings back (rows committed by another module, such as page log
    entries that outlive their pages). Django's ``sequence_reset_sql`` sets it to the
    table's current maximum, which can be lower."""
    if connection.vendor != "postgresql":
        return  # SQLite takes the next rowid from the table itself
    with connection.cursor() as cursor:
        for model in models:
            pk = model._meta.pk
            if pk.get_internal_type() not in ("AutoField", "BigAutoField", "SmallAutoField"):
                continue
            table, column = model._meta.db_table, pk.column
            quoted_table, quoted_column = map(connection.ops.quote_name, (table, column))
            cursor.execute(
                f"SELECT setval(seq, GREATEST(COALESCE(MAX(t.{quoted_column}), 0), "  # noqa: S608
                "COALESCE(pg_sequence_last_value(seq), 0), 1)) "
                f"FROM {quoted_table} t, "
                "(SELECT pg_get_serial_sequence(%s, %s)::regclass AS seq) s GROUP BY seq",
                [table, column],
            )


def restore(data: str) -> None:
    """Empty every Django table and load the snapshot, in one transaction. DELETE rather than
    ``flush`` (TRUNCATE on PostgreSQL, about a second for a hundred tables): the tables hold
    a few hundred rows, and foreign keys are checked at commit."""
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
        for table in connection.introspection.django_table_names(only_existing=True):
            cursor.execute(f"DELETE FROM {connection.ops.quote_name(table)}")  # noqa: S608
        forget_cached_rows()
        _load(data)
