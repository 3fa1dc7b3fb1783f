"""Diplomats expelled, nationals sent back and people held in a side's prisons
(`accords.indicators.captives.expelled_or_held`): "Russia expelled 20 German diplomats" is
`diplomats_expelled` of both states, "sent back 300 Haitians" `deportees`, "is holding about 7,000
Palestinians in its jails" `detainees`; people "held" with no word of captivity (a hall, a
conference) are no figure, and one or two expelled are an event.

Texts: sentences written for these tests in the register of web news on expulsions, deportations
and prisoners. Each expected record is (metric, subjects, value), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param("Russia expelled 20 German diplomats in retaliation on Monday.",
                 [("diplomats_expelled", ("DEU", "RUS"), 20.0)], id="diplomats-expelled-by-a-verb"),
    pytest.param("Four Russian diplomats were expelled from Germany on Tuesday.",
                 [("diplomats_expelled", ("DEU", "RUS"), 4.0)], id="diplomats-expelled-told-after"),
    pytest.param("Poland announced the expulsion of 45 Russian diplomats.",
                 [("diplomats_expelled", ("POL", "RUS"), 45.0)], id="an-expulsion-of-diplomats"),
    pytest.param("Germany expelled two Russian diplomats on Tuesday.", [], id="two-expelled-are-an-event"),
    pytest.param("The United States sent back 300 Haitians on Monday.",
                 [("deportees", ("HTI", "USA"), 300.0)], id="nationals-sent-back"),
    pytest.param("Israel is holding about 7,000 Palestinians in its jails.",
                 [("detainees", ("ISR", "PSE"), 7000.0)], id="people-held-in-jails"),
    pytest.param("Israel holds 5,000 Palestinian prisoners, the group said.",
                 [("detainees", ("ISR", "PSE"), 5000.0)], id="prisoners-held"),
    pytest.param("A conference hall in Paris is holding 500 Americans this week.", [], id="a-hall-holds-no-captives"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_captives_held(text: str, wanted: list[tuple]) -> None:
    assert [(metric, subjects, value) for metric, subjects, value, unit, _, _ in figures(text) if unit == "count"] == wanted
