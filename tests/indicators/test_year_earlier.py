"""A figure "a year earlier" than the one its sentence dates is of the period a year back.

"The average price in October 2019 was $39,014, up from $38,373 a year ago": the second price is
October 2018's, not 2019's (the nearest time) nor the year a year before publication (the value of
"a year ago" itself). Also "the previous year", "the year before", "a year earlier". A change
compared with "the previous year" is not moved ("up 4 percent from the previous year": the growth
is of the year its sentence dates), nor is a figure whose sentence dates nothing before it.

Sentences written for this test in the construction of business pages; each expected record is
(metric, period), in text order.
"""

from __future__ import annotations

import pytest

from accords.model import Article
from accords.pipeline import run

CASES = [
    pytest.param(
        "The average price of a new car sold in October 2019 was $39,014, up from $38,373 a year ago.",
        [(39014.0, ("2019-10-01", "2019-10-31")), (38373.0, ("2018-10-01", "2018-10-31"))],
        id="a-year-ago-after-a-month",
    ),
    pytest.param(
        "Exports dropped to $9.1 billion in 2018, down from $19.5 billion the previous year.",
        [(9.1e9, ("2018-01-01", "2018-12-31")), (19.5e9, ("2017-01-01", "2017-12-31"))],
        id="the-previous-year-after-a-year",
    ),
    pytest.param(
        "Net profit was $12 million in the first quarter of 2016 against $10 million a year earlier.",
        [(12e6, ("2016-01-01", "2016-03-31")), (10e6, ("2015-01-01", "2015-03-31"))],
        id="a-year-earlier-after-a-quarter",
    ),
    pytest.param(
        "Dealers sold 303,417 new vehicles in 2018, up 4 percent from the previous year.",
        [(303417.0, ("2018-01-01", "2018-12-31")), (4.0, ("2018-01-01", "2018-12-31"))],
        id="a-change-from-the-previous-year-keeps-its-year",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_year_earlier(text: str, expected: list) -> None:
    extraction = run(Article(id="y", text=text, published="2019-11-19"))
    assert [(i.value, i.period) for i in extraction.indicators] == expected
