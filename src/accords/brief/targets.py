"""Targets against actuals as a chart's data: the one place that decides what a target's
chart shows and when it warns, for the brief (PDF) and the dashboard (SVG) alike.

A chart shows the target, then its latest readings (the years before the target period and
the period itself), each with its period. A reading over a shorter period than the
target's (a half-year against a year's target, in the target year or before it) is
``partial``: not comparable as it stands, so it is drawn apart and named in a warning.
Pure: a commitment (`accords.commitments.Commitment`) in, plain records out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

#: Days a period may fall short of the target's and still count as a full one (a leap day,
#: a month cut at its 30th).
SLACK_DAYS = 3


@dataclass(frozen=True)
class Bar:
    """One bar: the target or a reading, its value and the period it covers."""

    kind: str  # target, actual or partial
    value: float
    period: tuple[str, str] | None

    @property
    def label(self) -> str:
        """``target 2023``, ``2020`` (a full year) or ``2021-01-01 – 2021-07-31``."""
        if self.kind == "target":
            return f"target {self.period[1][:4]}" if self.period else "target"
        if self.period is None:
            return "undated"
        full_year = self.period[0][5:] == "01-01" and self.period[1][5:] == "12-31" and self.period[0][:4] == self.period[1][:4]
        return self.period[0][:4] if full_year else f"{self.period[0]} – {self.period[1]}"


@dataclass(frozen=True)
class TargetChart:
    """A target and its readings as bars, with a warning for each partial reading."""

    metric: str
    subjects: tuple[str, ...]
    unit: str
    bars: tuple[Bar, ...]
    warnings: tuple[str, ...]

    @property
    def title(self) -> str:
        return f"{self.metric} {'–'.join(self.subjects)}"


def days(period: tuple[str, str] | None) -> int | None:
    """The number of days of an ISO period (both ends included); None when unknown."""
    if not period:
        return None
    try:
        return (date.fromisoformat(period[1][:10]) - date.fromisoformat(period[0][:10])).days + 1
    except ValueError:
        return None


def target_chart(commitment: Any, *, readings: int = 4) -> TargetChart:
    """The chart of one commitment: its target and its `readings` latest readings."""
    target_days = days(commitment.period)
    period = f"{commitment.period[0]} – {commitment.period[1]}" if commitment.period else "no period"
    bars = [Bar("target", commitment.value, commitment.period)]
    warnings = []
    for reading in [*commitment.trajectory, *commitment.actuals][-readings:]:
        length = days(reading.period)
        partial = target_days is not None and length is not None and length < target_days - SLACK_DAYS
        bars.append(Bar("partial" if partial else "actual", reading.value, reading.period))
        if partial:
            warnings.append(
                f"The {reading.period[0]} – {reading.period[1]} actual covers {length} days, the target "
                f"{target_days} ({period}): a partial period set against a full one."
            )
    return TargetChart(commitment.metric, tuple(commitment.subjects), commitment.unit, tuple(bars), tuple(warnings))
