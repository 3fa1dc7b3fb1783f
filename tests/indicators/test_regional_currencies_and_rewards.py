"""Currencies of the region named in words ("Turkish lire", "somoni", "Kyrgyz som", "Uzbek sums") and rewards
offered for information ("a bounty of ...", "a reward of ..."): the money is the giver's, and whom the reward
seeks ("for any information leading to the capture of the Emirati ...") is no subject. Sentences from Tehran
Times 447276 (tehrantimes_region_dev.jsonl, CC BY 4.0) and the White House fact sheet of 2024-09-26 in
tests/gold/articles (public domain), shortened; the currency lines are written for the test."""

from __future__ import annotations

import pytest

from accords.quantities.extract import find_quantities
from tests.indicators.figures import figures

TT = dict(source="Tehran Times", published=None)

CURRENCIES = [
    ("turkish-lire", "a bounty of four million Turkish lire", 4e6, "TRY"),
    ("tajik-somoni", "a budget of 500 million somoni", 5e8, "TJS"),
    ("tajik-somoni-named", "spent 20 million Tajik somoni", 2e7, "TJS"),
    ("kyrgyz-som", "loans of 3 billion Kyrgyz som", 3e9, "KGS"),
    ("uzbek-sums", "worth 12 billion Uzbek sums", 12e9, "UZS"),
    ("azerbaijan-manats", "reached 1.2 billion Azerbaijan manats", 1.2e9, "AZN"),
    ("colombian-pesos", "a reward of 50 million Colombian pesos", 5e7, "COP"),
]


@pytest.mark.parametrize(("text", "value", "unit"), [c[1:] for c in CURRENCIES], ids=[c[0] for c in CURRENCIES])
def test_regional_currency_names(text: str, value: float, unit: str) -> None:
    found = [q for q in find_quantities(text) if q.unit != "count"]
    assert [(q.value, q.unit) for q in found] == [(value, unit)]


CASES = [
    (
        # the bounty is Turkey's; the "Emirati mercenary" it seeks after "for any information leading to" is no side
        "bounty-for-information-is-the-givers",
        "Moreover, Turkey offered a bounty of four million Turkish lire for any information leading to the capture "
        "of “the Emirati mercenary” Mohammed Dahlan.",
        [("reward", ("TUR",), 4e6, "TRY", "actual", None)],
    ),
    (
        # a reward is money: "reward" without an amount of money gives no figure
        "no-money-no-reward",
        "Turkey said 12 officers would be rewarded.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rewards(text: str, expected: list[tuple]) -> None:
    assert [f for f in figures(text, **TT) if f[0] == "reward"] == expected
