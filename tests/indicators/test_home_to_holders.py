"""The country a text calls "home to" people holds them alone (`accords.indicators.holders`, indtt48).

"EU-Turkey refugee deal Turkey that is home to just under 3 million refugees, had agreed in 2016 to prevent a further
wave of migration to Germany" (tt_412034) and "Erdogan, whose country is home to just under 3 million refugees, has
agreed to prevent a further wave of migration to Germany" (tt_411729) were Germany's and Turkey's refugees, or
Germany's alone: the refugees are Turkey's, as the gold gives them, and a country named later in the sentence is no
side; "Lebanon, which is home to 1.5 million Syrian refugees, asked France for help" likewise Lebanon's, not France's.

Texts: tt_412034 and tt_411729 (tests/gold/articles, Tehran Times, CC BY 4.0); the Lebanon row our own. Each
expected record is (metric, subjects, value).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures


def _figures(text: str) -> list[tuple]:
    return [(metric, subjects, value) for metric, subjects, value, *_ in figures(text, published=None, source="Tehran Times")]


CASES = [
    pytest.param(
        "EU-Turkey refugee deal\nTurkey that is home to just under 3 million refugees, had agreed in 2016 to prevent a "
        "further wave of migration to Germany.",
        [("refugees", ("TUR",), 3e6)],
        id="a-country-that-is-home-to-refugees-holds-them",
    ),
    pytest.param(
        "Lebanon, which is home to 1.5 million Syrian refugees, asked France for help.",
        [("refugees", ("LBN",), 1.5e6)],
        id="which-is-home-to-not-the-country-asked",
    ),
    pytest.param(
        "Turkish President Recep Tayyip Erdogan, whose country is home to just under 3 million refugees, has agreed to "
        "prevent a further wave of migration to Germany.",
        [("refugees", ("TUR",), 3e6)],
        id="whose-country-is-home-to-is-the-persons-country",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_home_to_holders(text: str, expected: list) -> None:
    assert _figures(text) == expected
