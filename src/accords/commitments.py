"""Commitments: targets announced in one article, checked against actuals reported in others.

Pure logic over `Indicator` records, no I/O (`accords.store.commitments` loads them). Each
indicator comes wrapped in a `Figure` with the publication date of its article.

`track(targets, actuals, today=...)` works in five steps:

1. targets with the same metric, subjects, unit, period and value (within 1 %) from any
   number of articles become one `Commitment` carrying every announcement as evidence;
2. a target's period is its own period (``$15bn in 2023`` → 2023-01-01..2023-12-31), or the
   calendar year of its deadline when the text gave only a day;
3. actual figures of the same metric, subject set and unit are grouped by period; within a
   period, reports within 1 % of each other are merged into one `Reading` (corroboration)
   and readings further apart are a `Conflict` — kept side by side, never averaged;
4. readings inside the target period count towards it; readings of the few years before it
   are kept as `trajectory` (the seed's $2.5bn for January-July 2021 against $15bn for 2023
   shows the trend, but is not 2023 and is never pro-rated against it);
5. the status (see `STATUSES`) from the full-period readings, else the partial ones
   pro-rated over the elapsed share of the period, else the deadline against `today`;
6. every other figure reported since that bears on the target (`bears_on`: its change, a
   share of it, a restated target, a reading for a wider group) is listed with it as `related`,
   so an analyst sees what was said about a pledge even where no reading decides its status.

A report cannot cover days after it was published: an "actual" whose period runs past its
article's date (``trade in 2023 reached $2bn`` in a May 2023 article) is read as
year-to-date up to that date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from typing import Any
from dataclasses import dataclass, field

from accords.model import Evidence, Indicator

#: met: a full-period reading reaches the target (or a partial one already does);
#: missed: a full-period reading falls short; on_track / behind: a partial reading is
#: ahead of / behind the elapsed share of the period; pending: the deadline is ahead and
#: nothing is reported for the period yet; unknown: the deadline passed with no
#: full-period figure, or the target has no period at all.
STATUSES = ("met", "missed", "on_track", "behind", "pending", "unknown")

#: Relative difference under which two figures are the same figure (docs/gold-format.md's 1 %).
TOLERANCE = 0.01

#: Metrics whose targets are ceilings: lower is better.
DECREASING_METRICS = frozenset({"inflation", "unemployment"})

#: Units of rates and levels, which are not summed over time and so are never pro-rated.
NON_CUMULATIVE_UNITS = frozenset({"percent"})


@dataclass(frozen=True)
class Figure:
    """One indicator as one article reports it, with the article's publication date."""

    indicator: Indicator
    published: str | None = None

    @property
    def article_id(self) -> str:
        return self.indicator.evidence[0].article_id if self.indicator.evidence else ""


@dataclass(frozen=True)
class Reading:
    """One value for one period, with every report that gives it (within `TOLERANCE`).

    `value` is the earliest report's value; `figures` are all the corroborating reports,
    earliest first. `period` is the period the reports cover, cut at the publication date
    (see the module docstring).
    """

    period: tuple[str, str]
    value: float
    figures: tuple[Figure, ...]

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.article_id for f in self.figures))

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        return tuple(ev for f in self.figures for ev in f.indicator.evidence)


@dataclass(frozen=True)
class Conflict:
    """Readings of the same metric, subjects, unit and period that differ by more than 1 %."""

    metric: str
    subjects: tuple[str, ...]
    unit: str
    period: tuple[str, str]
    readings: tuple[Reading, ...]  # two or more, lowest value first


@dataclass(frozen=True)
class Commitment:
    """A target and what was later reported against it.

    `targets` are the announcements (earliest first), `announced` the earliest publication
    date; `actuals` the readings inside the target period, `trajectory` those of the years
    before it; `latest` the most recent reading (in the period if any, else of the
    trajectory). `progress` is the value of the reading that decided the status over the
    target value; `elapsed` the share of the target period that reading covers (1.0 for a
    full-period reading). `related` are the other figures reported since the announcement that
    bear on the commitment (see `bears_on`): a change of the same metric, a share of it, a
    restated target, an actual of another subject set that includes the target's.
    """

    id: str
    metric: str
    subjects: tuple[str, ...]
    value: float
    unit: str
    period: tuple[str, str] | None
    deadline: str | None
    status: str
    targets: tuple[Figure, ...]
    announced: str | None = None
    actuals: tuple[Reading, ...] = ()
    trajectory: tuple[Reading, ...] = ()
    latest: Reading | None = None
    progress: float | None = None
    elapsed: float | None = None
    conflicts: tuple[Conflict, ...] = ()
    decreasing: bool = False
    related: tuple[Figure, ...] = ()

    @property
    def target_article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(f.article_id for f in self.targets))

    @property
    def actual_article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a for r in self.actuals for a in r.article_ids))


