"""`accords.commitments.track` and `conflicts` on hand-made indicators: one row per rule."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from accords.commitments import Commitment, Figure, conflicts, track
from accords.model import Evidence, Indicator

YEAR_2023 = ("2023-01-01", "2023-12-31")
JAN_JUL_2023 = ("2023-01-01", "2023-07-31")


def figure(
    kind: str,
    value: float,
    period: tuple[str, str] | None,
    *,
    published: str | None,
    article: str = "a1",
    subjects: tuple[str, ...] = ("AZE", "TUR"),
    metric: str = "trade_turnover",
    unit: str = "USD",
    deadline: str | None = None,
) -> Figure:
    if kind == "target" and deadline is None and period is not None:
        deadline = period[1]
    indicator = Indicator(
        id=f"{article}:indicator:{metric}:{value}:{period}",
        metric=metric,
        value=value,
        unit=unit,
        evidence=(Evidence(article, 0, 40),),
        subjects=subjects,
        period=period,
        kind=kind,
        deadline=deadline,
    )
    return Figure(indicator, published)


TARGET_15BN_2023 = figure("target", 15e9, YEAR_2023, published="2021-09-15", article="t1")


def summary(commitment: Commitment) -> tuple:
    """(status, progress, elapsed) rounded to 4 places: what a status case asserts."""
    rounded = lambda x: None if x is None else round(x, 4)  # noqa: E731
    return commitment.status, rounded(commitment.progress), rounded(commitment.elapsed)


STATUS_CASES = [
    # (id, targets, actuals, today, (status, progress, elapsed))
    ("met", [TARGET_15BN_2023], [figure("actual", 15.2e9, YEAR_2023, published="2024-02-10", article="r1")],
     "2024-06-01", ("met", 1.0133, 1.0)),
    ("missed", [TARGET_15BN_2023], [figure("actual", 12e9, YEAR_2023, published="2024-02-10", article="r1")],
     "2024-06-01", ("missed", 0.8, 1.0)),
    ("on track: 60% of the target after 58% of the year",
     [TARGET_15BN_2023], [figure("actual", 9e9, JAN_JUL_2023, published="2023-08-20", article="r1")],
     "2023-09-01", ("on_track", 0.6, 0.5808)),
    ("behind: 33% of the target after 58% of the year",
     [TARGET_15BN_2023], [figure("actual", 5e9, JAN_JUL_2023, published="2023-08-20", article="r1")],
     "2023-09-01", ("behind", 0.3333, 0.5808)),
    ("met early: a partial figure already above the target",
     [TARGET_15BN_2023], [figure("actual", 16e9, ("2023-01-01", "2023-10-31"), published="2023-11-20", article="r1")],
     "2023-12-01", ("met", 1.0667, 0.8329)),
    ("pending: deadline ahead, only earlier years reported",
     [TARGET_15BN_2023], [figure("actual", 4.1e9, ("2020-01-01", "2020-12-31"), published="2021-09-15", article="t1")],
     "2022-06-01", ("pending", None, None)),
    ("seed: January-July 2021 is trajectory, never pro-rated against 2023",
     [TARGET_15BN_2023], [figure("actual", 2.5e9, ("2021-01-01", "2021-07-31"), published="2021-09-15", article="t1")],
     "2021-09-15", ("pending", None, None)),
    ("unknown: deadline passed, nothing for the period", [TARGET_15BN_2023], [], "2024-06-01", ("unknown", None, None)),
    ("unknown: deadline passed, only a partial figure below target",
     [TARGET_15BN_2023], [figure("actual", 9e9, JAN_JUL_2023, published="2023-08-20", article="r1")],
     "2024-06-01", ("unknown", 0.6, 0.5808)),
    ("an annual figure published mid-year is read as year-to-date",
     [TARGET_15BN_2023], [figure("actual", 7e9, YEAR_2023, published="2023-05-31", article="r1")],
     "2023-06-15", ("on_track", 0.4667, 0.4137)),
    ("an actual for a period after its article's date is no report",
     [TARGET_15BN_2023], [figure("actual", 7e9, YEAR_2023, published="2022-12-01", article="r1")],
     "2023-06-15", ("pending", None, None)),
    ("subjects must be the same set",
     [TARGET_15BN_2023], [figure("actual", 16e9, YEAR_2023, published="2024-02-10", article="r1", subjects=("AZE",))],
     "2024-06-01", ("unknown", None, None)),
    ("subject order does not matter",
     [TARGET_15BN_2023],
     [figure("actual", 16e9, YEAR_2023, published="2024-02-10", article="r1", subjects=("TUR", "AZE"))],
     "2024-06-01", ("met", 1.0667, 1.0)),
    ("units must be the same",
     [TARGET_15BN_2023], [figure("actual", 16e9, YEAR_2023, published="2024-02-10", article="r1", unit="EUR")],
     "2024-06-01", ("unknown", None, None)),
    ("metrics must be the same",
     [TARGET_15BN_2023], [figure("actual", 16e9, YEAR_2023, published="2024-02-10", article="r1", metric="exports")],
     "2024-06-01", ("unknown", None, None)),
    ("a deadline day stands for its year",
     [figure("target", 15e9, ("2023-12-31", "2023-12-31"), published="2021-09-15", article="t1")],
     [figure("actual", 15e9, YEAR_2023, published="2024-02-10", article="r1")],
     "2024-06-01", ("met", 1.0, 1.0)),
    ("a target with no date cannot be tracked",
     [figure("target", 15e9, None, published="2021-09-15", article="t1")],
     [figure("actual", 15e9, YEAR_2023, published="2024-02-10", article="r1")],
     "2024-06-01", ("unknown", None, None)),
    ("inflation target is a ceiling: met below it",
     [figure("target", 5.0, YEAR_2023, published="2022-03-01", article="t1", metric="inflation", unit="percent",
             subjects=("AZE",))],
     [figure("actual", 4.2, YEAR_2023, published="2024-01-20", article="r1", metric="inflation", unit="percent",
             subjects=("AZE",))],
     "2024-06-01", ("met", 0.84, 1.0)),
    ("inflation target is a ceiling: missed above it",
     [figure("target", 5.0, YEAR_2023, published="2022-03-01", article="t1", metric="inflation", unit="percent",
             subjects=("AZE",))],
     [figure("actual", 6.1, YEAR_2023, published="2024-01-20", article="r1", metric="inflation", unit="percent",
             subjects=("AZE",))],
     "2024-06-01", ("missed", 1.22, 1.0)),
    ("a cut is a ceiling: met by a deeper cut",
     [figure("target", -30.0, YEAR_2023, published="2021-09-17", article="t1", metric="methane_pollution_change",
             unit="percent", subjects=("EU", "USA"))],
     [figure("actual", -35.0, YEAR_2023, published="2024-01-20", article="r1", metric="methane_pollution_change",
             unit="percent", subjects=("EU", "USA"))],
     "2024-06-01", ("met", 1.1667, 1.0)),
    ("a cut is a ceiling: missed by a smaller one",
     [figure("target", -30.0, YEAR_2023, published="2021-09-17", article="t1", metric="methane_pollution_change",
             unit="percent", subjects=("EU", "USA"))],
     [figure("actual", -20.0, YEAR_2023, published="2024-01-20", article="r1", metric="methane_pollution_change",
             unit="percent", subjects=("EU", "USA"))],
     "2024-06-01", ("missed", 0.6667, 1.0)),
    ("a rate is compared as it is, never pro-rated",
     [figure("target", 5.0, YEAR_2023, published="2022-03-01", article="t1", metric="inflation", unit="percent",
             subjects=("AZE",))],
     [figure("actual", 4.0, ("2023-01-01", "2023-06-30"), published="2023-07-20", article="r1", metric="inflation",
             unit="percent", subjects=("AZE",))],
     "2023-08-01", ("on_track", 0.8, 0.4959)),
    ("a target without subjects only meets figures of its own article",
     [figure("target", 100.0, YEAR_2023, published="2022-03-01", article="t1", metric="companies", unit="count",
             subjects=())],
     [figure("actual", 120.0, YEAR_2023, published="2024-01-20", article="r1", metric="companies", unit="count",
             subjects=())],
     "2024-06-01", ("unknown", None, None)),
]


@pytest.mark.parametrize(("targets", "actuals", "today", "expected"), [c[1:] for c in STATUS_CASES],
                         ids=[c[0] for c in STATUS_CASES])
def test_status(targets, actuals, today, expected):
    (commitment,) = track(targets, actuals, today=today)
    assert summary(commitment) == expected


def test_today_may_be_a_date():
    actual = figure("actual", 9e9, JAN_JUL_2023, published="2023-08-20", article="r1")
    (commitment,) = track([TARGET_15BN_2023], [actual], today=dt.date(2023, 9, 1))
    assert commitment.status == "on_track"


def test_conflicting_figures_are_flagged_not_merged():
    customs = figure("actual", 6.2e9, YEAR_2023, published="2024-02-20", article="customs")
    statistics = figure("actual", 5.4e9, YEAR_2023, published="2024-03-07", article="statistics")
    (commitment,) = track([TARGET_15BN_2023], [customs, statistics], today="2024-06-01")
    assert [(r.value, r.article_ids) for r in commitment.actuals] == [(5.4e9, ("statistics",)), (6.2e9, ("customs",))]
    assert [(c.period, [r.value for r in c.readings]) for c in commitment.conflicts] == [(YEAR_2023, [5.4e9, 6.2e9])]
    # The most favourable full-period figure decides; the conflict stays beside the status.
    assert summary(commitment) == ("missed", 0.4133, 1.0)
    (conflict,) = conflicts([customs, dataclasses.replace(statistics, indicator=dataclasses.replace(
        statistics.indicator, subjects=("TUR", "AZE")))])
    assert (conflict.metric, conflict.subjects, conflict.unit, conflict.period) == (
        "trade_turnover", ("AZE", "TUR"), "USD", YEAR_2023
    )
    assert [r.evidence for r in conflict.readings] == [
        (Evidence("statistics", 0, 40),), (Evidence("customs", 0, 40),)
    ]


def test_figures_within_one_percent_corroborate():
    first = figure("actual", 15.3e9, YEAR_2023, published="2024-02-14", article="wire")
    second = figure("actual", 15.35e9, YEAR_2023, published="2024-03-02", article="review")
    (commitment,) = track([TARGET_15BN_2023], [second, first], today="2024-06-01")
    assert commitment.conflicts == ()
    assert conflicts([first, second]) == []
    (reading,) = commitment.actuals
    assert (reading.value, reading.article_ids) == (15.3e9, ("wire", "review"))
    assert commitment.latest == reading
    assert commitment.actual_article_ids == ("wire", "review")


def test_the_same_target_in_several_articles_is_one_commitment():
    again = figure("target", 15e9, YEAR_2023, published="2022-05-01", article="t2")
    (commitment,) = track([again, TARGET_15BN_2023], [], today="2022-06-01")
    assert commitment.target_article_ids == ("t1", "t2")
    assert commitment.announced == "2021-09-15"
    assert commitment.status == "pending"


def test_different_target_values_are_different_commitments():
    higher = figure("target", 20e9, YEAR_2023, published="2022-05-01", article="t2")
    found = track([TARGET_15BN_2023, higher], [], today="2022-06-01")
    assert [(c.value, c.target_article_ids) for c in found] == [(15e9, ("t1",)), (20e9, ("t2",))]
    assert found[0].id != found[1].id


def test_earlier_years_are_trajectory_and_the_latest_reading_is_shown():
    older = figure("actual", 1e9, ("2016-01-01", "2016-12-31"), published="2017-02-01", article="old")
    year_2020 = figure("actual", 4.1e9, ("2020-01-01", "2020-12-31"), published="2021-09-15", article="t1")
    jan_jul_2021 = figure("actual", 2.5e9, ("2021-01-01", "2021-07-31"), published="2021-09-15", article="t1")
    (commitment,) = track([TARGET_15BN_2023], [jan_jul_2021, older, year_2020], today="2021-09-15")
    assert commitment.actuals == ()
    assert [r.period for r in commitment.trajectory] == [("2020-01-01", "2020-12-31"), ("2021-01-01", "2021-07-31")]
    assert commitment.latest is not None and commitment.latest.value == 2.5e9


def test_other_kinds_are_ignored():
    forecast = figure("forecast", 16e9, YEAR_2023, published="2022-01-01", article="f1")
    assert track([forecast], [forecast], today="2024-01-01") == []
    (commitment,) = track([TARGET_15BN_2023, forecast], [forecast], today="2024-06-01")
    assert commitment.status == "unknown"


def test_commitments_are_sorted_by_deadline():
    later = figure("target", 3e9, ("2026-01-01", "2026-12-31"), published="2023-05-18", article="t2")
    earlier = figure("target", 2e9, ("2024-01-01", "2024-12-31"), published="2023-05-18", article="t2")
    found = track([later, TARGET_15BN_2023, earlier], [], today="2023-06-01")
    assert [c.deadline for c in found] == ["2023-12-31", "2024-12-31", "2026-12-31"]


RELATED_CASES = [
    # (id, other figure, listed as related)
    ("later growth of the same metric",
     figure("actual", 12.0, ("2022-01-01", "2022-12-31"), published="2023-01-20", article="g1",
            metric="trade_turnover_growth", unit="percent"), True),
    ("a later restated target",
     figure("target", 20e9, ("2025-01-01", "2025-12-31"), published="2023-05-01", article="g2"), True),
    ("a reading for a wider group that includes a subject",
     figure("actual", 30e9, YEAR_2023, published="2024-03-01", article="g3", subjects=("AZE", "EU", "TUR")), True),
    ("before the announcement",
     figure("actual", 10.0, ("2020-01-01", "2020-12-31"), published="2021-01-10", article="g4",
            metric="trade_turnover_growth", unit="percent"), False),
    ("another metric",
     figure("actual", 2e9, YEAR_2023, published="2024-02-10", article="g5", metric="investment"), False),
    ("other subjects",
     figure("actual", 12.0, YEAR_2023, published="2024-02-10", article="g6", subjects=("GEO", "IRN"),
            metric="trade_turnover_growth", unit="percent"), False),
]


@pytest.mark.parametrize(("other", "listed"), [c[1:] for c in RELATED_CASES], ids=[c[0] for c in RELATED_CASES])
def test_related_figures(other: Figure, listed: bool) -> None:
    reading = figure("actual", 12e9, YEAR_2023, published="2024-02-10", article="r1")
    figures = [TARGET_15BN_2023, reading, other]
    found = track(figures, figures, today="2024-06-01")
    mine = next(c for c in found if c.value == 15e9)
    assert [f.article_id for f in mine.related] == (["g" + other.article_id[1:]] if listed else [])
    assert mine.status == "missed"  # related figures never decide the status


def test_cli_lists_related_figures() -> None:
    from accords.cli.facts_commitments import format_commitment

    growth = figure("actual", 12.0, ("2022-01-01", "2022-12-31"), published="2023-01-20", article="g1",
                    metric="trade_turnover_growth", unit="percent")
    (commitment,) = track([TARGET_15BN_2023], [growth], today="2024-06-01")
    assert format_commitment(commitment).splitlines()[-1] == (
        "  related:  trade_turnover_growth AZE-TUR 12% in 2022 (actual) g1 (2023-01-20)"
    )


@pytest.mark.parametrize(("metric", "listed"), [("security_assistance", True), ("humanitarian_aid", True),
                                                 ("loans", False)],
                         ids=["assistance-named-otherwise", "humanitarian-aid", "loans-are-no-aid"])
def test_aid_pledge_and_later_totals(metric: str, listed: bool) -> None:
    """A pledge of aid ("an additional $800 million in security assistance", read as `aid`) and a
    total reported later under another name for money given bear on each other; loans do not."""
    pledge = figure("target", 8e8, None, published="2022-03-16", article="t1", subjects=("UKR", "USA"), metric="aid")
    later = figure("actual", 2e9, None, published="2022-04-01", article="g1", subjects=("UKR", "USA"), metric=metric)
    (commitment,) = track([pledge], [later], today="2022-06-01")
    assert [f.article_id for f in commitment.related] == (["g1"] if listed else [])
