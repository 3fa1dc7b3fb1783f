"""indicators.v2: shares told by "accounted for"/"made up"/"constitute" and "X's share in Y", a
trade balance told as one flow exceeding the other, assets, profits and the value of a contract.

Sentences written for these tests in the register of Azernews and Tehran Times economy reports,
except "tt-constitute", from Tehran Times news id 92103 (Tehran Times / Mehr News Agency, CC BY 4.0,
https://creativecommons.org/licenses/by/4.0/). Each expected record is (metric, subjects, value,
unit, kind, qualifier), in text order.
"""

import pytest
from figures import figures

CASES = [
    (
        "accounted-for-a-share",
        "Azernews",
        "Tourists from Russia accounted for 24.6 percent of arrivals.",
        [("arrivals_share", ("RUS",), 24.6, "percent", "actual", None)],
    ),
    (
        "made-up-is-no-rise",
        "Azernews",
        "Azerbaijan imported goods from China. Machinery made up 12 percent of Azerbaijan's imports from China.",
        [("imports_share", ("AZE", "CHN"), 12.0, "percent", "actual", None)],
    ),
    (
        "tt-constitute",
        "Tehran Times",
        "Iranian nationals constitute 2.68 percent of total number of foreign tourists visiting Turkey in the period under study.",
        [("foreign_tourists_share", ("IRN", "TUR"), 2.68, "percent", "actual", None)],
    ),
    (
        "share-in-the-whole",
        "Azernews",
        "Azerbaijan's share in the EU's gas imports stood at 4.3 percent.",
        [("imports_share", ("AZE", "EU"), 4.3, "percent", "actual", None)],
    ),
    (
        "imports-exceeded-exports",
        "Tehran Times",
        "Iran and Turkey held talks. The amount of Iran's imports exceeded the exports by $398 million.",
        [("trade_balance", ("IRN",), -398000000.0, "USD", "actual", None)],
    ),
    (
        "exports-exceeded-imports",
        "Azernews",
        "Azerbaijan's exports exceeded imports by $2 billion.",
        [("trade_balance", ("AZE",), 2000000000.0, "USD", "actual", None)],
    ),
    (
        "fund-assets",
        "Azernews",
        "The assets of the State Oil Fund of Azerbaijan amounted to $60.3 billion.",
        [("assets", ("AZE",), 60300000000.0, "USD", "actual", None)],
    ),
    (
        "net-profit",
        "Azernews",
        "Azerbaijan's largest bank reported a net profit of 120 million manats.",
        [("profit", ("AZE",), 120000000.0, "AZN", "actual", None)],
    ),
    (
        "share-set-to-reach",
        "Azernews",
        "The government has set a goal of increasing the share of renewables to 30 percent by 2030.",
        [("renewables_share", ("AZE",), 30.0, "percent", "target", None)],
    ),
    (
        "plant-worth",
        "Azernews",
        "The plant, worth $300 million, will produce 500,000 tons of urea annually.",
        [("investment", ("AZE",), 300000000.0, "USD", "actual", None),
         ("production", ("AZE",), 500000.0, "t", "forecast", None)],
    ),
    (
        "port-handled",
        "Azernews",
        "The Baku port handled 50,000 TEU of containers in 2024.",
        [("cargo_handled", ("AZE",), 50000.0, "TEU", "actual", None)],
    ),
    (
        "volume-of-a-market",
        "Azernews",
        "The volume of e-commerce in Azerbaijan reached 1.5 billion manats.",
        [("e_commerce", ("AZE",), 1500000000.0, "AZN", "actual", None)],
    ),
    (
        "value-of-the-contract",
        "Azernews",
        "Azerbaijan and Italy signed a contract. The value of the contract is 1.2 billion euros.",
        [("contract_value", ("AZE", "ITA"), 1200000000.0, "EUR", "actual", None)],
    ),
]


@pytest.mark.parametrize("case_id, source, text, expected", CASES, ids=[c[0] for c in CASES])
def test_shares_and_values(case_id, source, text, expected):
    assert figures(text, published="2025-07-20", source=source) == expected


@pytest.mark.parametrize("case_id, text", [
    ("share-of-a-sum", "Azerbaijan allocated 30 percent of the fund to roads."),
    ("made-up-for", "Germans make up for 9.4 percent of the visitors."),
], ids=["share-of-a-sum", "made-up-for"])
def test_no_share_without_its_words(case_id, text):
    assert not [f for f in figures(text, published="2025-07-20", source="Azernews") if f[0].endswith("_share")]
