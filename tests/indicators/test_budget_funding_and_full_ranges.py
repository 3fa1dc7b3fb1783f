"""Money a bill or budget funds, and ranges whose two ends are written in full.

`moneyverbs.funded_metric`: money a bill, budget or act includes, sets aside or gives, and the amounts
listed after it each for its purpose, is `funding`; so is money a program "will receive" or "got" in a
sentence about a bill, budget or request. Money received with no such word stays unnamed. In a government's own
text, funding its law includes for a home body, in a sentence naming no country, is the home country's, not that of
the partner the sentence before named (`owners`).
`ranges.is_range`: "between $10 billion and $12 billion" and "a 52-week range of $21.50 to $28.75" are
the two ends of one range (`lower`, `upper`; the upper end says what the lower end says), while "rose from
$10 billion to $15 billion" is a change, not a range.

The first sentence is a White House fact sheet's (public domain); the others were written for this test,
paraphrasing web news of the gold's dev part. Each expected record is (metric, subjects, value, unit, kind,
qualifier), in text order.
"""

from __future__ import annotations

import pytest

from figures import figures

WH = "The White House"

CASES = [
    pytest.param(
        "The bill also included $42.5 million for a new HUD initiative launching later this summer to collect and "
        "assess energy and water usage data from assisted multifamily housing properties.",
        WH, [("funding", ("USA",), 42.5e6, "USD", "actual", None)],
        id="a-bill-included-money-for-a-purpose",
    ),
    pytest.param(
        "The spending bill includes $3.8 billion for space operations; $2.8 billion for mission support; and "
        "$119 million for education.",
        WH, [("funding", ("USA",), 3.8e9, "USD", "actual", None), ("funding", ("USA",), 2.8e9, "USD", "actual", None),
             ("funding", ("USA",), 119e6, "USD", "actual", None)],
        id="amounts-listed-after-what-a-bill-includes",
    ),
    pytest.param(
        "Under the omnibus bill, the Orion spacecraft will get $1.2 billion, more than the White House requested.",
        WH, [("funding", ("USA",), 1.2e9, "USD", "forecast", None)],
        id="money-a-program-gets-under-a-bill",
    ),
    pytest.param(
        "The striker received $2 million from the club after the final.",
        None, [],
        id="money-received-with-no-budget-word-names-nothing",
    ),
    pytest.param(
        "The United States will continue to work with Haiti to restore security. The Inflation Reduction Act "
        "included over $7 billion in funding for the Department of Agriculture.",
        WH, [("funding", ("USA",), 7e9, "USD", "actual", "lower")],
        id="funding-a-law-included-is-the-home-countrys",
    ),
    pytest.param(
        "Iran's exports to Iraq are expected to reach between $10 billion and $12 billion next year.",
        None, [("exports", ("IRN", "IRQ"), 10e9, "USD", "forecast", "lower"),
               ("exports", ("IRN", "IRQ"), 12e9, "USD", "forecast", "upper")],
        id="between-two-full-amounts",
    ),
    pytest.param(
        "Iran's trade with Turkey ranged from $10 billion to $15 billion in the past five years.",
        None, [("trade_turnover", ("IRN", "TUR"), 10e9, "USD", "actual", "lower"),
               ("trade_turnover", ("IRN", "TUR"), 15e9, "USD", "actual", "upper")],
        id="ranged-from-to",
    ),
    pytest.param(
        "Iran's trade with Turkey rose from $10 billion to $15 billion in the past five years.",
        None, [("trade_turnover", ("IRN", "TUR"), 10e9, "USD", "actual", None),
               ("trade_turnover", ("IRN", "TUR"), 15e9, "USD", "actual", None)],
        id="a-change-from-to-is-no-range",
    ),
]


@pytest.mark.parametrize("text, source, expected", CASES)
def test_budget_funding_and_full_ranges(text: str, source: str | None, expected: list) -> None:
    assert figures(text, source=source) == expected


def test_the_upper_end_of_a_range_written_in_full() -> None:
    found = figures("Home Depot's shares closed at $24.10; the stock's 52-week range is $21.50 to $28.75.")
    assert [(metric, value, qualifier) for metric, _, value, _, _, qualifier in found][-2:] == [
        ("share_price", 21.5, "lower"), ("share_price", 28.75, "upper")]
