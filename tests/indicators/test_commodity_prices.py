"""A price the lexicon reads as a bare `price` whose words name a traded commodity (`markets.commodity_metric`).

Before, "Oil prices have fallen by 12 percent" in a text about Azerbaijan was `price_growth` of Azerbaijan (the
article's topic), and "The price of a barrel of Brent oil was $71" Azerbaijan's `price` in dollars; a world
market's price is no country's (tests/gold/README.md, web news: "Brent was last at $60.73" has no subject). Now
a price whose commodity touches the word ("Oil prices", "crude prices", "the price of a barrel of Brent oil") is
`oil_price` (its change or growth likewise), priced by the barrel where the clause says so, with no subject unless
its clause names a country ("Azerbaijan's state budget ... based on an oil price of $70 per barrel" stays
Azerbaijan's); gas stays a country's price, and "Oil Minister ... said the price" is no commodity's.

Texts: the 247wallst page of the newspaper4k tests (tests/gold/articles/news_n4k-247wallstcom2.json); the others
written in our own words in the register of the Azerbaijani state press. Each expected record is (metric,
subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param(
        "Azerbaijan produced 29 million tons of oil in 2025, the ministry said. Oil prices have fallen by 12 percent "
        "since January.",
        [("production", ("AZE",), 29e6, "t", "actual", None), ("oil_price_growth", (), -12.0, "percent", "actual", None)],
        id="oil-prices-fall-is-no-topic-countrys",
    ),
    pytest.param(
        "Azerbaijan's oil exports grew last year. The price of a barrel of Brent oil was $71 on Monday.",
        [("oil_price", (), 71.0, "USD/bbl", "actual", None)],
        id="price-of-a-barrel-of-brent-is-per-barrel-and-no-countrys",
    ),
    pytest.param(
        "Transocean Partners LLC (NYSE: RIGP) posted a new 52-week low on Monday of $13.18. The offshore drilling "
        "firm had no specific news today, but crude prices are down about 2%.",
        [("oil_price_growth", (), -2.0, "percent", "actual", "approx")],
        id="crude-prices-are-a-market-reading",
    ),
    pytest.param(
        "Azerbaijan's state budget for 2025 is based on an oil price of $70 per barrel.",
        [("oil_price", ("AZE",), 70.0, "USD/bbl", "actual", None)],
        id="country-named-in-the-clause-keeps-it",
    ),
    pytest.param(
        "Iran's Oil Minister Bijan Zanganeh visited Baku. He said the price of the product is $300 per ton.",
        [("price", ("IRN",), 300.0, "USD/t", "actual", None)],
        id="oil-minister-names-no-commodity-price",
    ),
    pytest.param(
        "Iran's oil exports to China rose by 10 percent last year, while prices rose by 5 percent.",
        [("exports_growth", ("CHN", "IRN"), 10.0, "percent", "actual", None),
         ("price_growth", ("CHN", "IRN"), 5.0, "percent", "actual", None)],
        id="bare-prices-after-oil-exports-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_commodity_prices(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
