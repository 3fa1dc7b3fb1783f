"""An event's status against the publication day: a report dated after it is of something not yet
done (planned), whatever the tense of its trigger (`accords.stages.events`)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from accords.days import day_span
from accords.model import Event

#: Types whose report in the simple past is of something done (`future_is_planned` makes
#: them AGREE when dated after publication).
DONE_TYPES = ("CONSULT", "SUPPORT", "COOPERATE", "AID")


def after_publication(value, published: str | None) -> bool:
    """Whether a date value (or an interval's start) lies after the publication day. A week, a
    quarter or a half compares by its first day or month ("last week", "2019-W46", is not after
    2019-11-20: compared as written, "W" sorts after every digit)."""
    if value is None or not published:
        return False
    start = _first_part(str(value[0] if isinstance(value, tuple) else value))
    return start > published[:10][: len(start)]


#: Days before publication after which a dated occasion is a past one, not the report's news.
_LONG_AGO_DAYS = 30


def long_before_publication(value, published: str | None) -> bool:
    """Whether a date value (or an interval's end) ends more than a month before the publication
    day: "the U.S.-EU Summit in June" in a September fact sheet, "the November 2021 North American
    Leaders' Summit" in an April 2022 readout. A value that cannot be read is not."""
    if value is None or not published:
        return False
    last = _last_day(str(value[-1] if isinstance(value, (tuple, list)) else value))
    try:
        day = dt.date.fromisoformat(published[:10])
    except ValueError:
        return False
    return last is not None and (day - last).days > _LONG_AGO_DAYS


def _last_day(value: str) -> dt.date | None:
    """The last day a date value covers ("2021" its December 31, "2021-06" June 30); a week, a
    quarter or a half by its first day or month (`_first_part`), as `after_publication` reads them."""
    span = day_span(_first_part(value))
    return None if span is None else span[1]


_PERIOD = re.compile(r"^(\d{4})-([WQH])(\d{1,2})$", re.IGNORECASE)


def _first_part(value: str) -> str:
    """A week as its Monday, a quarter or a half as its first month; other values as they are."""
    match = _PERIOD.match(value)
    if match is None:
        return value
    year, kind, number = int(match[1]), match[2].upper(), int(match[3])
    try:
        if kind == "W":
            return dt.date.fromisocalendar(year, number, 1).isoformat()
    except ValueError:
        return value
    first = 3 * number - 2 if kind == "Q" else 6 * number - 5
    return f"{year}-{first:02d}"


def future_is_planned(event: Event, published: str | None) -> Event:
    """An event dated after publication has not happened yet: planned (an AGREE for meetings)."""
    if event.status != "occurred" or event.date is None or not published:
        return event
    if not after_publication(event.date, published):
        return event
    if event.type in DONE_TYPES:
        return dataclasses.replace(event, type="AGREE", mode=None, status="planned")
    return dataclasses.replace(event, status="planned")
