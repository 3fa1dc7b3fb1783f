"""A country named only inside the name of a project ("the Iraq-Turkiye Pipeline", "the India-Middle East-Europe
Economic Corridor") is no entity of its own, as the gold records it (tests/gold/README.md, seventeenth session); a
country the text also names on its own stays. And a name the small model tagged an organisation that is one
hyphenated compound of continents and oceans ("Euro-Atlantic", "Asia-Pacific") is a region (`entities.lexicon`).

Sentences: White House readouts (whitehouse-briefings corpus, 2023-2024, public domain), shortened where marked,
and two written for the test.
"""

from __future__ import annotations

import pytest
from tests.entities.found import found

pytestmark = pytest.mark.slow

# (id, text, entities that must be found, entities that must not)
CASES = [
    ("corridor-after-a-country",  # readout of 2023-09-13 (Sullivan, Bahrain)
     "They also welcomed the announcement at the G-20 of\nthe India-Middle-East-Europe-Economic Corridor, a "
     "game-changing\ninitiative under the Partnership for Global Infrastructure.",
     {("PROJECT", "India-Middle-East-Europe-Economic Corridor")}, {("COUNTRY", "India")}),
    ("pipeline-of-two-countries",  # readout of 2023-09-21 (McGurk, Hochstein, Sudani), shortened, one line
     "They emphasized the urgency of reopening the Iraq-Turkiye Pipeline as soon as possible.",
     {("PROJECT", "Iraq-Turkiye Pipeline")}, {("COUNTRY", "Iraq"), ("COUNTRY", "Turkey")}),
    ("country-named-on-its-own-too-written",
     "Iraq and Turkey discussed the reopening of the Iraq-Turkiye Pipeline.",
     {("COUNTRY", "Iraq"), ("COUNTRY", "Turkey"), ("PROJECT", "Iraq-Turkiye Pipeline")}, set()),
    ("route-in-lower-case",  # Tehran Times (CC BY 4.0), an interview on Afghanistan; shortened
     "Washington has a desire to destabilize the Central Asia-Russia line through Afghanistan.",
     {("COUNTRY", "Russia")}, set()),
    ("euro-atlantic-a-region",  # readout of 2024-07-11 (Biden, NATO's Indo-Pacific partners)
     "The leaders discussed the increasing connectivity between Euro-Atlantic\nand Indo-Pacific security, noting "
     "that challenges in one region affect\nthe other.",
     {("PLACE", "Euro-Atlantic"), ("PLACE", "Indo-Pacific")}, {("ORG", "Euro-Atlantic")}),
    ("euro-atlantic-aspirations-written",
     "The Secretary reaffirmed support for Georgia's Euro-Atlantic aspirations.",
     {("COUNTRY", "Georgia")}, {("ORG", "Euro-Atlantic")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_project_countries_and_regions(text, present, absent):
    got = found(text, source="The White House")
    assert present <= got, f"missing {present - got}"
    assert not (absent & got), f"unexpected {absent & got}"
