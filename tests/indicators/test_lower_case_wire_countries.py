"""Countries a wire writes in lower case are countries (`accords.indicators.wires`, indtt48).

tt_83085 is an IRNA wire of 2002 pasted in lower case: "Iran and turkey exchanged dlrs 417,347,000 worth of goods"
was Iran's alone, "Turkey's exports to iran" Turkey's alone, since the gazetteer reads names as written. A text
writing two or more different names of countries or peoples in lower case is such a wire, and its lower-case names
are the countries; in any other text a lower-case "turkey" stays a word, and "the Netherlands" (a capitalised name
after "the") no sign of a wire; "us" is never a country in lower case.

Texts: tt_83085 (tests/gold/articles, Tehran Times, CC BY 4.0), shortened; the others our own. Each expected record
is (metric, subjects, value).
"""

from __future__ import annotations

import pytest

from accords.indicators.subjects import gazetteer_matches
from accords.indicators.wires import lower_case_matches
from tests.indicators.figures import figures


def _figures(text: str) -> list[tuple]:
    return [(metric, subjects, value) for metric, subjects, value, *_ in figures(text, published=None, source="Tehran Times")]


CASES = [
    pytest.param(
        "Iran and turkey exchanged dlrs 417,347,000 worth of goods in the first four months of 2002, said a report by "
        "the turkish state statistics institute.",
        [("trade_turnover", ("IRN", "TUR"), 417347000.0)],
        id="lower-case-turkey-in-a-wire-is-the-pairs-other-side",
    ),
    pytest.param(
        "Turkey's exports to iran in the first four months of 2001 was dlrs 95.895 million and its imports from the "
        "country was dlrs 321.452 million. the volume of transactions between iran and turkey stood at dlrs 1.193 "
        "billion.",
        [("exports", ("IRN", "TUR"), 95895000.0), ("imports", ("IRN", "TUR"), 321452000.0),
         ("trade_turnover", ("IRN", "TUR"), 1193000000.0)],
        id="lower-case-iran-in-a-wire-is-the-partner",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_lower_case_wire_figures(text: str, expected: list) -> None:
    assert _figures(text) == expected


MATCHES = [
    pytest.param("Iran and turkey exchanged goods, said the turkish institute.", ["turkey", "turkish"], id="a-wire"),
    pytest.param("We ate turkey on Thursday in Iran.", [], id="one-lower-case-word-is-no-wire"),
    pytest.param("Partners included the Netherlands, the Philippines and Japan.", [], id="the-before-a-name-is-no-wire"),
    pytest.param("iran and turkey told us about it.", ["iran", "turkey"], id="us-is-no-country"),
]


@pytest.mark.parametrize(("text", "expected"), MATCHES)
def test_lower_case_matches(text: str, expected: list) -> None:
    assert [text[start:end] for start, end, _ in lower_case_matches(text, gazetteer_matches)] == expected
