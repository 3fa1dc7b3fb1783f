"""Multiples written as one word (`accords.indicators.wordmultiples`): "has tripled", "by fourfold",
"to double the gas swap" are ratios of what the sentence measures; the adjective ("double
standards") and "double down on" multiply nothing. Sentences from Tehran Times articles of
`tehrantimes-region` (Tehran Times / Mehr News Agency, CC BY 4.0)."""

from __future__ import annotations

import pytest

from accords.indicators.wordmultiples import word_multiples
from tests.indicators.figures import figures

CASES = [
    (
        "tripled-trade-is-a-ratio",  # tehrantimes 467551
        "TEHRAN – The president added, “For example, after a visit to Tajikistan and a meeting with its president, "
        "the level of trade and economic relations between Iran and Tajikistan has tripled.”",
        [("trade_turnover_growth", ("IRN", "TJK"), 3.0, "ratio", "actual", None)],
    ),
    (
        "fourfold-in-one-word",  # tehrantimes 408827
        "TEHRAN – Iran and Armenia plan to boost the current capacity of electricity exchange between the two "
        "countries by fourfold in the near future.",
        [("capacity_growth", ("ARM", "IRN"), 4.0, "ratio", "target", None)],
    ),
    (
        "multiple-to-a-level-leaves-the-level-alone",  # tehrantimes 411720: the level says it, with its own kind
        "TEHRAN – Iran's gas output will rise, the Iranian minister said. Gas export, at the same time will also be "
        "increased sevenfold to 70 billion cu.m.",
        [("exports", ("IRN",), 70.0, "bcm", "forecast", None)],
    ),
    (
        "treble-trade-target",  # tehrantimes 226794
        "Turkey aims to treble its trade with Iran in the next five years, the Turkish prime minister has told "
        "businessmen.",
        [("trade_turnover_growth", ("IRN", "TUR"), 3.0, "ratio", "target", None)],
    ),
    (
        "double-down-multiplies-nothing",  # tehrantimes 453526
        "TEHRAN – However, the war didn’t stop and Armenia and Azerbaijan continued to double down on their military "
        "operations.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected


WORDS = [
    ("has-tripled", "the level of trade and economic relations between Iran and Tajikistan has tripled.",
     [("tripled", 3.0)]),  # tehrantimes 467551
    ("asked-to-double", "the Azerbaijani side asked us to double the gas swap from Turkmenistan", [("double", 2.0)]),  # 473664
    ("will-double-after", "capacity of electricity swap between Iran and Turkmenistan will double after the inauguration",
     [("double", 2.0)]),  # tehrantimes 485345
    ("visits-doubled", "Over 850,000 Iranians visited Turkey from January to May and the figure has doubled compared to "
     "the same period in 2017", [("doubled", 2.0)]),  # tehrantimes 424176: the subject before it names visits
    ("fivefold-increase-in-demand", "keeping pace with the fivefold increase in lithium demand", []),  # what grew is demand
    ("contract-signed-then-double-this-volume", "a contract was signed and it was decided to double this volume.", []),
    # tehrantimes 475304: "this volume" refers back; the signing before it is not what doubles
    ("double-standards", "There should be no double standards.", []),  # tehrantimes 429040
    ("to-double-down", "the two warring countries continued to double down on their military operations.", []),  # 453526
    ("double-taxation", "treaties on avoiding double taxation were signed", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in WORDS], ids=[c[0] for c in WORDS])
def test_word_multiples(text: str, expected: list[tuple]) -> None:
    found = word_multiples("a", text, [], "ratio")
    assert [(q.text, q.value) for q in found] == expected
    assert all(q.unit == "ratio" for q in found)
