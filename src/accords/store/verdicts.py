"""The verdict log in the store (schema step 8): analysts' confirmations, rejections,
corrections, entity merges and splits, appended and never deleted.

``verdicts`` has one row per verdict, numbered in the order given (`id`): the fact kind,
the action, the article (null for a merge, which applies everywhere), the fact id at the
time, the fact key that finds the fact again after re-extraction (JSON, see
`accords.review.verdicts`), the values before and after (JSON), who, when, a note, and
`held`: whether the article's last save found the fact (null for merges and splits).
Only `held` is ever updated.

Step 8 also adds the ``review`` column to the events, indicators, quotes and entities
tables (new databases get it from `accords.store.schema`).

The SQL lives here; what a verdict does to the facts is `accords.review.verdicts.apply`,
which `Store.save_extraction` runs on every save.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    func,
    insert,
    inspect,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import Connection

from accords.review.verdicts import Verdict, split_key
from accords.store.schema import FACT_TABLES

verdict_metadata = MetaData()

verdicts = Table(
    "verdicts",
    verdict_metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String, nullable=False),  # event, indicator, quote, entity
    Column("action", String, nullable=False),  # confirm, reject, correct, merge, split
    Column("article_id", String),  # no foreign key: the log outlives the facts and articles
    Column("fact_id", String),
    Column("fact_key", Text, nullable=False),  # JSON
    Column("before", Text, nullable=False),  # JSON
    Column("after", Text, nullable=False),  # JSON
    Column("who", String, nullable=False),
    Column("made_at", String, nullable=False),
    Column("note", Text),
    Column("held", Boolean),
    Index("ix_verdicts_article", "article_id", "id"),
    Index("ix_verdicts_fact_id", "fact_id"),
)

_REVIEWED = ("events", "indicators", "quotes", "entities")


def install(conn: Connection) -> None:
    """Schema step 8: the verdict log, and the ``review`` column of the reviewed fact tables."""
    verdict_metadata.create_all(conn)
    inspector = inspect(conn)
    for name in _REVIEWED:
        if "review" not in {c["name"] for c in inspector.get_columns(name)}:
            conn.execute(text(f"ALTER TABLE {name} ADD COLUMN review VARCHAR"))


def not_rejected(table: Any) -> Any:
    """The clause keeping a fact table's rows that no analyst rejected."""
    return or_(table.c.review.is_(None), table.c.review != "rejected")


def add(conn: Connection, verdict: Verdict) -> int:
    """Append `verdict` to the log; its id."""
    result = conn.execute(
        insert(verdicts).values(
            kind=verdict.kind,
            action=verdict.action,
            article_id=verdict.article_id,
            fact_id=verdict.fact_id,
            fact_key=json.dumps(verdict.key(), ensure_ascii=False, sort_keys=True),
            before=json.dumps(dict(verdict.before), ensure_ascii=False, sort_keys=True),
            after=json.dumps(dict(verdict.after), ensure_ascii=False, sort_keys=True),
            who=verdict.by,
            made_at=verdict.at,
            note=verdict.note,
            held=verdict.held,
        )
    )
    return int(result.inserted_primary_key[0])


def _from_row(row: Any) -> Verdict:
    key = json.loads(row["fact_key"])
    span = key.get("span")
    return Verdict(
        kind=row["kind"],
        action=row["action"],
        by=row["who"],
        article_id=row["article_id"],
        fact_id=row["fact_id"],
        span=tuple(span) if span else None,
        before=json.loads(row["before"]),
        after=json.loads(row["after"]),
        articles=tuple(key.get("articles") or ()),
        note=row["note"],
        at=row["made_at"],
        id=row["id"],
        held=row["held"],
    )


def of_article(conn: Connection, article_id: str) -> list[Verdict]:
    """The verdicts that apply to an article, in log order: its own, and every merge and split."""
    statement = (
        select(verdicts)
        .where(or_(verdicts.c.article_id == article_id, verdicts.c.article_id.is_(None)))
        .order_by(verdicts.c.id)
    )
    return [_from_row(row) for row in conn.execute(statement).mappings()]


def log(
    conn: Connection,
    *,
    article_id: str | None = None,
    fact_id: str | None = None,
    by: str | None = None,
    action: str | None = None,
    lost: bool = False,
    limit: int = 100,
    offset: int = 0,
) -> tuple[list[Verdict], int]:
    """Verdicts, newest first, with the filters given; and how many match. `lost`: only
    fact verdicts whose article's last save did not find their fact."""
    statement = select(verdicts)
    if article_id is not None:
        statement = statement.where(verdicts.c.article_id == article_id)
    if fact_id is not None:
        statement = statement.where(verdicts.c.fact_id == fact_id)
    if by is not None:
        statement = statement.where(verdicts.c.who == by)
    if action is not None:
        statement = statement.where(verdicts.c.action == action)
    if lost:
        statement = statement.where(verdicts.c.held.is_(False))
    total = conn.execute(select(func.count()).select_from(statement.subquery())).scalar_one()
    found = conn.execute(statement.order_by(verdicts.c.id.desc()).limit(limit).offset(offset)).mappings()
    return [_from_row(row) for row in found], int(total)


def reviewed_articles(conn: Connection) -> list[str]:
    """The ids of the articles with at least one fact verdict, in the order first judged."""
    first: dict[str, int] = {}
    statement = select(verdicts.c.article_id, verdicts.c.id).where(verdicts.c.article_id.is_not(None)).order_by(verdicts.c.id)
    for article_id, _id in conn.execute(statement):
        first.setdefault(article_id, len(first))
    return list(first)


def mark(conn: Connection, found: tuple[tuple[int | None, str | None], ...]) -> None:
    """Record which verdicts the last save found their fact for (`held`)."""
    for verdict_id, fact_id in found:
        if verdict_id is not None:
            conn.execute(update(verdicts).where(verdicts.c.id == verdict_id).values(held=fact_id is not None))


def articles_with_key(conn: Connection, key: str) -> list[str]:
    """The ids of the articles with an entity of this cross-article key (`TYPE:ident`)."""
    entities = FACT_TABLES["entities"]
    kind, ident = split_key(key)
    statement = (
        select(entities.c.article_id)
        .where(
            entities.c.type == kind,
            or_(entities.c.canonical_id == ident, and_(entities.c.canonical_id.is_(None), entities.c.name == ident)),
        )
        .distinct()
        .order_by(entities.c.article_id)
    )
    return list(conn.execute(statement).scalars())
