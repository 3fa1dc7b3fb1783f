"""The days a date value covers (`accords.days.day_span`), the one reading of a value's day span that the
scorer (`accords.evaluation.dates.day_interval`), the figures' periods (`accords.indicators.periods.bounds`)
and the events' publication checks (`accords.events.published`) share."""

from __future__ import annotations

import datetime as dt

import pytest

from accords.days import day_span
from accords.evaluation.dates import day_interval
from accords.events.published import long_before_publication
from accords.indicators.periods import bounds

D = dt.date


@pytest.mark.parametrize(("value", "expected"), [
    pytest.param("2021-09-14", (D(2021, 9, 14), D(2021, 9, 14)), id="day"),
    pytest.param("2017-12-05T21:27", (D(2017, 12, 5), D(2017, 12, 5)), id="datetime-is-its-day"),
    pytest.param("2021-01-20 05:00:00-05:00", (D(2021, 1, 20), D(2021, 1, 20)), id="datetime-with-space"),
    pytest.param("2024-02", (D(2024, 2, 1), D(2024, 2, 29)), id="month-of-a-leap-year"),
    pytest.param("2021", (D(2021, 1, 1), D(2021, 12, 31)), id="year"),
    pytest.param("2021-Q3", (D(2021, 7, 1), D(2021, 9, 30)), id="quarter"),
    pytest.param("2021-q4", (D(2021, 10, 1), D(2021, 12, 31)), id="quarter-lower-case"),
    pytest.param("2021-H1", (D(2021, 1, 1), D(2021, 6, 30)), id="half"),
    pytest.param("2021-W05", (D(2021, 2, 1), D(2021, 2, 7)), id="iso-week-monday-to-sunday"),
    pytest.param(" 2021-06 ", (D(2021, 6, 1), D(2021, 6, 30)), id="spaces-around"),
    pytest.param("2021-02-30", None, id="no-such-day"),
    pytest.param("2021-13", None, id="no-such-month"),
    pytest.param("2021-W60", None, id="no-such-week"),
    pytest.param("PRESENT_REF", None, id="no-calendar-value"),
    pytest.param("", None, id="empty"),
])
def test_day_span(value, expected):
    assert day_span(value) == expected


@pytest.mark.parametrize(("value", "interval", "period"), [
    pytest.param("2021-Q3", (D(2021, 7, 1), D(2021, 9, 30)), ("2021-07-01", "2021-09-30"), id="quarter"),
    pytest.param("2024-02", (D(2024, 2, 1), D(2024, 2, 29)), ("2024-02-01", "2024-02-29"), id="month"),
    pytest.param("2021-W05", (D(2021, 2, 1), D(2021, 2, 7)), ("2021-02-01", "2021-02-07"), id="week"),
    pytest.param("PRESENT_REF", None, None, id="none"),
])
def test_scorer_and_figures_read_the_same_span(value, interval, period):
    """The scorer's interval is the span as dates, a figure's period the same span as ISO strings."""
    assert (day_interval(value), bounds(value)) == (interval, period)


@pytest.mark.parametrize(("value", "published", "expected"), [
    pytest.param("2021-06", "2021-08-01", True, id="june-ends-more-than-a-month-before-august"),
    pytest.param("2021-06", "2021-07-20", False, id="june-ends-less-than-a-month-before"),
    # a quarter reads by its first month, as `after_publication` reads it: July, not September
    pytest.param("2021-Q3", "2021-09-15", True, id="quarter-by-its-first-month"),
    pytest.param("2021-W05", "2021-03-05", True, id="week-by-its-monday"),
    pytest.param("2021", "2022-01-20", False, id="year-ends-december-31"),
    pytest.param("PRESENT_REF", "2021-08-01", False, id="no-calendar-value-is-not-long-ago"),
])
def test_events_last_day(value, published, expected):
    assert long_before_publication(value, published) is expected
