"""A second count joined by "and" to the first as another object of the same verb keeps the
subject of the first clause ("Azerbaijan bought 12 helicopters and 10 drones from Israel": the
drones are Azerbaijan's purchase too) (`accords.indicators.coordinated`); a second count whose
own phrase names another country, or that starts a clause of its own, keeps its own sides.

Texts: sentences written for these tests in the register of Tehran Times trade and defence news.
Each expected record is (metric, subjects, value), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param("Azerbaijan bought 12 helicopters and 10 drones from Israel.",
                 [("helicopters", ("AZE",), 12.0), ("drones", ("AZE", "ISR"), 10.0)], id="second-object-keeps-buyer"),
    pytest.param("Iran and Oman signed 12 agreements and 10 memoranda of understanding.",
                 [("agreements_signed", ("IRN", "OMN"), 12.0), ("agreements_signed", ("IRN", "OMN"), 10.0)],
                 id="pair-signed-two-counts"),
    pytest.param("Iran exported 12 million tons of steel to Iraq and 10 million tons to Turkey.",
                 [("exports", ("IRN", "IRQ"), 12e6), ("exports", ("IRN", "TUR"), 10e6)],
                 id="own-partner-stays-own"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_coordinated_objects(text: str, wanted: list[tuple]) -> None:
    assert [(metric, subjects, value) for metric, subjects, value, *_ in figures(text)] == wanted
