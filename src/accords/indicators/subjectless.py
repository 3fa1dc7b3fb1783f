"""Figures about no country: the few an analyst can use, and the many that are only numbers.

The gold records a figure with no subject (`[]`) in two cases only (tests/gold/README.md, news
figures): a market that is no country's (a commodity's price, a regional or world stock index, a
currency's rate: "Brent was last at $60.73", "Emerging market stocks rose 0.48%", "the euro up
0.05%"), and, on a government's own page, money the text gives no country (a White House fact
sheet's "$1 billion in private finance"). On a whole page (`FULL_PAGE` sentences or more) that names
no country at all, any other figure with no subject ("Free shipping if they spend $50 or more" on a
page on online shops, "Conversion testing can increase conversion rates up to 25%") is about nothing
an analyst of countries can place: it is dropped. A snippet of a few sentences may be a lead whose
country the rest of its story names, and a page naming countries has its figures' subjects decided
sentence by sentence (`owners`): both keep theirs.

`kept(indicators, article)` returns the indicators without those.
"""

from __future__ import annotations

from collections.abc import Iterable

from accords.indicators.markets import COMMODITY_PRICES
from accords.indicators.owners import ArticleCountries
from accords.model import Indicator

#: Sentences from which a text naming no country is a page about none.
FULL_PAGE = 8
#: Market readings that are no country's, besides a named commodity's price (`markets.COMMODITY_PRICES`: "oil_price",
#: "gold_price"): a stock or currency index and an exchange rate. A bare "price" (a shop's) and a share's price are none.
_MARKETS = frozenset({*COMMODITY_PRICES, "stock_index", "currency_index", "exchange_rate"})


def is_market(metric: str) -> bool:
    """Whether `metric` is a market reading, or its move, that may stand without a country."""
    return metric.removesuffix("_growth").removesuffix("_change") in _MARKETS


def kept(indicators: Iterable[Indicator], article: ArticleCountries) -> list[Indicator]:
    """`indicators` without the figures about no country that are no market reading, on a whole page naming no
    country; a government's own page (`article.official`, its country) keeps all of its figures."""
    if article.countries or article.official is not None or len(article.sentences) < FULL_PAGE:
        return list(indicators)
    return [i for i in indicators if i.subjects or is_market(i.metric)]
