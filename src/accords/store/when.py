"""When an event happened, for ordering and filtering: the one rule every listing uses.

Most news articles do not date what they report ("the ministers met"), so an event's own
`date` is often empty. An analyst still needs it on a timeline and under `--since`: an
undated event takes the day its article was published, marked ``reported`` so nobody
takes it for the day it happened. `event_when` is the rule on records (exports, briefs);
`since_clause`/`until_clause` are the same rule in SQL (the event listings and `accords
export --since`), and `reported_months` places undated events on the pair timeline.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, Subquery, and_, func, or_, select
from sqlalchemy.engine import Connection

from accords.model import Event
from accords.store.rows import date_bounds, day_bounds
from accords.store.schema import articles, events as events_t

#: `When.source` values: the event's own date, or its article's publication date.
EVENT_DATE = "event"
REPORTED = "reported"


@dataclass(frozen=True)
class When:
    """The days an event covers (`start`..`end`, one day for a day) and whether they are
    the event's own date (`source` ``event``) or its article's publication day
    (``reported``)."""

    start: str
    end: str
    source: str

    @property
    def label(self) -> str:
        """``2021-09-14``, ``2021-09-01..2021-09-30`` or ``2021-09-14 (reported)``."""
        days = self.start if self.start == self.end else f"{self.start}..{self.end}"
        return days if self.source == EVENT_DATE else f"{days} ({REPORTED})"


def event_when(event: Event, published: str | None) -> When | None:
    """The event's `When`: its own date where the text gives one, else the day `published`
    (the article's publication date) as ``reported``; None when neither is known."""
    start, end = date_bounds(event.date) if event.date is not None else (None, None)
    if start is not None and end is not None:
        return When(start, end, EVENT_DATE)
    if published:
        return When(published[:10], published[:10], REPORTED)
    return None


def _published_day() -> ScalarSelect[str]:
    """The publication day of the event row's article (a correlated subquery)."""
    return (
        select(func.substr(articles.c.published, 1, 10)).where(articles.c.id == events_t.c.article_id).scalar_subquery()
    )


def since_clause(since: str) -> ColumnElement[bool]:
    """Events whose `When` reaches the first day of `since` (an ISO date at any precision)."""
    first = day_bounds(since)[0]
    return or_(events_t.c.date_end >= first, and_(events_t.c.date_end.is_(None), _published_day() >= first))


def until_clause(until: str) -> ColumnElement[bool]:
    """Events whose `When` starts on or before the last day of `until`."""
    last = day_bounds(until)[1]
    return or_(events_t.c.date_start <= last, and_(events_t.c.date_start.is_(None), _published_day() <= last))


def reported_months(conn: Connection, undated: Subquery) -> list[dict[str, Any]]:
    """The `when` rule by month for events without a date of their own: how many of the
    events in `undated` (a subquery with ``article_id`` and ``n``, the number of undated
    events of each article) fall in each month of their article's publication, oldest
    first; events whose article is undated too are left out (no month to give them)."""
    month = func.substr(articles.c.published, 1, 7)
    found = conn.execute(
        select(month, func.sum(undated.c.n))
        .join_from(undated, articles, articles.c.id == undated.c.article_id)
        .where(articles.c.published.is_not(None), articles.c.published != "")
        .group_by(month)
        .order_by(month)
    ).all()
    return [{"month": m, "count": int(n)} for m, n in found]


def undated_per_article(events: Subquery) -> Subquery:
    """(article_id, n): the events of `events` (a subquery of event rows) without a date
    of their own, counted per article, for `reported_months`."""
    return (
        select(events.c.article_id, func.count().label("n"))
        .where(events.c.date_start.is_(None))
        .group_by(events.c.article_id)
        .subquery()
    )


def whens(conn: Connection, events: list[Event]) -> dict[str, When]:
    """Each event's `When` by event id (events with neither date left out), reading the
    publication dates of their articles in one statement per 500 articles."""
    ids = sorted({e.evidence[0].article_id for e in events if e.date is None and e.evidence})
    published: dict[str, str | None] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        found_rows = conn.execute(select(articles.c.id, articles.c.published).where(articles.c.id.in_(chunk)))
        published.update((row[0], row[1]) for row in found_rows)
    found = {}
    for event in events:
        when = event_when(event, published.get(event.evidence[0].article_id) if event.evidence else None)
        if when is not None:
            found[event.id] = when
    return found
