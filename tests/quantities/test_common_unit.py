"""`common_unit`: quantities written in different units of one dimension compare as one."""

from __future__ import annotations

import pytest

from accords.quantities.units import common_unit

CASES = [
    pytest.param(8.69, "GW", (8690.0, "MW"), id="gigawatts-to-megawatts"),
    pytest.param(8690, "MW", (8690.0, "MW"), id="megawatts-stay"),
    pytest.param(250, "kW", (0.25, "MW"), id="kilowatts-to-megawatts"),
    pytest.param(2.5, "TWh", (2.5e6, "MWh"), id="terawatt-hours-to-megawatt-hours"),
    pytest.param(500, "m", (0.5, "km"), id="metres-compare-as-kilometres"),
    pytest.param(32, "km", (32.0, "km"), id="kilometres-stay"),
    pytest.param(1954, "mi", (3144.66, "km"), id="miles-code-compares-as-kilometres"),
    pytest.param(300, "mcm", (0.3, "bcm"), id="million-cubic-metres-to-bcm"),
    pytest.param(500, "kg", (0.5, "t"), id="kilograms-to-tonnes"),
    pytest.param(2.5e9, "USD", (2.5e9, "USD"), id="money-untouched"),
    pytest.param(15, "percent", (15, "percent"), id="percent-untouched"),
    pytest.param(0.23, "USD/W", (0.23, "USD/W"), id="compound-unit-untouched"),
    pytest.param(10, "year", (10, "year"), id="unknown-unit-untouched"),
]


@pytest.mark.parametrize("value, unit, expected", CASES)
def test_common_unit(value, unit, expected):
    got = common_unit(value, unit)
    assert got[1] == expected[1]
    assert got[0] == pytest.approx(expected[0])
