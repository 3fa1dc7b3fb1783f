"""Market readings (`indicators.markets`): index levels in points, commodity prices named by the
commodity, exchange rates in units of the other currency, as the web news gold records them
(tests/gold/README.md): a level reached by a national index is its country's, a world-market
price or a currency's rate no country's.

Texts: the Reuters markets report of 2019-11-19 and the Sensex page of 2019-11-20 from the
article-extraction-benchmark (MIT, tests/gold/LICENSE-article-extraction-benchmark); a sentence
naming the United States comes first, so a figure given no subject was kept from the topic.
Each expected record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

LEAD = "Long-dated U.S. Treasury yields slipped as risk appetite weakened in the United States. "

CASES = [
    pytest.param(
        LEAD + "On Wall Street, the Dow Jones Industrial Average .DJI fell 102.2 points, or 0.36%, to 27,934.02, the "
        "S&P 500 .SPX lost 1.85 points, or 0.06%, to 3,120.18 and the Nasdaq Composite .IXIC added 20.72 points, or "
        "0.24%, to 8,570.66.",
        # the levels reached, in points, each its index's country; the changes in points are left out
        [("stock_index_growth", ("USA",), -0.36, "percent", "actual", None),
         ("stock_index", ("USA",), 27934.02, "points", "actual", None),
         ("stock_index_growth", ("USA",), -0.06, "percent", "actual", None),
         ("stock_index", ("USA",), 3120.18, "points", "actual", None),
         ("stock_index_growth", ("USA",), 0.24, "percent", "actual", None),
         ("stock_index", ("USA",), 8570.66, "points", "actual", None)],
        id="index-levels-in-points",
    ),
    pytest.param(
        "The equity benchmark Sensex scaled a new all-time high of 40,816.38 in the morning trade on November 20.",
        [("stock_index", ("IND",), 40816.38, "points", "actual", None)],
        id="level-after-high-of",
    ),
    pytest.param(
        LEAD + "Spot gold XAU= added 0.1% to $1,472.19 an ounce.",
        [("gold_price", (), 1472.19, "USD/oz", "actual", None)],
        id="gold-by-the-ounce",
    ),
    pytest.param(
        LEAD + "Three-month aluminum on the London Metal Exchange CMAL3 lost 0.06% to $1,737.00 a tonne.",
        [("aluminum_price", (), 1737.0, "USD/t", "actual", None)],
        id="metal-by-the-tonne",
    ),
    pytest.param(
        LEAD + "The dollar index .DXY rose 0.05%, with the euro EUR= up 0.05% to $1.1075.",
        # the euro's rate is dollars per euro
        [("stock_index_growth", (), 0.05, "percent", "actual", None),
         ("exchange_rate_growth", (), 0.05, "percent", "actual", None),
         ("exchange_rate", (), 1.1075, "USD/EUR", "actual", None)],
        id="euro-reached-in-dollars",
    ),
    pytest.param(
        "Iran and Turkey held talks. The two countries agreed to raise the trade to $30 billion.",
        [("trade_turnover", ("IRN", "TUR"), 30e9, "USD", "target", None)],
        id="amount-traded-is-no-market-reading",
    ),
    pytest.param(
        "Iran and Turkey held talks. Bilateral trade reached 1.5 million tons at the end of the year.",
        [("trade_turnover", ("IRN", "TUR"), 1.5e6, "t", "actual", None)],
        id="no-index-no-level",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_market_readings(text: str, expected: list) -> None:
    assert figures(text, published="2019-11-19") == expected
