"""Versioned schema migrations: an ordered list of steps, applied on open.

The ``schema_version`` table records every step applied (version, description, time).
`migrate` applies the missing steps in order, each in its own transaction together with
its ``schema_version`` row, so a failed step leaves the database at the previous version.
A database written by a newer accords (a version this code does not know) is refused
with `StoreError` rather than misread.

Concurrent openers are safe: each step runs under a write lock (``BEGIN IMMEDIATE`` on
SQLite, a transaction-scoped advisory lock on PostgreSQL) and re-reads the version first.

Adding a step: append a `Migration` with the next number. A released step is never
edited; until the first release, step 1 creates the tables from `accords.store.schema`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, UTC

from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import Connection, Engine

from accords.errors import StoreError
from accords.store import fts, generation, pair_index, registry, registry_tables, schema, verdicts, watchlists

_PG_LOCK_KEY = 0x616363_6F7264  # "accord": an arbitrary constant for pg_advisory_xact_lock


@dataclass(frozen=True)
class Migration:
    """One schema step: its version number, what it does, and the function doing it."""

    version: int
    description: str
    apply: Callable[[Connection], None]


def _create_tables(conn: Connection) -> None:
    tables = [t for t in schema.metadata.sorted_tables if t is not schema.schema_version]
    schema.metadata.create_all(conn, tables=tables)


def _create_index(conn: Connection, name: str) -> None:
    """Create an index declared in `accords.store.schema` (step 1 already made it on new databases)."""
    index = next(i for table in schema.metadata.sorted_tables for i in table.indexes if i.name == name)
    index.create(conn, checkfirst=True)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, near-duplicate bands, extractions and fact tables", _create_tables),
    Migration(2, "full-text search over article titles and texts", fts.install),
    Migration(3, "entity registry: canonical entities, name variants, people's roles", registry_tables.create),
    Migration(4, "covering index for country and pair filters", lambda conn: _create_index(conn, "ix_fact_countries_lookup")),
    Migration(5, "country and pair index: ordered fact keys and event counts, filled from the stored facts", pair_index.install),
    Migration(6, "entity registry counts, so a save adjusts the aggregates instead of recomputing them; "
                 "filled from the stored contributions", registry.install_counts),
    Migration(7, "index on the indicators' period end, the date cursor pages of figures seek on",
              lambda conn: _create_index(conn, "ix_indicators_period_end")),
    Migration(8, "verdict log of the analysts' reviews, and the review column of events, indicators, quotes "
                 "and entities", verdicts.install),
    Migration(9, "save log (the order articles' facts were first stored) and watchlists", watchlists.install),
    Migration(10, "store generation, raised by every write, so cached store-wide answers know when they are stale",
              generation.install),
)

LATEST = MIGRATIONS[-1].version


def current_version(conn: Connection) -> int:
    """The schema version of the database on `conn` (0 when it has no schema yet)."""
    if not conn.dialect.has_table(conn, schema.schema_version.name):
        return 0
    return conn.execute(select(func.max(schema.schema_version.c.version))).scalar() or 0


def migrate(engine: Engine, *, target: int | None = None) -> int:
    """Bring the database up to `target` (default: the latest version); return the version.

    Raises `StoreError` when the database is newer than this code.
    """
    target = LATEST if target is None else target
    if not 0 <= target <= LATEST:
        raise StoreError(f"unknown schema version {target}; this accords knows versions 1 to {LATEST}")
    with engine.connect() as conn:
        conn.execution_options(accords_write=True)
        while True:
            with conn.begin():
                _lock(conn)
                version = current_version(conn)
                if version > LATEST:
                    raise StoreError(
                        f"the database has schema version {version}, newer than this accords knows "
                        f"({LATEST}); upgrade accords to open it"
                    )
                if version >= target:
                    return version
                step = MIGRATIONS[version]
                if version == 0:
                    schema.schema_version.create(conn, checkfirst=True)
                step.apply(conn)
                conn.execute(
                    insert(schema.schema_version).values(
                        version=step.version,
                        description=step.description,
                        applied_at=datetime.now(UTC).isoformat(timespec="seconds"),
                    )
                )


def _lock(conn: Connection) -> None:
    """Serialise migrations between processes (SQLite is already locked by BEGIN IMMEDIATE)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
