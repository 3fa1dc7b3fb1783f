"""Calendar bounds of normalised time values, so an indicator gets an inclusive period.

A time expression's value is an ISO string at some precision (``"2021"``, ``"2021-07"``,
``"2021-Q3"``, ``"2021-H1"``, ``"2021-W37"``, ``"2021-09-14"``) or an interval of two such
strings; an indicator needs ``("first day", "last day")``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from accords.model import DateValue

_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def bounds(value: str) -> tuple[str, str] | None:
    """First and last day covered by one ISO value, or None when it is not a calendar value."""
    value = value.strip()
    if m := _YEAR.match(value):
        return f"{m[1]}-01-01", f"{m[1]}-12-31"
    if m := _MONTH.match(value):
        return _months(int(m[1]), int(m[2]), int(m[2]))
    if m := _DAY.match(value):
        day = f"{m[1]}-{m[2]}-{m[3]}"
        return day, day
    if m := _QUARTER.match(value):
        first = 3 * int(m[2]) - 2
        return _months(int(m[1]), first, first + 2)
    if m := _HALF.match(value):
        first = 6 * int(m[2]) - 5
        return _months(int(m[1]), first, first + 5)
    if m := _WEEK.match(value):
        try:
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        return monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    return None


def period_of(value: DateValue | None) -> tuple[str, str] | None:
    """The inclusive period of a time value: one value's bounds, or an interval's outer bounds."""
    if value is None:
        return None
    if isinstance(value, str):
        return bounds(value)
    if len(value) != 2:
        return None
    start, end = bounds(value[0]), bounds(value[1])
    if start is None or end is None:
        return None
    return start[0], end[1]


def _months(year: int, first: int, last: int) -> tuple[str, str]:
    days = calendar.monthrange(year, last)[1]
    return f"{year:04d}-{first:02d}-01", f"{year:04d}-{last:02d}-{days:02d}"
