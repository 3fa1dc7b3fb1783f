"""A count of visits written in digits right after the country visited ("have visited Tajikistan 13 times") is a
count, not a model's number read as part of a name (`clauses._is_designation`: "Boeing 787", "Airbus 320"):
"times" after a number counts how often. The visits are the visitors' and the host's.

Texts: Tehran Times (tehrantimes-region, CC BY 4.0), the sentence as the corpus gives it (news_id 469070, also in
the gold article tt_472315); sentences written for these tests in the register of the regional state press where
marked. Each expected record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

TT = "Tehran Times"

CASES = [
    pytest.param(
        "According to the diplomat, the presidents of Iran have visited Tajikistan 13 times since the establishment of "
        "political relations between the two countries, and the Tajik president has visited Iran 17 times.",
        [("visits", ("IRN", "TJK"), 13.0, "count", "actual", None), ("visits", ("IRN", "TJK"), 17.0, "count", "actual", None)],
        id="visited-country-n-times",
    ),
    pytest.param(  # written for this test
        "The Azerbaijani president has visited Iran 4 times.",
        [("visits", ("AZE", "IRN"), 4.0, "count", "actual", None)],
        id="visited-iran-digits",
    ),
    pytest.param(  # written for this test
        "Iran Air flies its Boeing 747 aircraft to Baku.", [], id="a-model-number-stays-a-name",
    ),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_visits_counted_times(text: str, wanted: list[tuple]) -> None:
    assert figures(text, source=TT) == wanted
