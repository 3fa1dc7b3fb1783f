"""A figure that gives the previous figure's claim for a next period ("97,000 barrels per day of Iranian oil in August and
133,000 bpd in September") keeps the previous figure's subjects (`accords.indicators.coordinated.next_period`): the
country named between them ("Iranian oil") is one of them, not the second figure's only one; a second figure that
names its own partner after the period ("$3 billion to Turkey in 2021") keeps its own.

Texts: Tehran Times 428725 (`tehrantimes-region`, CC BY 4.0); the case marked "own" is our own sentence.
Each expected record is (metric, subjects, value, unit).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param(
        "Turkey imported around 97,000 barrels per day of Iranian oil in August and 133,000 bpd in September, compared "
        "with just over 240,000 bpd in April, tanker tracking and shipping data showed.",
        [("imports", ("IRN", "TUR"), 97000, "bbl/d"), ("imports", ("IRN", "TUR"), 133000, "bbl/d"),
         ("imports", ("IRN", "TUR"), 240000, "bbl/d")], id="next-month-keeps-importer"),
    pytest.param(
        "Iran exported $5 billion worth of goods to Iraq in 2020 and $3 billion to Turkey in 2021.",
        [("exports", ("IRN", "IRQ"), 5e9, "USD"), ("exports", ("IRN", "TUR"), 3e9, "USD")],
        id="own-partner-after-the-period-own"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_next_period_subjects(text: str, expected: list[tuple]) -> None:
    found = [(m, s, v, u) for m, s, v, u, _k, _q in figures(text, source="Tehran Times", published=None)]
    assert found == [(m, s, pytest.approx(v), u) for m, s, v, u in expected]