@dataclass(frozen=True)
class _Target:
    """A target group before matching: the shared key and the announcing figures."""

    key: Hashable
    metric: str
    subjects: tuple[str, ...]
    unit: str
    value: float
    period: tuple[str, str] | None
    deadline: str | None
    figures: list[Figure] = field(default_factory=list)


def track(
    targets: Iterable[Figure | Indicator],
    actuals: Iterable[Figure | Indicator],
    *,
    today: dt.date | str,
    history_years: int = 3,
    decreasing: frozenset[str] = DECREASING_METRICS,
) -> list[Commitment]:
    """The commitments made by `targets`, each checked against the matching `actuals`.

    Indicators of another kind in either list are ignored (the caller may pass all of
    them). `today` decides whether a deadline has passed; `history_years` how many
    calendar years before a target period count as its trajectory; `decreasing` the
    metrics whose targets are ceilings. Sorted by deadline, metric and subjects.
    """
    today_iso = today.isoformat() if isinstance(today, dt.date) else str(today)[:10]
    actual_figures = [f for f in map(_figure, actuals) if f.indicator.kind == "actual"]
    target_figures = [f for f in map(_figure, targets) if f.indicator.kind == "target"]
    readings = _readings(actual_figures)
    found = []
    for target in _group_targets(target_figures):
        commitment = _commitment(target, readings, today_iso, history_years,
                                 target.metric in decreasing or _is_cut(target.metric, target.value))
        found.append(_with_related(commitment, [*actual_figures, *target_figures]))
    return sorted(found, key=lambda c: (c.deadline or "9999", c.metric, c.subjects, c.value))


#: Suffixes of the metrics that measure a change or a part of another metric.
_DERIVED = ("_growth", "_share", "_reduction", "_change")  # `_reduction`: facts stored before the sign rule


def _is_cut(metric: str, value: float) -> bool:
    """A target that is a negative change ("cut methane by 30 percent": `*_change` -30) is a
    ceiling: a reading of -35 meets it, -20 falls short."""
    return metric.endswith(("_growth", "_change")) and value < 0


#: Metrics of money one side gives, lends or contributes to another (own-word names included:
#: `security_assistance`, `humanitarian_aid`, `climate_finance`, `contribution`); the one list,
#: read here for metric families and by `accords.indicators.pledges` for givers.
GIVING = re.compile(r"(?:^|_)(?:aid|assistance|loans?|grants?|contributions?|funding|financing|finance|donations?)(?:_|$)")


def metric_family(metric: str) -> str:
    """The metric a derived metric measures: trade_turnover_growth → trade_turnover; money given
    under any of its names (`security_assistance`, `humanitarian_aid`, `contribution`, `funding`:
    `GIVING`, loans aside) is `aid`, so a pledge of aid and the totals
    reported later under another name bear on each other."""
    for suffix in _DERIVED:
        if metric.endswith(suffix):
            metric = metric[: -len(suffix)]
            break
    if GIVING.search(metric) and not metric.startswith("loan"):
        return "aid"
    return metric


def bears_on(figure: Figure, commitment: Commitment) -> bool:
    """Whether `figure` tells something about `commitment` beyond its own readings: reported
    in another article than the announcement, no earlier than it (undated reports count); of
    the same metric family, in the same unit or as a percent change or share of it; about
    every subject of the commitment (a group that includes them counts, one side alone does
    not)."""
    indicator = figure.indicator
    if figure.article_id in commitment.target_article_ids or not commitment.subjects:
        return False
    if metric_family(indicator.metric) != metric_family(commitment.metric):
        return False
    derived = indicator.metric.endswith(_DERIVED) and indicator.unit == "percent"
    if indicator.unit != commitment.unit and not derived:
        return False
    if not set(commitment.subjects) <= set(indicator.subjects):
        return False
    announced, published = commitment.announced, figure.published
    return announced is None or published is None or published[:10] >= announced[:10]


