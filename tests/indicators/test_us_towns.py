""""East Palestine, Ohio" is a US town, not Palestine: a country's name written with a US state after
a comma names a town of that state, and so does the same name elsewhere in the text ("the residents
of East Palestine"), so its figures are the United States' alone (`gazetteer.us_states.names_us_town`,
called by `gazetteer.places.not_the_country`). So is "Mexico" of "New Mexico", a US state
(`gazetteer.us_states.names_us_state`). The country's own figures keep the country.

Texts: sentences written for these tests in the register of the White House fact sheets (public
domain), modelled on their disaster-response and funding lines. Each expected record is (metric,
subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from accords.gazetteer.us_states import names_us_state, names_us_town
from tests.indicators.figures import figures

CASES = [
    pytest.param(
        "The Administration has provided $4 million to the residents of East Palestine, Ohio after the derailment.",
        [("aid", ("USA",), 4e6, "USD", "actual", None)],
        id="town-with-its-state",
    ),
    pytest.param(
        "Officials met families in East Palestine, Ohio. The Department of Transportation has provided $1.2 "
        "million to East Palestine for water testing.",
        [("aid", ("USA",), 1.2e6, "USD", "actual", None)],
        id="same-town-later",
    ),
    pytest.param(
        # White House fact sheet on the New Mexico wildfires, 2022-05-07, as published
        "New Mexico has been particularly hard hit, with six of the Nation’s ten large wildfires currently burning in "
        "the State, consuming more than 250,000 acres.",
        [("area", ("USA",), 101171.41, "ha", "actual", "lower")],
        id="new-mexico-is-a-state",
    ),
    pytest.param(
        "USAID will provide $20 million in humanitarian assistance to Lebanon, the Administration announced.",
        [("humanitarian_aid", ("LBN", "USA"), 20e6, "USD", "target", None)],
        id="the-country-keeps-its-name",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_us_town_is_no_country(text: str, expected: list[tuple]) -> None:
    assert figures(text, source="The White House") == expected


@pytest.mark.parametrize(("text", "name", "town"), [
    ("a plant in Lebanon, Tennessee", "Lebanon", True),
    ("jobs in Mexico, Mo. and beyond", "Mexico", True),
    ("the families of East Palestine, Ohio and of East Palestine", "Palestine", True),
    ("talks in Tbilisi, Georgia and in Lebanon", "Lebanon", False),
    ("Canada, Mexico and the United States", "Mexico", False),
], ids=["state-after", "abbreviated-state", "same-name-again", "no-state", "list-of-countries"])
def test_names_us_town(text: str, name: str, town: bool) -> None:
    start = text.rindex(name)
    assert names_us_town(text, start, start + len(name)) is town


@pytest.mark.parametrize(("text", "name", "state"), [
    ("wildfires in New Mexico and Arizona", "Mexico", True),
    ("aid to Mexico and Guatemala", "Mexico", False),
    ("the border of Mexico with New Mexico", "Mexico", False),
], ids=["new-mexico", "the-country", "country-first"])
def test_names_us_state(text: str, name: str, state: bool) -> None:
    start = text.index(name)
    assert names_us_state(text, start, start + len(name)) is state
