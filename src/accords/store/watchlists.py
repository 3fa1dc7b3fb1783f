"""Watchlists and the save log they read (schema step 9).

``extraction_log`` numbers the articles in the order their facts were first stored: one row
per article, written by `Store.save_extraction` the first time it saves the article's facts
(a re-extraction keeps the row, so a new pipeline version does not make old news new). Its
`id` is what a watchlist's cursor counts: "new since the last look" means facts of the
articles logged after the cursor, whatever the events' own dates. Step 9 logs the articles
already extracted, in the order they were stored.

``watchlists`` has one row per saved query: its name, the query (JSON, checked by
`accords.alerts` before it is stored), the cursor (the last log id seen), the commitment
statuses seen (JSON, id -> status: a status change since is an alert), an optional webhook
URL and its shared secret, and when it was made and last marked seen.

The SQL lives here; what a watchlist matches and what an alert is lives in `accords.alerts`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, UTC
from typing import Any, TypeVar

from sqlalchemy import (
    Column,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection

from accords.errors import NotFoundError, StoreError
from accords.model import Segment
from accords.store.rows import segments_from_json
from accords.store.schema import articles, extractions

T = TypeVar("T")
#: The advisory lock that orders first saves on PostgreSQL (an arbitrary constant: "acclog").
_PG_LOG_LOCK = 0x616363_6C6F67

watch_metadata = MetaData()

extraction_log = Table(
    "extraction_log",
    watch_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String, ForeignKey(articles.c.id, ondelete="CASCADE"), nullable=False, unique=True),
    Column("saved_at", String, nullable=False),
)

watchlists = Table(
    "watchlists",
    watch_metadata,
    Column("name", String, primary_key=True),
    Column("query", Text, nullable=False),  # JSON object
    Column("cursor", Integer, nullable=False),
    Column("statuses", Text, nullable=False),  # JSON object: commitment id -> status
    Column("webhook_url", Text),
    Column("webhook_secret", Text),
    Column("created_at", String, nullable=False),
    Column("seen_at", String),
)


@dataclass(frozen=True)
class Watchlist:
    """A stored watchlist: its name, query, cursor (the last save-log id seen), the
    commitment statuses seen, and its webhook (the secret is never shown).

    The store reads and writes the query as the plain dict it keeps; `accords.alerts` hands
    the same record out with the query read into an `alerts.WatchQuery`."""

    name: str
    query: Any
    cursor: int
    statuses: dict[str, str] = field(default_factory=dict)
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    created_at: str = ""
    seen_at: str | None = None


@dataclass(frozen=True)
class Saved:
    """One article in the save log: its log id, id and when its facts were first stored."""

    id: int
    article_id: str
    saved_at: str


def reading(store: Any, work: Callable[[Connection], T]) -> T:
    """`work(conn)` on a read connection of `store` (an `accords.store.Store`)."""
    with store._read() as conn:  # noqa: SLF001 - a module of the store package
        return work(conn)


def writing(store: Any, work: Callable[[Connection], T]) -> T:
    """`work(conn)` in a write transaction of `store`, retried as the store's writes are."""
    return store._write_retried(work)  # noqa: SLF001 - a module of the store package


def install(conn: Connection) -> None:
    """Schema step 9: the save log (filled with the articles extracted so far, in the order
    they were stored) and the watchlists."""
    watch_metadata.create_all(conn)
    if conn.execute(select(func.count()).select_from(extraction_log)).scalar_one():
        return
    stored = conn.execute(
        select(articles.c.id, extractions.c.created_at)
        .join(extractions, extractions.c.article_id == articles.c.id)
        .order_by(articles.c.seq)
    ).all()
    if stored:
        conn.execute(insert(extraction_log), [{"article_id": a, "saved_at": at} for a, at in stored])


def record(conn: Connection, article_id: str, saved_at: str) -> None:
    """Log the article's first save of facts (a later save changes nothing), in the save's
    transaction; the caller holds the article's row lock.

    Log ids must become visible in their order, or a reader could move a cursor past an id
    whose save has not committed yet and never see it. SQLite runs one write at a time; on
    PostgreSQL a transaction-scoped advisory lock, taken just before the id is drawn and
    held to the commit, queues the first saves of concurrent writers (their other work is
    done by then)."""
    found = conn.execute(select(extraction_log.c.id).where(extraction_log.c.article_id == article_id)).first()
    if found is None:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOG_LOCK})
        conn.execute(insert(extraction_log), {"article_id": article_id, "saved_at": saved_at})


