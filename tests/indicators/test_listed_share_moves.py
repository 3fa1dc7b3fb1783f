"""A company named with its US exchange ticker stands for its shares (`accords.indicators.markets`): how far they
moved and the price they traded at.

Texts: our own paraphrases of 24/7 Wall St. market reports (newspaper4k test pages, MIT). Each expected record is
(metric, subjects, value, unit, kind, qualifier), in text order.
"""

import pytest
from figures import figures

CASES = [
    (
        "traded-up-at",
        "JPMorgan Chase & Co. (NYSE: JPM) traded up 0.77% at $63.03 on Monday afternoon.",
        [("share_price_growth", ("USA",), 0.77, "percent", "actual", None),
         ("share_price", ("USA",), 63.03, "USD", "actual", None)],
    ),
    (
        "dropped-and-closed-at",
        "Vivus Inc. (NASDAQ: VVUS) dropped about 6% on Monday and closed at $2.78.",
        [("share_price_growth", ("USA",), -6.0, "percent", "actual", "approx"),
         ("share_price", ("USA",), 2.78, "USD", "actual", None)],
    ),
    (
        "a-ticker-with-another-metric",
        "Cisco Systems Inc. (NASDAQ: CSCO) said its revenue rose 7% to $12.4 billion in the quarter.",
        [("revenue_growth", ("USA",), 7.0, "percent", "actual", None),
         ("revenue", ("USA",), 12400000000.0, "USD", "actual", None)],
    ),
]


@pytest.mark.parametrize("text, expected", [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_listed_share_moves(text, expected):
    assert figures(text, published="2014-12-29") == expected
