"""Whose travellers, which capacity, what is dispatched.

- "Azerbaijani travelers entered the country": the country entered is not the one the travellers'
  adjective names, so "the country" falls back to the owner named before (Iran), and the count is
  both countries' (a flow of people between two sides).
- "capacity" names a count only when no other figure stands between the word and the count: "a
  handling capacity of 12 million tons and 40 berths" counts berths, not capacity; "a capacity of
  2,500 and employs 650 staff" gives no capacity of 650 (the 650 are the terminal's employees).
- "dispatched two more planes" is a delivery, counted whatever its size, like "sent".
- "the Indian Ocean", "the South China Sea": a sea named by a country's adjective is not the country.
- "Lufthansa said it had ordered 20 jets": a company speaking of itself is the subject of what it says,
  not only its source.

Texts: Tehran Times (tt_422408, tt_481855; CC BY 4.0, tests/gold/README.md), shortened; the two
capacity, sea and order sentences are written for this test. Each expected record is (metric, subjects, value,
unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

TT = "Tehran Times"

CASES = [
    pytest.param(
        "TEHRAN – Some 22,000 Azerbaijani nationals arrived in Iran’s northwestern Ardebil province during the "
        "two-week New Year holidays. A total of 21,917 Azerbaijani travelers entered the country from Bileh Savar "
        "border city (in Ardebil province).", TT,
        [("tourists", ("AZE", "IRN"), 22000.0, "count", "actual", "approx"),
         ("tourists", ("AZE", "IRN"), 21917.0, "count", "actual", None)],
        id="the-country-entered-is-not-the-travellers-own",
    ),
    pytest.param(
        "The new passenger terminal has a capacity of 2,500 and employs 650 staff.", TT,  # written for this test
        [("capacity", ("IRN",), 2500.0, "count", "actual", None), ("employees", ("IRN",), 650.0, "count", "actual", None)],
        id="no-capacity-across-another-figure",
    ),
    pytest.param(
        "The port has a handling capacity of 12 million tons and 40 berths, and it employs 3,500 workers.", TT,
        [("capacity", ("IRN",), 12e6, "t", "actual", None), ("employees", ("IRN",), 3500.0, "count", "actual", None)],
        id="berths-after-a-capacity-are-no-capacity",
    ),
    pytest.param(
        "TEHRAN - Iran has dispatched two more planes carrying humanitarian aid to quake-stricken Turkey, IRIB "
        "reported.", TT,
        [("planes", ("IRN", "TUR"), 2.0, "count", "actual", None)],
        id="dispatched-is-a-delivery",
    ),
    pytest.param(
        "The tsunami in the Indian Ocean killed 230,000 people in 2004.", None,
        [("deaths", (), 230000.0, "count", "actual", None)],
        id="an-ocean-is-no-country",
    ),
    pytest.param(
        "Lufthansa said it had ordered 20 Airbus A350 jets for its long-haul fleet.", None,
        [("jets", ("DEU", "FRA"), 20.0, "count", "actual", None)],
        id="a-company-saying-it-ordered-is-the-buyer",
    ),
]


@pytest.mark.parametrize("text, source, expected", CASES)
def test_arrivals_and_capacities(text: str, source: str | None, expected: list) -> None:
    assert figures(text, source=source) == expected
