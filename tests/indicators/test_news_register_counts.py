"""Figures of the web-news register that no noun of the lexicon names: aircraft counted by their
model ("40 A321neos and 10 A350s"), orders and options, the charges a defendant faces and the
witnesses heard, a company's share price reached, a deal's value, a discount, and a place's
people stated with "the" ("the 20 million residents of Delhi", not a count referring back).

Texts: sentences written for these tests in the register of airline, court and market news,
except "Noel, 31, is charged with five counts of falsifying records", from USA Today (news_c58aa507c4), a
page of the article-extraction-benchmark, the air-quality sentence from Vox (news_16c30add7e) of the same
benchmark, and the two CNN sentences (ids "cnn-"), from newspaper4k's test pages (news_n4k-cnn002,
news_n4k-cnnarticle), all MIT. Each expected record is (metric, subjects, value, unit, kind,
qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param(
        "Kenya Airways placed an order for 25 Boeing 787 Dreamliners, the Kenyan carrier said.",
        [("aircraft", ("KEN", "USA"), 25.0, "count", "actual", None)],
        id="aircraft-counted-by-model",
    ),
    pytest.param(
        "Turkish Airlines ordered 40 A321neos and 10 A350s from Airbus.",
        [("aircraft", ("FRA", "TUR"), 40.0, "count", "actual", None),
         ("aircraft", ("FRA", "TUR"), 10.0, "count", "actual", None)],
        id="aircraft-by-plural-model-numbers",
    ),
    pytest.param(
        "The Indian carrier's deal with Boeing covers 50 firm orders and 30 options.",
        [("aircraft_orders", ("IND", "USA"), 50.0, "count", "actual", None),
         ("aircraft_options", ("IND", "USA"), 30.0, "count", "actual", None)],
        id="orders-and-options-of-an-airline",
    ),
    pytest.param(
        "The Georgian army received 25 T-72s last year.",
        [],
        id="a-model-count-outside-aviation-is-not-read-here",
    ),
    pytest.param(
        "A Georgian court charged him with 34 counts of fraud.",
        [("charges", ("GEO",), 34.0, "count", "actual", None)],
        id="counts-after-a-charging-verb",
    ),
    pytest.param(
        "Two guards at a jail in the United States were charged on Tuesday. Noel, 31, is charged with five counts of "
        "falsifying records.",
        [("people_charged", ("USA",), 2.0, "count", "actual", None), ("charges", ("USA",), 5.0, "count", "actual", None)],
        id="usatoday-counts-a-defendant-is-charged-with",
    ),
    pytest.param(
        "Ukrainian prosecutors brought 91 criminal charges against the former minister.",
        [("charges", ("UKR",), 91.0, "count", "actual", None)],
        id="charges-counted-by-their-noun",
    ),
    pytest.param(
        "Election officials in Georgia finished 3 counts of the ballots.",
        [],
        id="counts-without-a-charge-are-no-charges",
    ),
    pytest.param(
        "Nine witnesses testified at the trial of the former Georgian president.",
        [("witnesses", ("GEO",), 9.0, "count", "actual", None)],
        id="witnesses-heard",
    ),
    pytest.param(
        "Shares in the Turkish carrier rose 3% to 250 lira in Istanbul.",
        [("stock_index_growth", ("TUR",), 3.0, "percent", "actual", None),
         ("share_price", ("TUR",), 250.0, "TRY", "actual", None)],
        id="share-price-reached",
    ),
    pytest.param(
        "The Kenyan lender's stock closed at $1.52 on Friday in Nairobi.",
        [("share_price", ("KEN",), 1.52, "USD", "actual", None)],
        id="share-price-closed-at",
    ),
    pytest.param(
        "The Turkish company pays a dividend of $0.50 a share.",
        [("dividend_per_share", ("TUR",), 0.5, "USD", "actual", None)],
        id="money-per-share-stays-with-its-own-owner",
    ),
    pytest.param(
        "The acquisition, valued at $400 million, makes the Georgian bank the largest lender in the country.",
        [("contract_value", ("GEO",), 4e8, "USD", "actual", None)],
        id="deal-valued-at",
    ),
    pytest.param(
        "Turkish Airlines offers students a 20 percent discount on flights to Baku.",
        [("discount", ("TUR",), 20.0, "percent", "actual", None)],
        id="a-percent-discount",
    ),
    pytest.param(
        "Shares in the Japanese carrier rose 4% to 1,500 yen in early trading.",
        [("stock_index_growth", ("JPN",), 4.0, "percent", "actual", None),
         ("share_price", ("JPN",), 1500.0, "JPY", "actual", None)],
        id="a-trading-session-is-no-trade",
    ),
    pytest.param(
        "New York Attorney General Letitia James is suing Trump for $250 million and seeking to bar him from doing "
        "business in the state.",
        [("damages_sought", ("USA",), 2.5e8, "USD", "actual", None)],
        id="cnn-money-a-suit-is-brought-for",
    ),
    pytest.param(
        "The Georgian government sued the company for more than $1 billion.",
        [("damages_sought", ("GEO",), 1e9, "USD", "actual", "lower")],
        id="sued-for",
    ),
    pytest.param(
        "That's good news for people like Latasha Abney, who joined the more than 43 million Americans expected by AAA "
        "to travel over the Thanksgiving holiday weekend.",
        [("travelers", ("USA",), 4.3e7, "count", "actual", "lower")],
        id="cnn-a-nations-people-travelling",
    ),
    pytest.param(
        "Turkish Airlines reported 56 cancellations because of the snow in Istanbul.",
        [("cancellations", ("TUR",), 56.0, "count", "actual", None)],
        id="cancellations-counted-by-their-noun",
    ),
    pytest.param(
        "Last week, some air quality index monitors maxed out with ratings of 999 and pollution reached 50 times the "
        "level deemed safe by the World Health Organization.",
        [],
        id="vox-an-air-quality-index-is-no-stock-index",
    ),
    pytest.param(
        "Smoke and dust descended upon the 20 million residents of Delhi, India’s capital, this week.",
        [("population", ("IND",), 2e7, "count", "actual", None)],
        id="the-people-of-a-place-are-stated",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_news_register_counts(text: str, expected: list) -> None:
    assert figures(text, published="2019-11-20") == expected
