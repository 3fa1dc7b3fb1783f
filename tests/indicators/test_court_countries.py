"""A prison term belongs to the state whose court, prison or prosecutors its sentence names
(`accords.indicators.justice.court_country`): "a court in Moscow sentenced the American journalist"
is Russia's term, not the journalist's country; "if extradited to the United States" the United
States'. A count right after "N more" with a model's variant is the model, no second count
(`accords.quantities.extract`: "75 more 737 MAX jets").

Texts: sentences written for these tests in the register of web news on trials abroad and airline
orders. Each expected record is (metric, subjects, value), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    pytest.param("A court in Moscow sentenced the American journalist to 16 years in a maximum security penal colony.",
                 [("prison_sentence", ("RUS",), 16.0)], id="court-in-a-capital"),
    pytest.param("A British court jailed the Russian spy for five years on Tuesday.",
                 [("prison_sentence", ("GBR",), 5.0)], id="court-by-adjective"),
    pytest.param("The Australian writer faces up to 20 years in prison in China if convicted of espionage.",
                 [("prison_sentence", ("CHN",), 20.0)], id="prison-in-a-country"),
    pytest.param("The Australian publisher faces up to 175 years in prison if extradited to the United States.",
                 [("prison_sentence", ("USA",), 175.0)], id="extradited-to"),
    pytest.param("The Iranian-American was sentenced in Iran to 10 years in prison, his family said in Washington.",
                 [("prison_sentence", ("IRN",), 10.0)], id="sentenced-in"),
    pytest.param("A French court and a German court sentenced the two men to 8 years in prison.",
                 [], id="two-courts-leave-it-unsaid"),
    pytest.param("Ryanair has ordered 75 more Boeing 737 MAX jets.",
                 [("jets", ("IRL", "USA"), 75.0)], id="model-number-after-more-is-no-count"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_court_countries(text: str, wanted: list[tuple]) -> None:
    assert [(metric, subjects, value) for metric, subjects, value, *_ in figures(text)] == wanted
