"""People jailed are counted like people arrested (`accords.indicators.named`, indtt48).

"with around 44,000 put behind bars" (tt_411606), "300 protesters were jailed" name what befell the people counted,
as "47,600 arrested" does: `people_jailed`, a casualty-like count of the state that jails them.

Texts: tt_411606 (tests/gold/articles, Tehran Times, CC BY 4.0), shortened; the other our own. Each expected record
is (metric, subjects, value).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures


def _figures(text: str) -> list[tuple]:
    return [(metric, subjects, value) for metric, subjects, value, *_ in figures(text, published=None, source="Tehran Times")]


CASES = [
    pytest.param(
        "Turkey is moving to the polls under unprecedented waves of crackdown, with around 44,000 put behind bars.",
        [("people_jailed", ("TUR",), 44000.0)],
        id="put-behind-bars",
    ),
    pytest.param("Some 300 protesters were jailed in Iran last month.", [("people_jailed", ("IRN",), 300.0)],
                 id="were-jailed"),
    pytest.param("Police arrested 47,600 people in Turkey.", [("arrests", ("TUR",), 47600.0)], id="arrests-unchanged"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_jailed_counts(text: str, expected: list) -> None:
    assert _figures(text) == expected
