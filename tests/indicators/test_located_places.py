"""Whose figure it is in a text that names no country but names places of one
(`indicators.owners.text_home`).

Before, a news page on Houston car sales or Indiana's teachers gave its figures no subject,
since no country is named; the gold (tests/gold/README.md, web news conventions) gives a figure
about one country's economy or politics that country. Now such a text takes the one country all
its located places lie in (a state of the United States, a listed city); places of two
countries, or none the gazetteers know, give none.

Texts: passages of web news pages of the article-extraction-benchmark (MIT,
tests/gold/LICENSE-article-extraction-benchmark): the Houston Chronicle on October car sales
(2019-11-20) and The Detroit News on the Indiana teachers' rally (2019-11-19); the last two cases
change one place of the latter to test the rule's limits. Each expected record is (metric,
subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

HOUSTON = (
    "The annual percentage rate on new financed vehicles averaged 5.7 percent in October, down from 6.2 percent a year "
    "earlier, according to Edmunds.com, a California-based automobile data firm. The average retail price of a new "
    "vehicle sold locally in October was $39,014, up from $38,373 a year ago."
)
HOUSTON_ONLY = (
    "New vehicle sales in the Houston area plunged 10 percent last month. The average retail price of a new "
    "vehicle sold locally in October was $39,014, up from $38,373 a year ago."
)
RALLY = "Indiana State Police reported at least 5,000 people entered the Statehouse through public entrances. "

CASES = [
    pytest.param(
        HOUSTON, "2019-11-20",
        [("interest_rate", ("USA",), 5.7, "percent", "actual", None),
         ("interest_rate", ("USA",), 6.2, "percent", "actual", None),
         ("price", ("USA",), 39014.0, "USD", "actual", None),
         ("price", ("USA",), 38373.0, "USD", "actual", None)],
        id="houston-car-prices-beside-california-are-the-united-states",
    ),
    pytest.param(
        HOUSTON_ONLY, "2019-11-20",
        [("sales_growth", (), -10.0, "percent", "actual", None),
         ("price", (), 39014.0, "USD", "actual", None),
         ("price", (), 38373.0, "USD", "actual", None)],
        id="houston-alone-is-no-known-place-no-subject",
    ),
    pytest.param(
        RALLY + "Teachers from Kentucky and West Virginia joined them.", "2019-11-19",
        [("population", ("USA",), 5000.0, "count", "actual", "lower")],
        id="indiana-rally-states-are-the-united-states",
    ),
    pytest.param(
        RALLY + "Teachers from Kentucky and Hamburg joined them.", "2019-11-19",
        [("population", (), 5000.0, "count", "actual", "lower")],
        id="places-of-two-countries-give-no-subject",
    ),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_text_naming_no_country_takes_the_country_of_its_places(text, published, expected):
    assert figures(text, published=published) == expected
