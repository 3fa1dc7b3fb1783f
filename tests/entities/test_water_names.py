"""A country's name or adjective inside the name of a sea, gulf or ocean ("the Gulf of Mexico", "the
Indian Ocean") is no mention of the country: an offshore wind lease sale in the Gulf of Mexico is no
act of Mexico's, and "the Indian Ocean region" names no India.

Sentences: White House fact sheets (whitehouse-briefings corpus, 2021-2024, public domain), Tehran Times
(CC BY 4.0, Mehr News / Tehran Times) and, for a country named next to a sea, one written for the test.
"""

from __future__ import annotations

import pytest
from tests.entities.found import found

CASES = [
    pytest.param("the final sale notice for the first-ever offshore wind lease sale in the Gulf of Mexico, which will "
                 "take place on August 29.", {"Mexico"}, id="gulf-of-a-country"),
    pytest.param("support for Nigerian efforts to address regional security challenges, including maritime security "
                 "in the Gulf of Guinea.", {"Guinea"}, id="gulf-of-another-country"),
    pytest.param("There are almost 230 million people living in this geography, which stretches from Arctic to Indian "
                 "Ocean.", {"Indian", "India"}, id="ocean-in-tehran-times"),
]


@pytest.mark.parametrize("text, not_countries", CASES)
def test_a_sea_named_after_a_country_names_no_country(text, not_countries):
    countries = {name for kind, name in found(text, source="The White House") if kind == "COUNTRY"}
    assert countries.isdisjoint(not_countries)


def test_the_country_next_to_the_sea_stays():
    names = found("Japan and South Korea held drills in the Sea of Japan, and Finland closed ports on the Gulf "
                  "of Finland.")
    assert {("COUNTRY", "Japan"), ("COUNTRY", "South Korea"), ("COUNTRY", "Finland")} <= names
    assert ("PLACE", "Sea of Japan") in names
