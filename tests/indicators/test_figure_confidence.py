"""A figure's confidence says how often figures like it are right (`accords.indicators.confidence`):
a forecast less often than an actual figure or a target, a figure with no subject least.

Texts: White House fact sheets and statements of the whitehouse-briefings corpus (public
domain; see tests/indicators/test_fact_sheets.py for their titles and dates). Each expected
record is (metric, kind, subjects, confidence), in text order.
"""

from __future__ import annotations

import pytest

from accords.indicators.confidence import BY_KIND, NO_SUBJECT, OFFICIAL
from accords.model import Article
from accords.pipeline import run
from tests.indicators.test_fact_sheets import CANADA, I2U2, NATO, RELIEF

CASES = [
    pytest.param(
        I2U2,
        [("capacity", "forecast", ("IND",), BY_KIND["forecast"]),
         ("investment", "actual", ("IND",), BY_KIND["actual"])],
        id="forecast-below-actual",
    ),
    pytest.param(
        RELIEF.split("<!-- -->")[1],
        [("aid", "target", ("USA",), BY_KIND["target"])],
        id="pledge-is-a-target",
    ),
    pytest.param(
        CANADA,
        [("non_emitting_electricity_share", "target", ("CAN",), BY_KIND["target"])],
        id="goal-with-its-country",
    ),
    pytest.param(
        NATO,
        [("defense_spending_share_of_gdp", "target", (), NO_SUBJECT),
         ("defense_spending_share_of_gdp", "actual", (), NO_SUBJECT)],
        id="no-subject-is-least-sure",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_figure_confidence(text, expected):
    extraction = run(Article(id="i", text=text, published="2022-07-14"))
    assert [(i.metric, i.kind, i.subjects, i.confidence) for i in extraction.indicators] == expected


def test_forecasts_rank_below_other_kinds():
    assert BY_KIND["forecast"] < min(BY_KIND[k] for k in ("actual", "estimate", "target"))
    assert NO_SUBJECT < min(BY_KIND.values())


@pytest.mark.parametrize(("source", "expected"), [
    pytest.param("The White House", OFFICIAL["target"], id="a-government-text-is-less-sure"),
    pytest.param(None, BY_KIND["target"], id="elsewhere-the-kind-alone"),
])
def test_government_texts_are_less_sure(source, expected):
    extraction = run(Article(id="i", text=CANADA, published="2022-07-14", source=source))
    assert [i.confidence for i in extraction.indicators] == [expected]
    assert OFFICIAL["forecast"] <= OFFICIAL["target"] < BY_KIND["target"]
