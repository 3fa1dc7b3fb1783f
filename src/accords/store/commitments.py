"""Commitments and conflicting figures across the stored articles.

Loads target and actual indicators with their articles' publication dates (one query per
kind) and hands them to the pure `accords.commitments.track` / `conflicts`; all the logic
lives there, all the SQL here.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import exists, select
from sqlalchemy.engine import Connection

from accords import commitments as logic
from accords.commitments import Commitment, Conflict, Figure
from accords.store import rows
from accords.store.schema import articles, fact_countries, indicators as indicators_t
from accords.store.store import Store


def figures(conn: Connection, *, kind: str, country: str | None = None) -> list[Figure]:
    """Every indicator of `kind` ("target", "actual", ...) with its article's publication
    date, in article order; with `country`, only those having it among their subjects."""
    statement = (
        select(indicators_t, articles.c.published.label("article_published"))
        .join(articles, articles.c.id == indicators_t.c.article_id)
        .where(indicators_t.c.kind == kind)
    )
    if country is not None:
        statement = statement.where(
            exists().where(
                fact_countries.c.article_id == indicators_t.c.article_id,
                fact_countries.c.kind == "indicator",
                fact_countries.c.seq == indicators_t.c.seq,
                fact_countries.c.role == "subject",
                fact_countries.c.country == country,
            )
        )
    statement = statement.order_by(articles.c.published, indicators_t.c.article_id, indicators_t.c.seq)
    return [
        Figure(rows.indicator_from_row(row), row["article_published"])
        for row in conn.execute(statement).mappings()
    ]


def commitments(
    store: Store,
    *,
    country: str | None = None,
    today: dt.date | None = None,
    history_years: int = 3,
) -> list[Commitment]:
    """The commitments (targets and their status) in the store; with `country`, those whose
    subjects include it. `today` (default: the current date) decides passed deadlines."""
    with store._read() as conn:  # noqa: SLF001 - the store package's own connection helper
        targets = figures(conn, kind="target", country=country)
        actuals = figures(conn, kind="actual", country=country) if targets else []
    return logic.track(targets, actuals, today=today or dt.date.today(), history_years=history_years)


def conflicts(store: Store, *, country: str | None = None) -> list[Conflict]:
    """Actual figures in the store that contradict each other (same metric, subjects, unit
    and period, values more than 1 % apart); with `country`, those about it."""
    with store._read() as conn:  # noqa: SLF001 - the store package's own connection helper
        actuals = figures(conn, kind="actual", country=country)
    return logic.conflicts(actuals)
