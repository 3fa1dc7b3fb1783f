"""A nation's people brought home or evacuated are counted (`accords.indicators.returns`): "brought back 110
Iranians" and "137 Iranians also returned to Iran" are `returnees`, "evacuated more than 500 Indian nationals"
`evacuees`, the people's country and the country they left as the subjects; people who only attend or visit are
no returnees, one or two people brought home are no figure, nor are people whose sentence names no country
they left.

Texts: sentences written for these tests in the Tehran Times register of repatriation flights (modelled on
tt_449241, Tehran Times / Mehr News Agency, CC BY 4.0). Each expected record is (metric, subjects, value).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param("A flight taken to Tajikistan brought back 110 Iranians to the country on Thursday.",
                 [("returnees", ("IRN", "TJK"), 110.0)], id="brought-back"),
    pytest.param("Earlier, 137 Iranians also returned to Iran from Tajikistan.",
                 [("returnees", ("IRN", "TJK"), 137.0)], id="also-returned"),
    pytest.param("Some 70 Iranians living in Tajikistan returned to the country on Thursday.",
                 [("returnees", ("IRN", "TJK"), 70.0)], id="living-in-returned"),
    pytest.param("India evacuated more than 500 Indian nationals from Sudan on Monday.",
                 [("evacuees", ("IND", "SDN"), 500.0)], id="evacuated-nationals"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_people_brought_home(text: str, wanted: list[tuple]) -> None:
    assert [(metric, subjects, value) for metric, subjects, value, unit, _, _ in figures(text)
            if unit == "count"] == wanted


NONE = [
    pytest.param("Some 300 Iranians attended the ceremony in Dushanbe.", id="attended"),
    pytest.param("Two Iranians returned to Tehran from Dushanbe on Friday.", id="two-people"),
    pytest.param("Earlier, 137 Iranians also returned to Iran on May 12.", id="the-country-left-unsaid"),
]


@pytest.mark.parametrize("text", NONE)
def test_no_returnees(text: str) -> None:
    assert all(metric not in ("returnees", "evacuees") for metric, *_ in figures(text))
