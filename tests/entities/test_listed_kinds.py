"""Names listed before a plural class noun take their type from it (`accords.entities.lists`); the
United Nations inside the name of its own body or text is no entity of its own; a recurring event
named with its year, and a COP written with a space, are event names.

The sentences are quoted from Tehran Times (tehrantimes.com, news ids 408084, 410977, 430344, 472790, CC BY
4.0, https://creativecommons.org/licenses/by/4.0/) and White House texts of 2022-2023
(bidenwhitehouse.archives.gov, public domain), or written for the case in their register (marked
"written").
"""

import pytest

from tests.entities.found import found

pytestmark = pytest.mark.slow

# (id, text, entities that must be found, entities that must not)
CASES = [
    ("counties-listed",
     "The outbreak has been reported in Barrow, Berwick, Calder, Cass, Kendal and Van Buren counties.",  # written
     {("PLACE", "Berwick"), ("PLACE", "Cass"), ("PLACE", "Van Buren")}, {("PERSON", "Van Buren")}),
    ("provinces-listed",
     "Floods hit Gilan, Mazandaran and Golestan provinces on Monday.",  # written
     {("PLACE", "Gilan"), ("PLACE", "Mazandaran"), ("PLACE", "Golestan")}, set()),
    ("satellites-are-no-entities",
     "During the visit, Ayatollah Raisi was briefed on the internal capabilities of the construction of "
     "semi-light aircraft, Orumset, Sahand and Spota satellites and spraying drone.",
     set(), {("ORG", "Orumset"), ("PLACE", "Sahand"), ("PLACE", "Spota")}),
    ("fighters-are-no-products",
     "The Syrian army will not allow the Euphrates Shield or Kurdish fighters to take control of al-Bab region.",
     {("ORG", "Euphrates Shield")}, set()),
    ("country-adjectives-in-a-list-stay",
     "The Iranian and Turkish drones were shown at the exhibition.",  # written
     {("COUNTRY", "Iran"), ("COUNTRY", "Turkey")}, set()),
    ("regional-adjective-is-no-place",
     "President Hassan Rouhani said Iran aims at widening its ties with countries in the Eurasian and "
     "Caucasus regions, working towards free trade.",
     {("PLACE", "Caucasus")}, {("PLACE", "Eurasian")}),
    ("un-inside-its-bodies-and-texts",
     "They noted the positions expressed in other fora, including the UN Security Council, and the principles "
     "of the United Nations Charter.",
     {("ORG", "United Nations Security Council"), ("DOCUMENT", "United Nations Charter")},
     {("ORG", "United Nations")}),
    ("un-named-on-its-own-stays",
     "The UN said the convoy was blocked. The UN Security Council met on Friday.",  # written
     {("ORG", "United Nations")}, set()),
    ("recurring-event-with-its-year",
     "Guluzade said in an interview on the sidelines of Bakutel 2018 exhibit, which was held from December 4 "
     "to 7 at the Baku Expo Center.",
     {("EVENT_NAME", "Bakutel 2018")}, {("EVENT_NAME", "Bakutel")}),
    ("cop-with-a-space",
     "As the President prepares to travel to Egypt for COP 27, PACE also reflects our unwavering commitment.",
     {("EVENT_NAME", "COP27")}, set()),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_listed_kinds(text, present, absent):
    got = found(text)
    assert present <= got, f"missing {present - got}"
    assert not (absent & got), f"unexpected {absent & got}"
