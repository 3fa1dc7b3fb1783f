"""Periods and partners the state-press register gives by reference, and "will" as a noun.

A length is named by what is long ("141-km gas pipeline": `pipeline_length`; "5km wide": a width;
`accords.indicators.lengths`). A time that closes an earlier clause with a figure of its own ("... in 2021 and an
18% increase in the first five months of 2022") dates that clause's figure, not a later one dated by a time after
it, nor a target (`accords.indicators.periods.nearest_period`); "the previous year when the figure was $9.66
billion" dates the figure a year before the sentence's time, and "during the six-month period" or "during the
mentioned time span" the figure before it (`periods.year_earlier`); "exports to the neighboring country", "imports
from that country" are a flow with the country named before (`accords.indicators.partners`); "the political will of
the leaders" is no expectation (`accords.indicators.kinds`).

Sentences from Tehran Times reports (`tehrantimes-region`, CC BY 4.0, see tests/gold/README.md).
"""

from __future__ import annotations

import pytest

from accords.model import Article
from accords.pipeline import run

TT = "Tehran Times"


def _figures(text: str) -> list[tuple]:
    extraction = run(Article(id="i", text=text, published=None, source=TT))
    return [(i.metric, i.subjects, i.value, i.period, i.kind) for i in extraction.indicators]


