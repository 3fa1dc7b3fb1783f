"""Aircraft options counted without a noun and aircraft counted by the invariant noun "aircraft"
before a comma (`accords.indicators.fleets.aircraft_metric`, `accords.indicators.named.count_noun`):
"with the option to buy 12 more", "took options on a further 18" are `aircraft_options` in a sentence
about aircraft; "covers 250 aircraft, including 40 A350s" counts aircraft; a count followed by a comma
or a slash ("In fiscal 2019/20, aircraft made up ...") counts nothing after it; "options for 20
more years" outside aviation is no figure.

Texts: sentences written for these tests in the register of airline news. Each expected record is
(metric, subjects, value), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param("Japan Airlines placed a firm order for 30 Boeing 787 jets, with the option to buy 12 more.",
                 [("jets", ("JPN", "USA"), 30.0), ("aircraft_options", ("JPN", "USA"), 12.0)],
                 id="an-option-to-buy-more"),
    pytest.param("Qatar Airways ordered 25 Boeing 777X freighters and took options on a further 18.",
                 [("freighters", ("QAT", "USA"), 25.0), ("aircraft_options", ("QAT", "USA"), 18.0)],
                 id="options-on-a-further"),
    pytest.param("The Turkish carrier's deal with Airbus covers 250 aircraft, including 40 A350s.",
                 [("aircraft", ("FRA", "TUR"), 250.0), ("aircraft", ("FRA", "TUR"), 40.0)],
                 id="aircraft-before-a-comma"),
    pytest.param("In fiscal 2019/20, aircraft accounted for most of the Japanese firm's sales.", [],
                 id="a-count-before-a-slash-counts-nothing"),
    pytest.param("The Indian company has options for 20 more years on the lease of its offices.", [],
                 id="options-outside-aviation"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_aircraft_options(text: str, wanted: list[tuple]) -> None:
    assert [(metric, subjects, value) for metric, subjects, value, unit, _, _ in figures(text) if unit == "count"] == wanted
