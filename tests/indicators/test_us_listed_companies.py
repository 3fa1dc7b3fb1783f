"""Figures of market pages that name companies by their US exchange tickers.

- A company named with a ticker of a US exchange ("The Home Depot Inc. (NYSE: HD)") and of no
  country the entity stage or `knowledge.companies` knows is a US company, so its share price and
  its shares traded are USA's, as the gold gives a US company's figures (tests/gold/README.md); a
  name with a foreign country in it ("Taiwan Semiconductor (NYSE: TSM)") is no US company
  (`accords.indicators.mentioncountries.us_listed`).
- The DJIA and the Philadelphia Semiconductor Index are US indexes (`markets.market_owner`).
- A percentage compared with an average ("Volume totaled 25% higher than the daily average") is
  neither a level nor a change: no figure (`markets.against_average`).
- A share in a sentence naming a poll, a survey or its respondents, and no other metric, is `poll_share` ("by a
  margin of 48% to 38%, according to a ... survey"), a level, never a change ("19% expect it to decline").
- Immigrants are counted by their noun, as migrants and refugees are (`named.COUNTABLE_HEADS`).
- What "global producers" lose is no country's figure (`owners._WORLD`), whatever country the sentences
  before name.
- "Russia owes $670-billion (U.S.) to foreigners": what a country owes is its debt, and "(U.S.)" right
  after an amount says whose dollars it is, not a side (`subjects.country_spans`).

Texts: newspaper4k test pages (MIT; tests/gold/articles/news_n4k-*), quoted or shortened, and sentences
written for these tests. Each expected record is (metric, subjects, value), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param(
        "The DJIA stock posting the largest daily gain ahead of the close Monday was The Home Depot Inc. (NYSE: HD) "
        "which traded up 0.87% at $104.64. The stock’s 52-week range is $73.96 to $104.80.",
        [("share_price_growth", ("USA",), 0.87), ("share_price", ("USA",), 73.96), ("share_price", ("USA",), 104.8)],
        id="ticker-gives-the-company-usa"),
    pytest.param(
        "JPMorgan Chase & Co. (NYSE: JPM) traded up 0.77% at $63.03. The stock’s 52-week range is $52.97 to $63.34, and "
        "the high was set today. Trading volume was about 50% below the daily average of around 26 million shares.",
        [("share_price_growth", ("USA",), 0.77), ("share_price", ("USA",), 63.03), ("share_price", ("USA",), 52.97),
         ("share_price", ("USA",), 63.34), ("shares", ("USA",), 26e6)],
        id="volume-refers-back-and-the-distance-from-the-average-is-no-figure"),
    pytest.param(
        "Northwind Traders reported a loss on Monday. The company's shares closed at $45.20.",
        [("share_price", (), 45.2)], id="no-ticker-no-country"),
    pytest.param(
        "December 28, 2014: Markets opened lower on Monday. Shortly before the closing bell the DJIA traded down 0.08% "
        "for the day, the S&P 500 traded up 0.09%, and the Nasdaq Composite traded flat.",
        [("stock_index_growth", ("USA",), -0.08), ("stock_index_growth", ("USA",), 0.09)], id="the-djia-is-a-us-index"),
    pytest.param(
        "The Philadelphia Semiconductor Index is up over 28% year-to-date.",
        [("stock_index_growth", ("USA",), 28.0)], id="the-philadelphia-semiconductor-index"),
    pytest.param(
        "My biggest worry for 2015 is of a default by Russia on its foreign debt. Russia owes $670-billion (U.S.) to "
        "foreigners.",
        [("debt", ("RUS",), 670e9)], id="owes-is-debt-and-us-in-brackets-names-the-dollars"),
    pytest.param(
        "Canada will suffer. If current pricing sticks, global producers will lose over a trillion dollars in annual "
        "profits.",
        [("profit", (), 1e12)], id="global-producers-are-no-country"),
    pytest.param(
        "Even though about 4 million unauthorized immigrants may be eligible for deportation relief in the U.S., it "
        "remains to be seen how many people will apply.",
        [("unauthorized_immigrants", ("USA",), 4e6)], id="immigrants-are-counted-by-their-noun"),
    pytest.param(
        "The general public disapproves of Obama taking executive action on immigration, by a margin of 48% to 38%, "
        "according to a NBC News/Wall Street Journal survey conducted this month.",
        [("poll_share", ("USA",), 48.0), ("poll_share", ("USA",), 38.0)], id="a-poll-s-shares"),
    pytest.param(
        "Among the farmers surveyed in the region, 41% expect a better harvest and 19% expect it to decline.",
        [("poll_share", (), 41.0), ("poll_share", (), 19.0)], id="a-poll-share-is-no-change"),
    pytest.param(
        "The U.S. Geological Survey said output rose 5%.",
        [("production_growth", (), 5.0)], id="a-survey-s-name-is-no-poll"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_us_listed_companies(text: str, wanted: list[tuple]) -> None:
    assert [(metric, subjects, value) for metric, subjects, value, *_ in figures(text)] == wanted


def test_a_foreign_name_is_no_us_company() -> None:
    """'Taiwan Semiconductor (NYSE: TSM)' is listed in New York but named for Taiwan: not USA."""
    text = ("Read on to see what they had to say about Taiwan Semiconductor (NYSE: TSM). The company's shares closed "
            "at $22.10.")
    assert [s for m, s, *_ in figures(text) if m == "share_price"] != [("USA",)]
