"""A country named only as the imposer of sanctions a figure came about despite or amid is no side of
the figure: "Despite U.S. sanctions, Iran's non-oil exports rose 12 percent" is Iran's
(`indicators.background.without_sanctioner`, issue #14 item 3). A country the sentence also names as
a side keeps its place, and counts of sanctions keep the sanctioning country.

Sentences written for these tests in the register of Tehran Times economy reports. Each record is
(metric, subjects, value).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures


@pytest.mark.parametrize(("text", "wanted"), [
    ("Despite U.S. sanctions, Iran's non-oil exports to Turkey rose 12 percent in 2019.",
     [("non_oil_exports_growth", ("IRN", "TUR"), 12.0)]),
    ("Iran's exports to Iraq reached $9 billion in 2019 despite the U.S. sanctions, the official said.",
     [("exports", ("IRN", "IRQ"), 9e9)]),
    ("Amid U.S. sanctions, Iran's oil production fell to 2 million barrels per day.",
     [("production", ("IRN",), 2e6)]),
    ("Iran's trade with the United States fell 40 percent despite U.S. sanctions.",
     [("trade_turnover_growth", ("IRN", "USA"), -40.0)]),
], ids=["despite-sanctions-first", "despite-the-sanctions-after", "amid-sanctions", "also-a-side"])
def test_the_sanctioner_is_no_side(text: str, wanted: list) -> None:
    assert [f[:3] for f in figures(text, source="Tehran Times")] == wanted
