"""Money put into a company by an investor the sentence names as such ("a lifeline from investor
SoftBank", "SoftBank, its largest investor,") takes the investor's home country beside the company's
(`accords.indicators.markets.investor_country`), as a company's money for a company of another
country takes both sides; an unknown company adds nothing.

Texts: sentences written for these tests in the register of business news. Each expected record is
(metric, subjects, value), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param("The American startup received an investment from investor SoftBank worth $2 billion.",
                 [("investment", ("JPN", "USA"), 2e9)], id="investor-before-the-name"),
    pytest.param("SoftBank, its largest investor, made a $3 billion investment in the American office company.",
                 [("investment", ("JPN", "USA"), 3e9)], id="investor-in-apposition"),
    pytest.param("The American startup received an investment from investor Acme Capital worth $2 billion.",
                 [("investment", ("USA",), 2e9)], id="unknown-investor-adds-nothing"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_named_investors(text: str, wanted: list[tuple]) -> None:
    assert [(metric, subjects, value) for metric, subjects, value, *_ in figures(text)] == wanted
