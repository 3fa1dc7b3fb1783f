""""Indian" for the first peoples of the Americas is not India: a figure of the Bureau of Indian
Affairs, of tribal lands or of "American Indian" communities in a US fact sheet is a figure of the
United States alone, and "the Pacific and Indian oceans" names two oceans, not India
(`indicators.subjects._native_american`, `_OCEANS_AFTER`). India's own figures keep India.

Texts: sentences written for these tests in the register of the White House fact sheets (public
domain), modelled on their domestic funding lines. Each expected record is (metric, subjects,
value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param(
        "The Bureau of Indian Affairs will provide $45 million to American Indian and Alaska Native communities.",
        [("aid", ("USA",), 45e6, "USD", "target", None)],
        id="bureau-of-indian-affairs",
    ),
    pytest.param(
        "The Department of Energy announced a $72.8 million conditional commitment to fund a solar microgrid "
        "on the Tribal lands of the Viejas Band of Kumeyaay Indians near Alpine, California.",
        [("funding", ("USA",), 72.8e6, "USD", "target", None)],
        id="band-of-indians",
    ),
    pytest.param(
        "The Indo-Pacific Strategy total also includes $2 billion to support diplomatic posts in the Pacific "
        "and Indian oceans.",
        [("funding", ("USA",), 2e9, "USD", "actual", None)],
        id="two-oceans",
    ),
    pytest.param(
        "India and the United States agreed to raise bilateral trade to $500 billion, and Indian exports rose "
        "12 percent.",
        [("trade_turnover", ("IND", "USA"), 5e11, "USD", "target", None),
         ("exports_growth", ("IND", "USA"), 12.0, "percent", "actual", None)],
        id="india-keeps-india",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_native_american_not_india(text: str, expected: list[tuple]) -> None:
    assert figures(text, source="The White House") == expected
