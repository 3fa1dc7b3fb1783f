"""Two countries joined by a hyphen into one word ("the U.S.-UAE Partnership", "joint U.S.-Mexico
border") are two subjects, though the entity stage links the word as one country.

Texts: White House fact sheet on the U.S.-UAE Partnership to Accelerate Transition to Clean
Energy (2022-11-01) and the joint statement following the 2022 U.S.-Mexico High-Level Economic
Dialogue (2022-09-12), works of the United States government (tests/gold/README.md, White House).
Each expected record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from accords.indicators.subjects import _pair_parts
from tests.indicators.figures import figures

WH = "The White House"

CASES = [
    pytest.param(
        "The U.S.-UAE Partnership for Accelerating Clean Energy (PACE) is\nset to catalyze $100 billion in "
        "financing, investment, and other support\nand to deploy globally 100 gigawatts of clean energy by 2035 to "
        "advance\nthe energy transition and maximize climate benefits.",
        [("financing", ("ARE", "USA"), 100e9, "USD", "forecast", None),
         ("capacity", ("ARE", "USA"), 100000.0, "MW", "target", None)],
        id="partnership-named-by-a-joined-pair",
    ),
    pytest.param(
        "Our countries remain committed to completing a\nmulti-year joint U.S.-Mexico border infrastructure "
        "modernization effort\nfor projects along the nearly 2,000-mile border.",
        [("border_length", ("MEX", "USA"), 3218.688, "km", "target", "upper")],
        id="border-of-a-joined-pair",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_joined_pair_gives_both_countries(text: str, expected: list) -> None:
    assert figures(text, published="2022-11-01", source=WH) == expected


@pytest.mark.parametrize("text, word, expected", [
    pytest.param("the U.S.-UAE Partnership", "U.S.-UAE", ["USA", "ARE"], id="us-uae"),
    pytest.param("Azerbaijani-Turkish ties", "Azerbaijani-Turkish", ["AZE", "TUR"], id="demonyms"),
    pytest.param("U.S.-Japan-Korea summit", "U.S.-Japan-Korea", ["USA", "JPN", "KOR"], id="three"),
    pytest.param("aid to Guinea-Bissau", "Guinea-Bissau", [], id="one-name-with-hyphen"),
    pytest.param("the U.S.-led coalition", "U.S.-led", [], id="a-word-that-is-no-country"),
])
def test_pair_parts(text: str, word: str, expected: list) -> None:
    start = text.index(word)
    assert [p.iso3 for p in _pair_parts(text, start, start + len(word))] == expected
