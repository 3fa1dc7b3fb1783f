"""A fall is a negative change, also when the figure's own words name the change
(`indicators.changes.percent_change`): "U.S. crude fell 3.38%" is -3.38, as the gold README
asks ("Falls are negative growth").

Texts: a Reuters markets report of 2019-11-19 from the article-extraction-benchmark (MIT,
tests/gold/LICENSE-article-extraction-benchmark); the patent sentence is the Azernews-style
sentence of test_own_words with the verb turned. Each expected record is (metric, subjects,
value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param(
        "U.S. crude CLc1 fell 3.38% to $55.12 per barrel and Brent LCOc1 was last at $60.73, down 2.74% on the day.",
        # the prices too (market readings): U.S. crude's is the U.S.'s, Brent's no country's
        [("crude_growth", ("USA",), -3.38, "percent", "actual", None),
         ("oil_price", ("USA",), 55.12, "USD/bbl", "actual", None),
         ("oil_price", (), 60.73, "USD/bbl", "actual", None),
         ("oil_price_growth", (), -2.74, "percent", "actual", None)],
        id="named-change-that-fell-is-negative",
    ),
    pytest.param(
        "In Azerbaijan, patent activity fell by 22 % in 2023, while production of cars increased.",
        [("patent_activity_growth", ("AZE",), -22.0, "percent", "actual", None)],
        id="fell-by",
    ),
    pytest.param(
        "In Azerbaijan, patent activity grew by 22 % in 2023, while production of cars increased.",
        [("patent_activity_growth", ("AZE",), 22.0, "percent", "actual", None)],
        id="grew-by-stays-positive",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_change_signs(text, expected):
    assert figures(text, published="2019-11-19") == expected