def _with_related(commitment: Commitment, figures: Sequence[Figure]) -> Commitment:
    """`commitment` with `related`: every figure that bears on it and is none of its own
    announcements or readings, earliest report first."""
    own = {id(f) for f in commitment.targets}
    own.update(id(f) for r in (*commitment.actuals, *commitment.trajectory) for f in r.figures)
    related = sorted((f for f in figures if id(f) not in own and bears_on(f, commitment)), key=_by_report)
    return dataclasses.replace(commitment, related=tuple(related)) if related else commitment


def conflicts(actuals: Iterable[Figure | Indicator]) -> list[Conflict]:
    """Every set of actual figures for the same metric, subjects, unit and period that
    disagree by more than 1 %, sorted by metric, subjects and period."""
    found = []
    for (_scope_key, metric, unit), by_period in _readings(
        f for f in map(_figure, actuals) if f.indicator.kind == "actual"
    ).items():
        for period, group in sorted(by_period.items()):
            if len(group) > 1:
                subjects = tuple(sorted(group[0].figures[0].indicator.subjects))
                found.append(Conflict(metric, subjects, unit, period, tuple(group)))
    return sorted(found, key=lambda c: (c.metric, c.subjects, c.period, c.unit))


# --- grouping ----------------------------------------------------------------------------


def _figure(item: Figure | Indicator) -> Figure:
    return item if isinstance(item, Figure) else Figure(item)


def _scope(figure: Figure) -> Hashable:
    """Whose figure it is: the subject set; a figure with no subjects stays within its article."""
    subjects = figure.indicator.subjects
    return frozenset(subjects) if subjects else ("article", figure.article_id)


def _same(a: float, b: float) -> bool:
    largest = max(abs(a), abs(b))
    return largest == 0 or abs(a - b) / largest <= TOLERANCE


def _cluster(figures: Sequence[Figure]) -> list[list[Figure]]:
    """Figures split into groups of values within `TOLERANCE` of the group's lowest, lowest first."""
    groups: list[list[Figure]] = []
    for figure in sorted(figures, key=lambda f: f.indicator.value):
        if groups and _same(groups[-1][0].indicator.value, figure.indicator.value):
            groups[-1].append(figure)
        else:
            groups.append([figure])
    return groups


def _by_report(figure: Figure) -> tuple[str, str, str]:
    return (figure.published or "9999", figure.article_id, figure.indicator.id)


