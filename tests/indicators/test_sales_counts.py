"""Sales and counts of things sold: "sales" names a figure, and "new" between a count and its
noun names nothing ("sold 30,154 new cars").

Text: the Houston Chronicle page on October 2019 car sales from the article-extraction-benchmark
(MIT, tests/gold/LICENSE-article-extraction-benchmark), after a sentence placing the dealers in
Texas (the page names Houston and California; a US state gives the United States). Each expected
record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

LEAD = "Houston car dealers met in Texas. "

CASES = [
    pytest.param(
        "Local auto dealers sold 30,154 new cars, trucks and SUVs in October, the second-highest sales volume of the "
        "year thus far but still down 10 percent from a year ago, according to the TexAuto Facts report from "
        "InfoNation, a Sugar Land-based provider of automobile data.",
        [("cars", ("USA",), 30154.0, "count", "actual", None),
         ("sales_growth", ("USA",), -10.0, "percent", "actual", None)],
        id="new-before-the-noun-names-nothing",
    ),
    pytest.param(
        "Truck and SUV sales are down 2.6 percent, while sedan sales are down 12.3 percent. Dealers last year sold "
        "303,417 new vehicles, up 4 percent from the previous year, according to InfoNation.",
        [("sales_growth", ("USA",), -2.6, "percent", "actual", None),
         ("sales_growth", ("USA",), -12.3, "percent", "actual", None),
         ("vehicles", ("USA",), 303417.0, "count", "actual", None),
         ("vehicles_growth", ("USA",), 4.0, "percent", "actual", None)],
        id="sales-name-their-changes",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_sales_counts(text: str, expected: list) -> None:
    assert figures(LEAD + text, published="2019-11-19") == expected
