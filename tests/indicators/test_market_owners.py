"""Whose a market figure is when its clause names no country (`indicators.owners.market_owner`).

Before, an index figure took the countries of the sentences before it, so in a Reuters markets
report "The pan-European STOXX 600 index lost 0.12%" after a sentence on U.S. Treasury yields
was USA's. The web news gold (tests/gold/README.md) gives a market figure about no country no
subject and a national index its country. Now a regional or world market (STOXX, MSCI, emerging
markets, the dollar index) has none, a national index named by name (Nikkei, Sensex, Dow) is its
country's, and any other market figure is left to the topic rules.

Texts: passages of the Reuters markets report of 2019-11-19 from the article-extraction-benchmark
(MIT, tests/gold/LICENSE-article-extraction-benchmark); the Nikkei case puts a sentence naming
two other countries before it. Each expected record is (metric, subjects, value, unit, kind,
qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

LEAD = "Long-dated U.S. Treasury yields slipped as risk appetite weakened in the United States. "

CASES = [
    pytest.param(
        LEAD + "The pan-European STOXX 600 index lost 0.12% while MSCI’s gauge of stocks across the globe "
        ".MIWD00000PUS gained 0.02% eking out its seventh straight session of gains.",
        [("stock_index_growth", (), -0.12, "percent", "actual", None)],
        id="regional-index-has-no-country",
    ),
    pytest.param(
        LEAD + "Emerging market stocks rose 0.48%.",
        [("stock_index_growth", (), 0.48, "percent", "actual", None)],
        id="emerging-markets-have-no-country",
    ),
    pytest.param(
        LEAD + "The dollar index .DXY rose 0.05%.",
        [("stock_index_growth", (), 0.05, "percent", "actual", None)],
        id="dollar-index-has-no-country",
    ),
    pytest.param(
        "Trade talks between Iran and Japan stalled. The Nikkei index lost 0.66% on Tuesday.",
        [("stock_index_growth", ("JPN",), -0.66, "percent", "actual", None)],
        id="national-index-is-its-country-not-the-topic-pair",
    ),
    pytest.param(
        LEAD + "Stocks fell 0.5% on Tuesday.",
        [("stock_index_growth", ("USA",), -0.5, "percent", "actual", None)],
        id="unnamed-market-left-to-the-topic",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_market_figure_is_its_markets(text, expected):
    assert figures(text, published="2019-11-19") == expected
