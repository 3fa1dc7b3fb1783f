""""The two countries" in a figure's sentence are the two countries the text named just before it, where the
article's two most-named countries are another pair: trade "between the two countries" after sentences on Turkey's
imports from Iran is Iran's and Turkey's even in an analysis that names China most. A sentence naming a country
outside that pair, or with no pair before it, keeps the other rules.

Sentences from tehrantimes-region (CC BY 4.0) or written for this test; each expected record is
(metric, subjects, value).
"""

from __future__ import annotations

import pytest

from accords.model import Article
from accords.pipeline import run

_CHINA = ("China is Turkey's largest trading partner in Asia. China and Turkey signed several deals. China invested "
          "heavily in Turkey. ")

CASES = [
    pytest.param(_CHINA + "Even in the process of continued sanctions against Iran, Turkey continues to import natural "
                 "resources from Iran. For example, in the 2013-2015 periods when international sanctions were imposed "
                 "on Iran, the foreign trade volume between the two countries decreased from 14.9 billion dollars to "
                 "10.2 billion dollars.",
                 [("trade_turnover", ("IRN", "TUR"), 14.9e9), ("trade_turnover", ("IRN", "TUR"), 10.2e9)],
                 id="the-pair-named-just-before"),
    pytest.param(_CHINA + "Iran's exports to Iraq rose. In Iran, trade between the two countries reached $12 billion.",
                 [("trade_turnover", ("IRN", "IRQ"), 12e9)], id="the-last-two-named"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_two_countries_named_before(text: str, expected: list) -> None:
    extraction = run(Article(id="c", text=text, published="2021-03-01"))
    assert [(i.metric, i.subjects, i.value) for i in extraction.indicators if i.unit != "count"] == expected
