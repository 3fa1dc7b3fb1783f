"""A company's share price named as the low or high its shares fell or rose to (`accords.indicators.markets.reading`):
"the miner's shares slid to a three-month low of A$3.20" is a `share_price`, not an investment named by "Investors"
earlier in the sentence.

Texts: sentences written for these tests in the register of business news. Each expected record is (metric, value,
unit), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param("Investors were rattled and the Australian miner's shares slid to a three-month low of A$3.20 on Tuesday.",
                 [("share_price", 3.2, "AUD")], id="a-low-of"),
    pytest.param("The American carmaker's shares hit a record high of $250 on Friday.",
                 [("share_price", 250.0, "USD")], id="a-record-high-of"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_share_low(text: str, wanted: list[tuple]) -> None:
    assert [(metric, value, unit) for metric, _, value, unit, _, _ in figures(text)] == wanted