def head(conn: Connection) -> int:
    """The last log id (0 when nothing was saved yet)."""
    return conn.execute(select(func.max(extraction_log.c.id))).scalar() or 0


def saved_after(conn: Connection, cursor: int, *, limit: int) -> list[Saved]:
    """The first `limit` articles logged after `cursor`, in log order."""
    found = conn.execute(
        select(extraction_log).where(extraction_log.c.id > cursor).order_by(extraction_log.c.id).limit(limit)
    ).mappings()
    return [Saved(row["id"], row["article_id"], row["saved_at"]) for row in found]


def saved_latest(conn: Connection, *, limit: int) -> list[Saved]:
    """The last `limit` articles logged, latest first."""
    found = conn.execute(select(extraction_log).order_by(extraction_log.c.id.desc()).limit(limit)).mappings()
    return [Saved(row["id"], row["article_id"], row["saved_at"]) for row in found]


def sentences(conn: Connection, article_ids: list[str]) -> dict[str, tuple[Segment, ...]]:
    """The sentence spans of these articles' stored extractions, by article id."""
    found: dict[str, tuple[Segment, ...]] = {}
    for start in range(0, len(article_ids), 500):
        chunk = article_ids[start : start + 500]
        statement = select(extractions.c.article_id, extractions.c.sentences).where(extractions.c.article_id.in_(chunk))
        for article_id, text_ in conn.execute(statement):
            found[article_id] = segments_from_json(text_)
    return found


def add(conn: Connection, row: Watchlist) -> None:
    """Store a new watchlist; `StoreError` when one of that name exists."""
    if conn.execute(select(watchlists.c.name).where(watchlists.c.name == row.name)).first() is not None:
        raise StoreError(f"a watchlist named {row.name!r} exists; remove it first or choose another name")
    conn.execute(
        insert(watchlists),
        {
            "name": row.name,
            "query": json.dumps(row.query, sort_keys=True),
            "cursor": row.cursor,
            "statuses": json.dumps(row.statuses, sort_keys=True),
            "webhook_url": row.webhook_url,
            "webhook_secret": row.webhook_secret,
            "created_at": row.created_at or _now(),
            "seen_at": row.seen_at,
        },
    )


def get(conn: Connection, name: str) -> Watchlist:
    """The watchlist called `name`; `NotFoundError` naming the ones there are."""
    found = conn.execute(select(watchlists).where(watchlists.c.name == name)).mappings().first()
    if found is None:
        names = [w.name for w in all_rows(conn)]
        known = f"; watchlists: {', '.join(names)}" if names else "; there are none (accords watchlist add)"
        raise NotFoundError(f"no watchlist named {name!r}{known}")
    return _from_row(found)


def all_rows(conn: Connection) -> list[Watchlist]:
    """Every watchlist, by name."""
    return [_from_row(row) for row in conn.execute(select(watchlists).order_by(watchlists.c.name)).mappings()]


def remove(conn: Connection, name: str) -> None:
    """Delete the watchlist called `name`; `NotFoundError` when there is none."""
    get(conn, name)
    conn.execute(delete(watchlists).where(watchlists.c.name == name))


def advance(conn: Connection, name: str, *, cursor: int, statuses: dict[str, str]) -> None:
    """Mark what a watchlist has seen: the save log up to `cursor`, these commitment statuses.
    The cursor never moves back (two deliveries finishing out of order keep the later)."""
    current = get(conn, name)
    conn.execute(
        update(watchlists)
        .where(watchlists.c.name == name)
        .values(cursor=max(cursor, current.cursor), statuses=json.dumps(statuses, sort_keys=True), seen_at=_now())
    )


def _from_row(row: Any) -> Watchlist:
    return Watchlist(
        name=row["name"],
        query=json.loads(row["query"]),
        cursor=row["cursor"],
        statuses=json.loads(row["statuses"]),
        webhook_url=row["webhook_url"],
        webhook_secret=row["webhook_secret"],
        created_at=row["created_at"],
        seen_at=row["seen_at"],
    )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
