"""A country's name or adjective inside the name of a sea, gulf or ocean ("the Gulf of Mexico", "the
Indian Ocean") is no mention of the country: an offshore wind lease sale in the Gulf of Mexico is no
act of Mexico's, and "the Indian Ocean region" names no India. Nor does "Indian" for the first
peoples of the Americas ("the Bureau of Indian Affairs", "the Viejas Band of Kumeyaay Indians").

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
    pytest.param("The Indo-Pacific Strategy total also includes $2 billion to support diplomatic posts in the Pacific "
                 "and Indian oceans.", {"Indian", "India"}, id="two-oceans-written"),
    # "Indian" for the first peoples of the Americas (gazetteer.natives), sentences written for the test
    pytest.param("The Bureau of Indian Affairs will provide $45 million to American Indian and Alaska Native "
                 "communities.", {"Indian", "India"}, id="bureau-of-indian-affairs-written"),
    pytest.param("The loan will fund a microgrid on the Tribal lands of the Viejas Band of Kumeyaay Indians near "
                 "Alpine, California.", {"Indians", "India"}, id="band-of-indians-written"),
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


def test_india_named_by_its_adjective_stays():
    names = found("Indian exports to the United States rose 12 percent, the Indian Ministry of Commerce said.")
    assert ("COUNTRY", "India") in names
