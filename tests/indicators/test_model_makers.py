"""An aircraft order counted by a model named without its maker takes the maker the model's name
tells ("12 A350s": Airbus, FRA; "10 787-9s": Boeing, USA; "10 E195-E2s": Embraer, BRA), not a
maker the sentence names for another count (`accords.indicators.fleets.with_maker`).

Texts: sentences written for these tests in the register of airline news. Each expected record is
(metric, subjects, value), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param("Turkish Airlines ordered 12 A350s and 10 Boeing 787s.",
                 [("aircraft", ("FRA", "TUR"), 12.0), ("aircraft", ("TUR", "USA"), 10.0)], id="model-then-named-maker"),
    pytest.param("Azerbaijan Airlines ordered 10 E195-E2s and 5 A321neos.",
                 [("aircraft", ("AZE", "BRA"), 10.0), ("aircraft", ("AZE", "FRA"), 5.0)], id="two-models-two-makers"),
    pytest.param("Kenya Airways placed an order for 30 Boeing 787-9 aircraft.",
                 [("aircraft", ("KEN", "USA"), 30.0)], id="maker-named-stays"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_model_makers(text: str, wanted: list[tuple]) -> None:
    assert [(metric, subjects, value) for metric, subjects, value, *_ in figures(text)] == wanted
