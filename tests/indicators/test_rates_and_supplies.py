"""indicators.v2: interest rates as levels, goods "supplied" as exports, deposits, documents worth a
sum, and power right before the plant it sizes.

Sentences written for these tests in the register of Azernews economy reports, except
"tt-supplying" (Tehran Times news id 477811; Tehran Times / Mehr News Agency, CC BY 4.0,
https://creativecommons.org/licenses/by/4.0/). Each expected record is (metric, subjects, value,
unit, kind, qualifier), in text order.
"""

import pytest
from figures import figures

CASES = [
    (
        "refinancing-rate",
        "The Central Bank of Azerbaijan kept the refinancing rate unchanged at 7.25 percent.",
        [("interest_rate", ("AZE",), 7.25, "percent", "actual", None)],
    ),
    (
        "rate-on-a-loan-is-no-loan",
        "In Azerbaijan the average interest rate on a new mortgage loan stayed below 8 percent.",
        [("interest_rate", ("AZE",), 8.0, "percent", "actual", "upper")],
    ),
    (
        "supplied-gas",
        "Azerbaijan supplied 12.9 bcm of gas to Europe via the Southern Gas Corridor in 2024.",
        [("exports", ("AZE",), 12.9, "bcm", "actual", None)],
    ),
    (
        "tt-supplying",
        "Iran has been supplying around 10 billion cubic meters of gas per year to Turkey under a 25-year agreement that was signed in 2001.",
        [("exports", ("IRN", "TUR"), 10.0, "bcm", "actual", "approx")],
    ),
    (
        "deposits",
        "Deposits in Azerbaijani banks increased by 8 percent to 25 billion manats.",
        [("deposits_growth", ("AZE",), 8.0, "percent", "actual", None),
         ("deposits", ("AZE",), 25000000000.0, "AZN", "actual", None)],
    ),
    (
        "documents-worth",
        "Azerbaijan and Kazakhstan signed documents worth $1.5 billion.",
        [("contract_value", ("AZE", "KAZ"), 1500000000.0, "USD", "actual", None)],
    ),
    (
        "plant-size-not-output",
        "Azerbaijan's 240 MW wind plant will generate 1 billion kWh of electricity annually.",
        [("capacity", ("AZE",), 240.0, "MW", "actual", None),
         ("production", ("AZE",), 1000000.0, "MWh", "forecast", None)],
    ),
]


@pytest.mark.parametrize("case_id, text, expected", CASES, ids=[c[0] for c in CASES])
def test_rates_and_supplies(case_id, text, expected):
    assert figures(text, published="2025-07-20", source="Azernews") == [
        (m, s, v, u, k, q) for m, s, v, u, k, q in expected]


def test_supplied_money_is_no_export():
    """Money "supplied" is no flow of goods: the exports rule for "supplied" reads physical units only."""
    assert not [f for f in figures("The United States supplied $50 million to Ukraine.", source=None)
                if f[0] == "exports"]
