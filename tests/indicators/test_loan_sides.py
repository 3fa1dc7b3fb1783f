"""A loan's sides are its lender and its borrower where its words name both (`accords.indicators.lenders`, indtt48).

- "an American loan of 3,500 million dollars, ..., in order to enable Ecuador to settle all of its debts with China"
  (tt_462804): the United States' and Ecuador's, not China's, whose success the sentence opens on;
- "expressed its willingness to lend Turkey 3 billion dollars": "lend" names a loan (`lexicon`, before it named
  none, and "to shore up its reserves" after it made the amount reserves), and a willingness to do it is a `target`
  (`kinds`), as the gold gives it;
- "Pakistan, with Chinese support, obtained a loan of $6 billion from the International Monetary Fund": the borrower
  that opens the sentence and the lender it comes "from", not the supporter in the aside;
- "lending" the noun names no loan: "$2 billion that will unlock additional billions in federal lending" stays funding
  (a White House fact sheet of 2022-11-18, whitehouse-briefings corpus);
- a loan whose words name one side only keeps the subjects rules' sides.

The tt_462804 sentences are from tests/gold/articles (Tehran Times, CC BY 4.0); the funding one from the White House
corpus; the others are our own. Each expected
record is (metric, subjects, value, kind).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

TT = "Tehran Times"


def _figures(text: str) -> list[tuple]:
    source = "White House" if "Inflation Reduction Act" in text else TT
    return [(metric, subjects, value, kind) for metric, subjects, value, _, kind, _ in figures(text, published=None, source=source)]


CASES = [
    pytest.param(
        "It is noteworthy that the Chinese success in penetrating the (back garden of Washington), cost the Trump "
        "administration an American loan of 3,500 million dollars, in order to enable Ecuador to settle all of its "
        "debts with China.",
        [("loans", ("ECU", "USA"), 3.5e9, "actual")],
        id="an-adjectives-loan-to-enable-a-country-is-lenders-and-borrowers",
    ),
    pytest.param(
        "In this context, a consortium of Chinese banks recently expressed its willingness to lend Turkey 3 billion "
        "dollars.",
        [("loans", ("CHN", "TUR"), 3e9, "target")],
        id="willingness-to-lend-is-a-targeted-loan",
    ),
    pytest.param(
        "China will lend Pakistan $2 billion to shore up its reserves.",
        [("loans", ("CHN", "PAK"), 2e9, "target")],
        id="lend-names-the-loan-before-a-purpose-after-it",
    ),
    pytest.param(
        "Pakistan, with Chinese support, obtained a loan of $6 billion from the International Monetary Fund.",
        [("loans", ("IMF", "PAK"), 6e9, "actual")],
        id="the-lender-it-comes-from-and-the-borrower-that-got-it-not-the-aside",
    ),
    pytest.param(
        "Additionally, the Inflation Reduction Act provides nearly $3 billion in transmission funding, including $2 "
        "billion that will unlock additional billions in federal lending for projects designated by the Secretary of "
        "Energy to be in the national interest.",
        [("funding", ("USA",), 3e9, "actual"), ("funding", ("USA",), 2e9, "actual")],
        id="lending-the-noun-after-funding-names-no-loan",
    ),
    pytest.param(
        "Russia extended a loan of $10 billion to Iran for the construction of power plants.",
        [("loans", ("IRN", "RUS"), 1e10, "actual")],
        id="a-loan-extended-to-a-country-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_loan_sides(text: str, expected: list) -> None:
    assert _figures(text) == expected
