"""A percentage of a company owned, bought or sold is a stake (`accords.indicators.markets.holding_share`):
"already owns 6.7% of the retailer's shares", "sold 20% of its equity", "will sell 1.5 billion shares, or
0.5 percent of the company", "the creditors own 99% of the card issuer"; a share of a market ("controls 28%
of the Turkish domestic flight market") or of a nation's or region's whole stays what it was.

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
    pytest.param("The German chemicals group also bought 51.3% of Nordwerk's Polish unit.", [("stake", 51.3)],
                 id="acquired-a-part-of-a-named-company"),
    pytest.param("The low-cost carrier controls 28% of the Turkish domestic flight market.", [("market_share", 28.0)],
                 id="a-market-share-is-no-stake"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_stake_held(text: str, wanted: list[tuple]) -> None:
    assert [(metric, value) for metric, _, value, unit, _, _ in figures(text) if unit == "percent"] == wanted