Y2017 = ("2017-01-01", "2017-12-31")
H1_2018 = ("2018-01-01", "2018-06-30")
CASES = [
    pytest.param(  # tt 474377
        "Bayramov met Amir Abdollahian in Tehran. “According to the political will of the leaders of the two countries, "
        "despite the fact that we had a 30% increase in the volume of trade exchanges in 2021 and an 18% increase in the "
        "first five months of 2022 compared to the same period last year, the available capacities for the two countries "
        "are more than these figures,” he stressed. Iran and Azerbaijan signed documents.",
        [("trade_turnover_growth", ("AZE", "IRN"), 30.0, ("2021-01-01", "2021-12-31"), "actual"),
         ("trade_turnover_growth", ("AZE", "IRN"), 18.0, ("2022-01-01", "2022-05-31"), "actual")],
        id="a-time-closing-the-earlier-clause-is-its-figures-and-political-will-is-no-forecast",
    ),
    pytest.param(  # tt 428174
        "TEHRAN- The value of trade between Iran and Turkey stood at $5.2 billion in the first half of 2018, Iran’s "
        "commercial attaché in Turkey told IRNA on Wednesday. Alireza Jafarbeyglou put the value of Iran’s exports to "
        "Turkey at $3.8 billion and Turkey’s exports to Iran at $1.4 billion during the six-month period. Iran-Turkey "
        "trade stood at over $11 billion in 2017 and the two countries are planning to reach the figure of $30 billion.",
        [("trade_turnover", ("IRN", "TUR"), 5.2e9, H1_2018, "actual"),
         ("exports", ("IRN", "TUR"), 3.8e9, H1_2018, "actual"),
         ("exports", ("IRN", "TUR"), 1.4e9, H1_2018, "actual"),
         ("trade_turnover", ("IRN", "TUR"), 1.1e10, Y2017, "actual"),
         ("trade_turnover", ("IRN", "TUR"), 3e10, None, "target")],
        id="the-six-month-period-is-the-figure-befores-and-a-goal-takes-no-year-of-an-earlier-clause",
    ),
    pytest.param(  # tt 420932
        "Iran’s exports to Turkey was $4.69 billion in 2016, the same report confirmed. Iran-Turkey trade stood at $10.75 "
        "billion in 2017, growing 11 percent in comparison with the previous year when the figure was $9.66 billion.",
        [("exports", ("IRN", "TUR"), 4.69e9, ("2016-01-01", "2016-12-31"), "actual"),
         ("trade_turnover", ("IRN", "TUR"), 1.075e10, Y2017, "actual"),
         ("trade_turnover_growth", ("IRN", "TUR"), 11.0, Y2017, "actual"),
         ("trade_turnover", ("IRN", "TUR"), 9.66e9, ("2016-01-01", "2016-12-31"), "actual")],
        id="the-previous-year-when-the-figure-was-is-a-year-back",
    ),
    pytest.param(  # tt 431330
        "TEHRAN- The value of Iran’s exports to Azerbaijan rose 50 percent during the first eight months of the current "
        "Iranian calendar year (March 21-November 21, 2018) compared to the same period of time in the previous year, "
        "IRNA reported on Monday citing the data released by Iran’s Trade Promotion Organization (TPO). The TPO data put "
        "Iran’s exports to the neighboring country at $301 million during the mentioned time span while its imports from "
        "that country was $12 million.",
        [("exports_growth", ("AZE", "IRN"), 50.0, ("2018-03-21", "2018-11-21"), "actual"),
         ("exports", ("AZE", "IRN"), 3.01e8, ("2018-03-21", "2018-11-21"), "actual"),
         ("imports", ("AZE", "IRN"), 1.2e7, ("2018-03-21", "2018-11-21"), "actual")],
        id="the-neighboring-country-and-that-country-are-the-partner-named-before-and-the-mentioned-span-its-period",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_referred(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


UNCHANGED = [
    pytest.param(  # our paraphrase of tt trade reports: two figures of one year, the second in a clause after "and"
        "Iran’s exports to Turkey stood at $5.4 billion in 2017 and its imports from Turkey at $3.2 billion.",
        [("exports", ("IRN", "TUR"), 5.4e9, Y2017, "actual"), ("imports", ("IRN", "TUR"), 3.2e9, Y2017, "actual")],
        id="an-actual-figure-with-no-time-of-its-own-keeps-the-earlier-clauses-year",
    ),
    pytest.param(  # our paraphrase: "the country" alone stays the main country's
        "Iran’s exports rose sharply in 2017. Foreign investment to the country stood at $3.4 billion in 2017.",
        [("investment", ("IRN",), 3.4e9, Y2017, "actual")],
        id="the-country-is-no-partner",
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_unchanged(text: str, expected: list[tuple]) -> None:
    assert _figures(text) == expected


COMPARED = [
    pytest.param(  # a 2002 IRNA report in tehrantimes-region (its first sentence shortened)
        "Turkey’s exports to Iran in the first four months of 2001 was dlrs 95.895 million. turkey's exports in the first "
        "four months of the year was dlrs 10.498 billion and its imports dlrs 13.828 billion, showing 5.9 and 0.1 percent "
        "increases respectively compared to the figures for the same period the year before.",
        None,
        id="the-same-period-of-a-comparison-dates-nothing",
    ),
]


@pytest.mark.parametrize(("text", "period"), COMPARED)
def test_compared_span(text: str, period: tuple | None) -> None:
    assert [f[3] for f in _figures(text)][1:] == [period] * (len(_figures(text)) - 1)


LENGTHS = [
    pytest.param(  # tt 121400
        "Armenia and Iran discussed the project. Construction of Iran-Armenia 141-km gas pipeline of 700mm diameter has "
        "been estimated to cost 120 million dollars.",
        "pipeline_length", id="a-pipelines-length",
    ),
    pytest.param(  # tehrantimes-region
        "Turkey has a 1,700 km length of the border, which is the longest in the Mediterranean.",
        "border_length", id="a-borders-length",
    ),
    pytest.param(  # tehrantimes-region (shortened)
        "Armenia shall return Lachin district to Azerbaijan by 1 December 2020, while retaining the Lachin corridor (5km "
        "wide), which shall provide a connection of Nagorno-Karabakh with Armenia.",
        "corridor_width", id="a-corridor-wide-is-its-width",
    ),
]


@pytest.mark.parametrize(("text", "metric"), LENGTHS)
def test_named_length(text: str, metric: str) -> None:
    assert [f[0] for f in _figures(text) if f[0].endswith(("_length", "_width"))] == [metric]