def _readings(figures: Iterable[Figure]) -> dict[tuple[Hashable, str, str], dict[tuple[str, str], list[Reading]]]:
    """Actual figures as readings: by (scope, metric, unit), then by period; a period with
    more than one reading is a conflict."""
    grouped: dict[tuple[Hashable, str, str], dict[tuple[str, str], list[Figure]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for figure in figures:
        period = _reported_period(figure)
        if period is not None:
            grouped[(_scope(figure), figure.indicator.metric, figure.indicator.unit)][period].append(figure)
    readings: dict[tuple[Hashable, str, str], dict[tuple[str, str], list[Reading]]] = {}
    for key, by_period in grouped.items():
        readings[key] = {}
        for period, group in by_period.items():
            readings[key][period] = [
                Reading(period, ordered[0].indicator.value, tuple(ordered))
                for ordered in (sorted(cluster, key=_by_report) for cluster in _cluster(group))
            ]
    return readings


def _reported_period(figure: Figure) -> tuple[str, str] | None:
    """The period an actual figure covers, cut at its publication date; None when the
    figure has no period or its period starts after the article was published."""
    period = figure.indicator.period
    if period is None:
        return None
    published = (figure.published or "")[:10]
    if not published or period[1] <= published:
        return period
    if period[0] > published:
        return None
    return period[0], published


def _target_period(indicator: Indicator) -> tuple[tuple[str, str] | None, str | None]:
    """(period, deadline) of a target: its own period, or its deadline's calendar year when
    the period is a single day or missing."""
    period = indicator.period
    deadline = indicator.deadline or (period[1] if period else None)
    if period is not None and period[0] != period[1]:
        return period, deadline
    if deadline:
        year = deadline[:4]
        return (f"{year}-01-01", f"{year}-12-31"), deadline
    return None, None


def _group_targets(figures: Iterable[Figure]) -> list[_Target]:
    """Targets of the same metric, scope, unit, period and value (within 1 %) as one group."""
    by_key: dict[tuple[Hashable, str, str, tuple[str, str] | None, str | None], list[Figure]] = defaultdict(list)
    for figure in figures:
        period, deadline = _target_period(figure.indicator)
        by_key[(_scope(figure), figure.indicator.metric, figure.indicator.unit, period, deadline)].append(figure)
    groups = []
    for key, members in by_key.items():
        scope, metric, unit, period, deadline = key
        for cluster in _cluster(members):
            ordered = sorted(cluster, key=_by_report)
            first = ordered[0].indicator
            subjects = tuple(sorted(first.subjects))
            groups.append(_Target(scope, metric, subjects, unit, first.value, period, deadline, ordered))
    return groups


# --- status ------------------------------------------------------------------------------


def _days(period: tuple[str, str]) -> int:
    start, end = (dt.date.fromisoformat(day[:10]) for day in period)
    return (end - start).days + 1


def _meets(value: float, target: float, *, decreasing: bool) -> bool:
    return value <= target if decreasing else value >= target


def _commitment(
    target: _Target,
    readings: dict[tuple[Hashable, str, str], dict[tuple[str, str], list[Reading]]],
    today: str,
    history_years: int,
    decreasing: bool,
) -> Commitment:
    by_period = readings.get((target.key, target.metric, target.unit), {})
    period = target.period
    inside: list[Reading] = []
    before: list[Reading] = []
    found_conflicts: list[Conflict] = []
    if period is not None:
        first_year = int(period[0][:4]) - history_years
        for reading_period, group in sorted(by_period.items(), key=lambda item: (item[0][1], item[0][0])):
            if period[0] <= reading_period[0] and reading_period[1] <= period[1]:
                inside.extend(group)
            elif reading_period[1] < period[0] and int(reading_period[0][:4]) >= first_year:
                before.extend(group)
            else:
                continue
            if len(group) > 1:
                found_conflicts.append(
                    Conflict(target.metric, target.subjects, target.unit, reading_period, tuple(group))
                )
    status, decisive, elapsed = _status(target, inside, today, decreasing)
    latest_pool = inside or before
    latest = max(latest_pool, key=lambda r: (r.period[1], _by_report(r.figures[-1]))) if latest_pool else None
    progress = decisive.value / target.value if decisive is not None and target.value else None
    announced = next((f.published for f in target.figures if f.published), None)
    return Commitment(
        id=_commitment_id(target),
        metric=target.metric,
        subjects=target.subjects,
        value=target.value,
        unit=target.unit,
        period=period,
        deadline=target.deadline,
        status=status,
        targets=tuple(target.figures),
        announced=announced,
        actuals=tuple(inside),
        trajectory=tuple(before),
        latest=latest,
        progress=progress,
        elapsed=elapsed,
        conflicts=tuple(found_conflicts),
        decreasing=decreasing,
    )


def _status(
    target: _Target, inside: Sequence[Reading], today: str, decreasing: bool
) -> tuple[str, Reading | None, float | None]:
    """(status, the reading that decided it, the share of the period it covers)."""
    period = target.period
    if period is None or target.deadline is None:
        return "unknown", None, None
    passed = target.deadline < today
    full = [r for r in inside if r.period == period]
    if full:
        # With conflicting full-period readings the most favourable one decides; the
        # conflict itself is reported next to the status.
        best = (min if decreasing else max)(full, key=lambda r: r.value)
        met = _meets(best.value, target.value, decreasing=decreasing)
        return ("met" if met else "missed"), best, 1.0
    partial = [r for r in inside if r.period != period]
    if partial:
        cumulative = target.unit not in NON_CUMULATIVE_UNITS
        # Prefer a year-to-date reading (from the period's start) covering the most days;
        # between conflicting readings of that period, the most favourable.
        sign = -1 if decreasing else 1
        reading = max(
            partial, key=lambda r: (r.period[0] == period[0], _days(r.period), r.period[1], sign * r.value)
        )
        elapsed = _days(reading.period) / _days(period)
        if cumulative and not decreasing and reading.value >= target.value:
            return "met", reading, elapsed
        if passed:
            return "unknown", reading, elapsed
        expected = target.value * elapsed if cumulative else target.value
        ahead = _meets(reading.value, expected, decreasing=decreasing)
        return ("on_track" if ahead else "behind"), reading, elapsed
    return ("unknown" if passed else "pending"), None, None


def _commitment_id(target: _Target) -> str:
    parts: tuple[Any, ...] = (target.metric, target.subjects, target.unit, round(target.value, 6), target.period, target.deadline)
    if not target.subjects:
        parts += (target.figures[0].article_id,)
    return "commitment:" + hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()[:12]
