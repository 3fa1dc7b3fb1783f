"""Compound time expressions (accords.temporal.compound): exact text, value and precision."""

from __future__ import annotations

import pytest

from accords.temporal import find_times

MON = "2016-11-07"  # a Monday, ISO week 45
TUE = "2018-03-20"
WED = "2017-09-27"

# (id, text, published, expected [(text, value, precision)])
CASES = [
    ("decade", "trade collapsed in the 1990s.", MON, [("the 1990s", ("1990-01-01", "1999-12-31"), "interval")]),
    ("decade-apostrophe", "In the 1970's", MON, [("the 1970's", ("1970-01-01", "1979-12-31"), "interval")]),
    ("decade-short", "since the '80s", MON, [("the '80s", ("1980-01-01", "1989-12-31"), "interval")]),
    ("decade-word", "In the seventies", MON, [("the seventies", ("1970-01-01", "1979-12-31"), "interval")]),
    ("decade-current", "investment in the 2020s", "2021-09-15",
     [("the 2020s", ("2020-01-01", "2029-12-31"), "interval")]),
    ("decade-money-is-no-decade", "it cost $1990s", MON, []),
    ("century", "in the 21st century", MON, [("the 21st century", ("2000-01-01", "2099-12-31"), "interval")]),
    ("century-word", "the nineteenth century", MON, [("the nineteenth century", ("1800-01-01", "1899-12-31"), "interval")]),
    ("season-year", "in summer 2021", MON, [("summer 2021", "2021-SU", "season")]),
    ("season-of-year", "the spring of 1978", MON, [("the spring of 1978", "1978-SP", "season")]),
    ("season-next", "will open next spring", MON, [("next spring", "2017-SP", "season")]),
    ("season-this", "this winter", MON, [("this winter", "2016-WI", "season")]),
    ("season-bare-left-out", "in summer", MON, []),
    ("nth-weekday-month", "the first friday of july", MON, [("the first friday of july", "2016-07-01", "day")]),
    ("nth-weekday-next-month", "the second Monday of next month", TUE,
     [("the second Monday of next month", "2018-04-09", "day")]),
    ("nth-weekday-previous-month", "the third Wednesday of previous month", TUE,
     [("the third Wednesday of previous month", "2018-02-21", "day")]),
    ("last-weekday-month", "the last Friday of June 2021", MON, [("the last Friday of June 2021", "2021-06-25", "day")]),
    ("week-of-month", "the last week of July", MON, [("the last week of July", "2016-W30", "week")]),
    ("first-week-of-month", "the first week of Oct", MON, [("the first week of Oct", "2016-W40", "week")]),
    ("week-of-this-month", "the third week of this month", MON, [("the third week of this month", "2016-W46", "week")]),
    ("week-of-year", "the first week of 2015", MON, [("the first week of 2015", "2015-W01", "week")]),
    ("day-of-next-month", "on the 20th of next month", MON, [("the 20th of next month", "2016-12-20", "day")]),
    ("day-of-this-month-missing", "the 31st of this month", MON, [("this month", "2016-11", "month")]),
    ("ordinal-word-of-month", "on the tenth of September, 2000", MON,
     [("the tenth of September, 2000", "2000-09-10", "day")]),
    ("month-ordinal-word", "signed on May twenty-first.", MON, [("May twenty-first", "2016-05-21", "day")]),
    ("month-ordinal-word-not-before-noun", "March first quarter results", MON, [("first quarter", "2016-Q1", "quarter")]),
    ("weekday-next-week", "on Friday next week", MON, [("Friday next week", "2016-11-18", "day")]),
    ("next-week-on-weekday", "next week on Friday", MON, [("next week on Friday", "2016-11-18", "day")]),
    ("weekday-of-next-week", "on Sunday of next week", TUE, [("Sunday of next week", "2018-04-01", "day")]),
    ("last-week-weekday", "last week Sunday", MON, [("last week Sunday", "2016-11-06", "day")]),
    ("weekday-the-day", "they met on Friday the 15th", WED, [("Friday the 15th", "2017-09-15", "day")]),
    ("the-year", "in the year 2017", MON, [("the year 2017", "2017", "year")]),
    ("a-year-ago", "a year ago", MON, [("a year ago", "2015", "year")]),
    ("a-month-ago", "a month ago", MON, [("a month ago", "2016-10", "month")]),
    ("numeric-month", "in 11/2016", MON, [("11/2016", "2016-11", "month")]),
    ("this-month-name", "in this September", MON, [("this September", "2016-09", "month")]),
    ("last-month-name-lower", "last sept", MON, [("last sept", "2016-09", "month")]),  # the latest September
    ("bracketed-year", "In the first eight months [of 2017] trade", None,
     [("the first eight months [of 2017]", ("2017-01-01", "2017-08-31"), "interval")]),
    ("undated-relative", "the second Monday of next month", None, [("the second Monday of next month", None, "day")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_compound_times(text, published, expected):
    assert [(m.text, m.value, m.precision) for m in find_times(text, published=published)] == expected
