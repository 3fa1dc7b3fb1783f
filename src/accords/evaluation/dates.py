"""ISO 8601 / TIMEX3 date values as inclusive day intervals, for comparing dates in scoring.

A gold date is recorded "at the precision the text allows": ``2021-09-14``, ``2021-02``,
``2021``, ``2021-Q3``, ``2021-H1``, ``2021-W05``, a datetime ``2017-12-05T21:27`` (read as its
day), or an interval ``["2017-12-26", "2017-12-27"]``. Each becomes the first and last day
it covers (`accords.days.day_span`), so "falls inside the gold date at the gold precision" is
interval containment.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from accords.days import day_span

DayInterval = tuple[dt.date, dt.date]


def day_interval(value: Any) -> DayInterval | None:
    """The first and last day a date value covers; None when it is null or unreadable."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        if len(value) != 2:
            return None
        start, end = day_interval(value[0]), day_interval(value[1])
        if start is None or end is None:
            return None
        return start[0], end[1]
    if not isinstance(value, str):
        return None
    return day_span(value)


def date_within(predicted: Any, gold: Any) -> bool:
    """True when the predicted date lies inside the gold date (both read as day intervals).

    A finer prediction inside a coarser gold date matches (``2021-02-14`` in ``2021-02``);
    a coarser one does not (``2021-02`` for ``2021-02-14``).
    """
    pred, want = day_interval(predicted), day_interval(gold)
    if pred is None or want is None:
        return False
    return want[0] <= pred[0] and pred[1] <= want[1]


def same_value(predicted: Any, gold: Any) -> bool:
    """Time values agree: the same string, or the same interval (``["2021-01-01", "2021-07-31"]``
    equals ``["2021-01", "2021-07"]``, and ``"2021-02"`` equals ``["2021-02-01", "2021-02-28"]``)."""
    if isinstance(predicted, str) and isinstance(gold, str) and predicted.strip() == gold.strip():
        return True
    pred, want = day_interval(predicted), day_interval(gold)
    return pred is not None and pred == want
