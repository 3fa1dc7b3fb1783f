"""The receiver a government's own text names after the money it gives (`accords.indicators.recipients`), and a
bank named with a possessive before its programme (`accords.indicators.funds`): the money is the giver's and the
receiver's (docs/gold-format.md: a government's agency that gives stands for its state, with the receiving country).

Texts: the U.S.-Peru partnership fact sheet (2024-11-15), the U.S.-Indonesia 75 years fact sheet (2024-11-12) and the
Africa food security fact sheet (2022-12-15), from the whitehouse-briefings corpus (bidenwhitehouse.archives.gov;
works of the United States government, public domain), and tests/gold/articles. Expected records are (metric,
subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param(
        "Since 2001, the U.S. Agency for International Development (USAID) has invested over $1.8 billion to "
        "promote economic, social, and political development and to support Peru as it manages the migration "
        "flows impacting the region.",
        [("investment", ("PER", "USA"), 1.8e9, "USD", "actual", "lower")],
        id="receiver-after-a-purpose",
    ),
    pytest.param(
        "The United States has invested $750,000 in the construction of training areas, barracks, and buildings "
        "to support emergency response in Peru.",
        [("investment", ("PER", "USA"), 750000.0, "USD", "actual", None)],
        id="receiver-at-the-end-of-the-sentence",
    ),
    pytest.param(
        "Since 2002, the United States has provided over $6.8 billion in development, economic, health, and "
        "security assistance to support Indonesian development efforts, which includes more than $2.2 billion "
        "in health assistance.",
        [("aid", ("IDN", "USA"), 6.8e9, "USD", "actual", "lower"),
         ("aid", ("IDN", "USA"), 2.2e9, "USD", "actual", "lower")],
        id="receiver-by-its-adjective",
    ),
    pytest.param(
        "USAID will provide $15 million in support to the African Development Bank’s (AfDB) existing fertilizer "
        "guarantee activity, the Africa Fertilizer Financing Mechanism.",
        [("aid", ("AfDB", "USA"), 15e6, "USD", "target", None)],
        id="bank-named-before-its-programme",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_named_receivers(text: str, expected: list) -> None:
    assert figures(text, published="2024-11-15", source="The White House") == expected
