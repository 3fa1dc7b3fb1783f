"""A percentage of a company owned, bought or sold is a stake (`accords.indicators.markets.holding_share`):
"already owns 6.7% of the retailer's shares", "sold 20% of its equity", "will sell 1.5 billion shares, or
0.5 percent of the company", "the creditors own 99% of the card issuer"; a share of a market ("controls 45%
of the Indian domestic airline market") or of a nation's or region's whole stays what it was.

Texts: sentences written for these tests in the register of business news. Each expected record is
(metric, value), in text order, for the percentages only.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param("The US investment firm already owns 6.7% of the retailer's shares.", [("stake", 6.7)],
                 id="owns-a-part-of-a-company's-shares"),
    pytest.param("The Indian airline sold 20% of its equity in the offering.", [("stake", 20.0)],
                 id="sold-a-part-of-its-equity"),
    pytest.param("Saudi Aramco will sell 1.5 billion shares, or 0.5 percent of the company, in the offering.",
                 [("stake", 0.5)], id="shares-or-a-part-of-the-company"),
    pytest.param("The Swiss drugmaker also acquired 67.7% of Hexal's US affiliate.", [("stake", 67.7)],
                 id="acquired-a-part-of-a-named-company"),
    pytest.param("Jet Airways controls 45% of the Indian domestic airline market.", [("market_share", 45.0)],
                 id="a-market-share-is-no-stake"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_stake_held(text: str, wanted: list[tuple]) -> None:
    assert [(metric, value) for metric, _, value, unit, _, _ in figures(text) if unit == "percent"] == wanted
