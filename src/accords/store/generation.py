"""The store's generation: a number that every committed write raises (schema step 10).

Answers that read much of the store (the corpus summary, the relationship graph, entities
grouped across articles) take a second on a 10,000-article store, and sixteen clients
asking for them at once queue behind each other. `accords.service.cache` keeps such answers
and reuses them while the store is unchanged; this number is how it knows, across
processes: `Store._write` raises it in the same transaction as the write itself, so a
reader that sees a generation also sees every write counted in it, and an `accords ingest`
or `accords watch` in another process makes the server's cached answers stale on commit.

The row is raised as the transaction's last statement, so concurrent PostgreSQL writers
queue on it only for the moment between that statement and their commit, and always
take it after every other lock (no deadlock from the order).
"""

from __future__ import annotations

from sqlalchemy import Column, Integer, MetaData, Table, insert, select, update
from sqlalchemy.engine import Connection

generation_metadata = MetaData()

store_generation = Table(
    "store_generation",
    generation_metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("generation", Integer, nullable=False),
)


def install(conn: Connection) -> None:
    """Schema step 10: the one-row generation table, starting at 1."""
    generation_metadata.create_all(conn)
    if conn.execute(select(store_generation.c.id)).first() is None:
        conn.execute(insert(store_generation).values(id=1, generation=1))


def bump(conn: Connection) -> None:
    """Raise the generation inside the caller's write transaction."""
    conn.execute(update(store_generation).where(store_generation.c.id == 1).values(
        generation=store_generation.c.generation + 1
    ))


def current(conn: Connection) -> int:
    """The generation the reader on `conn` sees."""
    return int(conn.execute(select(store_generation.c.generation).where(store_generation.c.id == 1)).scalar_one())
