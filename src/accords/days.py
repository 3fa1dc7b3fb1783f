"""The days a calendar value covers: an ISO 8601 date value at any precision ("2021-09-14", "2021-02",
"2021", "2021-Q3", "2021-H1", "2021-W05", a datetime "2017-12-05T21:27" read as its day) as its first
and last day.

One owner for the three readers of a value's day span: the scorer (a gold date as a day interval,
`accords.evaluation.dates`), the figures (an indicator's period, `accords.indicators.periods`) and
the events (whether a date ends long before publication, `accords.events.published`); each keeps
what is its own (intervals of two values, ISO strings, a quarter read by its first month). Also the
one table of English month names (`MONTHS`), read by the dates of pages (`accords.ingest.dates`) and
the time expressions of the text (`accords.temporal`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$", re.IGNORECASE)
_HALF = re.compile(r"^(\d{4})-H([12])$", re.IGNORECASE)
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$", re.IGNORECASE)

#: English month names and their abbreviations, lower case, to the month's number.
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}

#: The first and last day of a value, both included.
DaySpan = tuple[dt.date, dt.date]


def _months(year: int, first: int, last: int) -> DaySpan:
    return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])


def day_span(value: str) -> DaySpan | None:
    """The first and last day one date value covers ("2021" January 1 to December 31, "2021-Q3" July 1
    to September 30, "2021-W05" its Monday to its Sunday); None when it is no calendar value
    ("PRESENT_REF") or names no real day ("2021-02-30", "2021-13")."""
    text = value.strip()
    try:
        if match := _DAY.match(text):
            day = dt.date(int(match[1]), int(match[2]), int(match[3]))
            return day, day
        if match := _MONTH.match(text):
            return _months(int(match[1]), int(match[2]), int(match[2]))
        if match := _YEAR.match(text):
            return _months(int(match[1]), 1, 12)
        if match := _QUARTER.match(text):
            quarter = int(match[2])
            return _months(int(match[1]), 3 * quarter - 2, 3 * quarter)
        if match := _HALF.match(text):
            half = int(match[2])
            return _months(int(match[1]), 6 * half - 5, 6 * half)
        if match := _WEEK.match(text):
            monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
            return monday, monday + dt.timedelta(days=6)
    except ValueError:
        return None
    return None
