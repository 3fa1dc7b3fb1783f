"""A figure's confidence says how often figures like it are right on unseen text
(`accords.indicators.confidence`): a pair's figure more often than a single side's, a figure
given to three or more sides of a government's own text seldom, a figure with no subject least.

Texts: White House fact sheets and statements of the whitehouse-briefings corpus (public
domain; see tests/indicators/test_fact_sheets.py for their titles and dates), and sentences
written for these tests in the register of Tehran Times and White House texts. Each expected
record is (metric, kind, subjects, confidence), in text order.
"""

from __future__ import annotations

import pytest

from accords.indicators.confidence import BY_SUBJECTS, NO_SUBJECT, OFFICIAL
from accords.model import Article
from accords.pipeline import run
from tests.indicators.test_fact_sheets import CANADA, I2U2, NATO

ONE, TWO, MANY = 0, 1, 2
#: Written for this test: a joint pledge of three governments.
JOINT = "The United States, Japan and Australia will together provide $600 million to finance the undersea cable."

CASES = [
    pytest.param(
        I2U2, None,
        [("capacity", "forecast", ("IND",), BY_SUBJECTS[ONE]),
         ("investment", "actual", ("IND",), BY_SUBJECTS[ONE])],
        id="one-subject-whatever-the-kind",
    ),
    pytest.param(
        "Trade between Iran and Turkey reached $10 billion in 2019, the Iranian ambassador said.", None,
        [("trade_turnover", "actual", ("IRN", "TUR"), BY_SUBJECTS[TWO])],
        id="a-pairs-figure",
    ),
    pytest.param(
        NATO, None,
        [("defense_spending_share_of_gdp", "target", (), NO_SUBJECT),
         ("defense_spending_share_of_gdp", "actual", (), NO_SUBJECT)],
        id="no-subject-is-least-sure",
    ),
    pytest.param(
        CANADA, "The White House",
        [("non_emitting_electricity_share", "target", ("CAN",), OFFICIAL[ONE])],
        id="a-government-text-is-less-sure",
    ),
    pytest.param(
        JOINT, "The White House",
        [("aid", "forecast", ("AUS", "JPN", "USA"), OFFICIAL[MANY])],
        id="three-sides-of-a-government-text",
    ),
    pytest.param(
        JOINT, None,
        [("aid", "forecast", ("AUS", "JPN", "USA"), BY_SUBJECTS[MANY])],
        id="three-sides-elsewhere",
    ),
]


@pytest.mark.parametrize("text, source, expected", CASES)
def test_figure_confidence(text, source, expected):
    extraction = run(Article(id="i", text=text, published="2022-07-14", source=source))
    assert [(i.metric, i.kind, i.subjects, i.confidence) for i in extraction.indicators] == expected


def test_the_table_orders_what_the_fresh_labels_showed():
    """A pair's figure is surer than a single side's; a government's own text is less sure than
    news for the same number of subjects; no subject is below every one- or two-subject figure."""
    for table in (BY_SUBJECTS, OFFICIAL):
        assert table[TWO] > table[ONE] > table[MANY]
    assert all(official < other for official, other in zip(OFFICIAL, BY_SUBJECTS, strict=True))
    assert NO_SUBJECT <= min(OFFICIAL[ONE], BY_SUBJECTS[ONE])
