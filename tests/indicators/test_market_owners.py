"""Whose a market figure is when its clause names no country (`indicators.owners.market_owner`).

Before, an index figure took the countries of the sentences before it, so in a Reuters markets
report "The pan-European STOXX 600 index lost 0.12%" after a sentence on U.S. Treasury yields
was USA's. The web news gold (tests/gold/README.md) gives a market figure about no country no
subject and a national index its country. Now a regional or world market (STOXX, MSCI, emerging
markets, the dollar index) has none, a national index named by name (Nikkei, Sensex, Dow) is its
country's, and any other market figure is left to the topic rules. A currency's move or rate
("The Japanese yen strengthened 0.13%", "Sterling was last trading at $1.2925") was trade
turnover of Japan; it is now `exchange_rate` with no subject (a currency never gives one).

Texts: passages of the Reuters markets report of 2019-11-19 from the article-extraction-benchmark
(MIT, tests/gold/LICENSE-article-extraction-benchmark); the Nikkei and rial cases put a sentence
naming two countries before them. Each expected record is (metric, subjects, value, unit, kind,
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
        LEAD + "The Japanese yen strengthened 0.13% versus the greenback at 108.55 per dollar, while Sterling GBP= "
        "was last trading at $1.2925, down 0.21% on the day.",
        # the rates in units of another currency: yen per dollar, dollars per pound
        [("exchange_rate", (), 0.13, "percent", "actual", None),
         ("exchange_rate", (), 108.55, "JPY/USD", "actual", None),
         ("exchange_rate", (), 1.2925, "USD/GBP", "actual", None),
         ("exchange_rate_growth", (), -0.21, "percent", "actual", None)],
        id="currency-moves-are-exchange-rates-of-no-country-not-japans-trade",
    ),
    pytest.param(
        "Iran's exports to Turkey rose 5% last year. The rial fell 3% against the dollar on Monday.",
        [("exports_growth", ("IRN", "TUR"), 5.0, "percent", "actual", None),
         ("exchange_rate_growth", (), -3.0, "percent", "actual", None)],
        id="a-currency-never-takes-the-topic-pair",
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


def test_a_quote_table_gives_no_negative_counts():
    """The quote table at the foot of a Barron's page on Home Depot (article-extraction-benchmark,
    MIT): its "-12.99" change was a count of -12.99 "companies" (from "LOWE'S COMPANIES INC.").
    No count is negative."""
    table = ("Ticker Security Last Change Change % HD THE HOME DEPOT INC. 225.86 -12.99 -5.44% "
             "LOW LOWE'S COMPANIES INC. 113.40 -1.62 -1.41%")
    assert [f for f in figures(table) if f[3] == "count"] == []
