"""Money given by a verb the lexicon has no word for: "supported with $649 million from the
United States and $49 million from Indonesia" (funding of each giver), "joined efforts to marshal
more than $32 million" (financing).

Texts: White House fact sheets on the U.S.-Indonesia Strategic Partnership (2022-11-13) and on
the U.S. Strategy to Prevent Conflict and Promote Stability (2024-04-30), works of the United
States government (tests/gold/README.md, White House). Each expected record is (metric,
subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"

CASES = [
    pytest.param(
        "The United States\nand Indonesia have successfully concluded negotiations to launch\na\xa0**$698 million**\xa0MCC "
        "Compact, supported with $649 million from the\nUnited States and $49 million from Indonesia.",
        [("funding", ("IDN", "USA"), 698e6, "USD", "actual", None),
         ("funding", ("IDN", "USA"), 649e6, "USD", "actual", None),
         ("funding", ("IDN",), 49e6, "USD", "actual", None)],
        id="supported-with-money-from-each-giver",
    ),
    pytest.param(
        "In January, USAID and the Swiss Agency for Development and\n    Cooperation joined efforts to marshal more "
        "than $32 million to\n    promote market-based farming in Mozambique’s Nacala Corridor.",
        [("financing", ("MOZ", "USA"), 32e6, "USD", "actual", "lower")],
        id="marshal-money",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_money_verbs(text: str, expected: list) -> None:
    assert figures(text, published="2024-04-30", source=WH) == expected
