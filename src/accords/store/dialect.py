"""What differs between the databases the store runs on, in one place.

The store is written in SQLAlchemy Core and runs the same statements on SQLite and
PostgreSQL; the one construct the two spell differently is the upsert ("insert, or update on
conflict"), which both support through their own ``insert``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Table
from sqlalchemy.engine import Connection


def upsert(conn: Connection) -> Callable[[Table], Any] | None:
    """The ``insert`` construct of the connection's dialect that has ``on_conflict_do_update``
    (SQLite, PostgreSQL), or None on a database that has none; callers fall back or refuse."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert
    if conn.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert
    return None
