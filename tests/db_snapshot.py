"""Copies of the test database's rows, kept beside it, so the demo content is
seeded once per test process and then restored in a fraction of a second.

Seeding the demo content (every page translated through wagtail-localize)
takes 10-50 seconds; a dozen suites need it. ``Snapshot.seeded`` runs the seed
once and copies every model table, before the seed and after it, into plain
tables (``snapshot_<name>_<n>``) that belong to no model, so Django's flush
leaves them alone; then it puts the database back as it was.
``Snapshot.restore`` replaces the rows of every model table with the seeded
ones, inside the caller's transaction: a ``TestCase`` class rolls it back at
its end like any other fixture data, and a transactional test's flush clears
it. Whatever the database held before is gone, including what a fixture made
earlier in the same test (a logged-in user, say): restore first.

Full-text rows follow by themselves: on SQLite the search index's FTS table
is a virtual table that triggers fill from the index table, so it is never
copied; on PostgreSQL the index lives in the model table.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.management.color import no_style
from django.db import connection, transaction


def model_tables():
    """The tables of installed models that exist, as flush sees them, less SQLite's
    virtual tables (full-text indexes that triggers keep in step with their model table)."""
    tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
            tables = set(tables) - {name for (name,) in cursor.fetchall()}
    return sorted(tables)


class Snapshot:
    def __init__(self, name, copies):
        self.name = name
        self.copies = copies  # {model table: the table holding a copy of its rows}
        self.output = ""  # what the seed printed, for tests that read it

    @classmethod
    def take(cls, name, tables):
        """Copy the rows of ``tables``, as the current transaction sees them."""
        quote = connection.ops.quote_name
        copies = {table: f"snapshot_{name}_{number}" for number, table in enumerate(tables)}
        with transaction.atomic(), connection.cursor() as cursor:
            for table, copy in copies.items():
                cursor.execute(f"DROP TABLE IF EXISTS {quote(copy)}")
                cursor.execute(f"CREATE TABLE {quote(copy)} AS SELECT * FROM {quote(table)}")  # nosec B608
        return cls(name, copies)

    @classmethod
    def seeded(cls, name, seed):
        """Run ``seed()`` (committed), keep a snapshot of the result, then undo it.

        Returns the snapshot, with ``output`` set to what ``seed()`` returned.
        """
        tables = model_tables()
        before = cls.take(f"before_{name}", tables)
        output = seed()
        after = cls.take(name, tables)
        after.output = output
        before.restore()
        return after

    def restore(self):
        """Replace the rows of every model table with the snapshot's.

        Runs in one transaction (a savepoint inside a test's): foreign keys are
        deferred on both databases, so tables can be emptied and filled in any order.
        """
        quote = connection.ops.quote_name
        missing = set(model_tables()) - set(self.copies)
        if missing:
            raise RuntimeError(f"snapshot {self.name!r} predates the tables {sorted(missing)}")
        with transaction.atomic(), connection.cursor() as cursor:
            # DELETE rather than TRUNCATE: on PostgreSQL a TRUNCATE makes new files for
            # every table and index, many times slower for tables this small.
            for table in self.copies:
                cursor.execute(f"DELETE FROM {quote(table)}")  # nosec B608
            for table, copy in self.copies.items():
                cursor.execute(f"INSERT INTO {quote(table)} SELECT * FROM {quote(copy)}")  # nosec B608
            models = apps.get_models(include_auto_created=True)
            for statement in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(statement)
        forget_cached_rows()


def forget_cached_rows():
    """Drop what this process remembers of rows that a restore or a rollback replaced."""
    ContentType.objects.clear_cache()
    for cache in caches.all(initialized_only=True):
        cache.clear()
