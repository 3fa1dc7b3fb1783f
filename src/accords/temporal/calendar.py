"""Calendar arithmetic for normalising time expressions against a publication date.

Values follow TimeML TIMEX3 as docs/gold-format.md asks: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``,
``YYYY-Qn``, ``YYYY-Hn``, ``YYYY-Www``, or an inclusive interval ``(start, end)`` of ISO days.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Literal

from dateutil.relativedelta import relativedelta

from accords.days import MONTHS

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
#: How much further a future date must be before a past one wins, for dates the text gives
#: without a year: news mostly reports what happened, so "February 18" read in September is
#: last February, but "December 26" read on December 5 is three weeks ahead.
FUTURE_COST = 2

#: Which way a sentence leans in time (`accords.temporal.parts.Context.lean`).
Lean = Literal["past", "future", "likely-future"]

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def reference_date(published: str | None) -> dt.date | None:
    """The publication day of an ISO date or datetime string, or None when absent or unreadable."""
    if not published:
        return None
    match = _ISO_DATE.match(published.strip())
    if match is None:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def month_number(name: str) -> int:
    """1-12 for a month name or abbreviation ("Sept." -> 9)."""
    return MONTHS[name.lower().rstrip(".")]


def last_day(year: int, month: int) -> dt.date:
    """The last day of a month."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def day(value: dt.date) -> str:
    """``YYYY-MM-DD``."""
    return value.isoformat()


def month(year: int, month_: int) -> str:
    """``YYYY-MM``."""
    return f"{year:04d}-{month_:02d}"


def week(value: dt.date) -> str:
    """The ISO week of a day, ``YYYY-Www``."""
    iso_year, iso_week, _ = value.isocalendar()
    return f"{iso_year:04d}-W{iso_week:02d}"


def of_unit(value: dt.date, unit: str) -> str:
    """The year, month, ISO week or day (`unit`: "year", "month", "week", "day") holding `value`."""
    if unit == "year":
        return f"{value.year:04d}"
    if unit == "month":
        return month(value.year, value.month)
    if unit == "week":
        return week(value)
    return day(value)


def months_interval(year: int, first: int, last: int, *, end_year: int | None = None) -> tuple[str, str]:
    """From the first day of month `first` to the last day of month `last` (of `end_year`)."""
    return day(dt.date(year, first, 1)), day(last_day(end_year or year, last))


def years_interval(first: int, last: int) -> tuple[str, str]:
    """From January 1 of `first` to December 31 of `last`."""
    return f"{first:04d}-01-01", f"{last:04d}-12-31"


def _cost(candidate: dt.date, reference: dt.date, *, lean: Lean) -> int:
    gap = (candidate - reference).days
    if lean == "future":
        return gap if gap >= 0 else 10_000 - gap
    if lean == "likely-future":
        return gap if gap >= 0 else FUTURE_COST * -gap
    return -gap if gap <= 0 else FUTURE_COST * gap


def nearest_year(reference: dt.date, month_: int, day_: int | None = None, *, lean: Lean = "past") -> int | None:
    """The year that puts a month (and day) nearest the reference, past preferred.

    When the sentence speaks of what will happen (`lean` "future") the first occurrence on or
    after the reference wins; when it speaks only of plans ("likely-future") the future is
    preferred as the past is otherwise: a date much nearer in the past still wins ("planned for
    Oct. 15" in a November text is the October just gone). None when the day does not exist in
    any nearby year.
    """
    best: tuple[int, int] | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            candidate = dt.date(year, month_, day_ or 15)
        except ValueError:
            continue
        if day_ is None and year == reference.year and month_ == reference.month:
            return year
        cost = _cost(candidate, reference, lean=lean)
        if best is None or cost < best[0]:
            best = (cost, year)
    return best[1] if best else None


def nearest_month_year(reference: dt.date, month_: int, *, lean: Lean = "past") -> int:
    """The year that puts a month nearest the reference, past preferred (`nearest_year`
    without a day: every month exists every year, so there always is one)."""
    year = nearest_year(reference, month_, None, lean=lean)
    if year is None:  # unreachable: the 15th exists in every month
        raise ValueError(f"no year near {reference} for month {month_}")
    return year


def nearest_weekday(reference: dt.date, weekday: int, *, direction: str) -> dt.date:
    """A weekday near the reference.

    `direction` is "past" (on or before), "future" (on or after), "last" (strictly before),
    "next" (strictly after) or "this" (in the reference's ISO week).
    """
    gap = (reference.weekday() - weekday) % 7
    if direction == "past":
        return reference - dt.timedelta(days=gap)
    if direction == "last":
        return reference - dt.timedelta(days=gap or 7)
    ahead = (weekday - reference.weekday()) % 7
    if direction == "future":
        return reference + dt.timedelta(days=ahead)
    if direction == "next":
        return reference + dt.timedelta(days=ahead or 7)
    return reference + dt.timedelta(days=weekday - reference.weekday())


def shift(reference: dt.date, *, years: int = 0, months: int = 0, weeks: int = 0, days: int = 0) -> dt.date:
    """The reference moved by a number of calendar units (negative goes back)."""
    return reference + relativedelta(years=years, months=months, weeks=weeks, days=days)
