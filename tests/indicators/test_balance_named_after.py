"""A balance named right after its amount (`accords.indicators.balances`): "a $3 billion trade deficit" is a
negative trade balance, as "a trade deficit of $3 billion" is (`tests/gold/README.md`, "Signs"). Sentences from
a Tehran Times article of `tehrantimes-region` (Tehran Times / Mehr News Agency, CC BY 4.0), from White House
fact sheets of `whitehouse-briefings` (public domain), and, where marked, in the style of Azernews."""

from __future__ import annotations

import pytest

from accords.indicators.balances import after
from tests.indicators.figures import figures

CASES = [
    (
        "deficits-before-and-after-their-amounts",  # tehrantimes 460157
        "TEHRAN – Turkey in 2020, a $ 36 billion current account deficit in the foreign trade deficit of $ 50 billion.",
        [("trade_balance", ("TUR",), -36e9, "USD", "actual", None),
         ("trade_balance", ("TUR",), -50e9, "USD", "actual", None)],
    ),
    (
        "deficit-after-its-amount",  # in the style of Azernews
        "Kazakhstan ran a $3 billion trade deficit with China last year.",
        [("trade_balance", ("CHN", "KAZ"), -3e9, "USD", "actual", None)],
    ),
    (
        "surplus-after-its-amount-stays-positive",  # in the style of Azernews
        "Iran posted a $2 billion trade surplus with Turkey.",
        [("trade_balance", ("IRN", "TUR"), 2e9, "USD", "actual", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected


TAILS = [
    ("trade-deficit", " trade deficit with China last year.", " trade deficit"),
    ("current-account-deficit", " current account deficit in the foreign trade", " current account deficit"),
    ("added-to-deficits", " to deficits over 10 years", ""),  # White House, 2023-09-12: a change of deficits, none itself
    ("of-deficit-reduction", " of deficit reduction over the next decade", ""),  # White House, 2023-09-12
    ("no-balance-word", " in bilateral trade", ""),
]


@pytest.mark.parametrize(("tail", "expected"), [c[1:] for c in TAILS], ids=[c[0] for c in TAILS])
def test_named_after(tail: str, expected: str) -> None:
    assert after(tail) == expected
