"""People killed, hurt or held in an attack by an armed group take the group's country beside the
victims' (`accords.indicators.captives.with_armed_group`), as the gold gives attacks the attacker's
and the victims' countries: Hamas is PSE, Hezbollah LBN, the Taliban AFG, the Houthis YEM. A figure
with no victims' country stays without one.

Texts: sentences written for these tests in the register of web news on attacks and captives. Each
expected record is (metric, subjects, value), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param("Hamas gunmen crossed into Israel and killed 1,200 people, taking more than 240 hostages.",
                 [("deaths", ("ISR", "PSE"), 1200.0), ("hostages", ("ISR", "PSE"), 240.0)], id="attack-and-hostages"),
    pytest.param("Hamas released 24 hostages, including 13 Israelis, on Friday.",
                 [("hostages_released", ("ISR", "PSE"), 24.0)], id="hostages-released-by-the-group"),
    pytest.param("Israeli strikes killed 30 Hezbollah fighters in southern Lebanon.",
                 [("deaths", ("ISR", "LBN"), 30.0)], id="group-of-the-victims"),
    pytest.param("A Taliban attack killed 12 Afghan soldiers in Helmand.",
                 [("deaths", ("AFG",), 12.0)], id="group-of-the-same-country"),
    pytest.param("The Houthis said 14 people were killed in the strikes.",
                 [("deaths", (), 14.0)], id="no-victims-country-none-added"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_armed_group_sides(text: str, wanted: list[tuple]) -> None:
    assert [(metric, subjects, value) for metric, subjects, value, *_ in figures(text)] == wanted
