"""Towns the small model takes for a body or a person, told by the words around them
(`accords.entities.placecues`): a US town with its state, a name in apposition to "a village" or before it,
the members of "the cities of A, B, and C"; and a company it takes for a place in one sentence and
for a body in another, one body (`accords.entities.linking`).

The sentences are quoted from White House fact sheets of 2021 and 2024 (bidenwhitehouse.archives.gov,
works of the United States government, public domain) and from pages of the
article-extraction-benchmark (MIT licence; pages 7a457a4f71, aec5deeaad and bc13ff87b2), and one from
Tehran Times (CC BY 4.0), as marked. A name after a preposition of place and before a lower-case settlement
noun ("in Aq-Tuqai village") is a place too.
"""

import pytest

from tests.entities.found import found

pytestmark = pytest.mark.slow

# (id, text, entities that must be found, entities that must not)
CASES = [
    ("town-with-its-state",
     "Today, White House Domestic Policy Advisor Neera Tanden and Secretary of\nAgriculture Tom Vilsack are "
     "traveling to Tarboro, North Carolina to\nlaunch the Investing in Rural America Regional Event Series.",
     {("PLACE", "Tarboro"), ("PLACE", "North Carolina")}, {("ORG", "Tarboro")}),
    ("town-in-apposition-to-village",
     "Patrick W. Carlineo Jr., 55, of Addison, a village southwest of Ithaca, pleaded guilty to threatening to "
     "assault and murder a United States official.",
     {("PLACE", "Addison")}, {("ORG", "Addison")}),
    ("towns-listed-after-cities-of",
     "USAID will support infrastructure in\n    Guatemala’s secondary and tertiary cities of Quetzaltenango, Coban,\n"
     "    and Fraijanes, which have high rates of out-migration.",
     {("PLACE", "Coban"), ("PLACE", "Fraijanes")}, {("ORG", "Coban"), ("ORG", "Fraijanes")}),
    ("person-before-the-next-persons-state",
     "New Jersey Sen. Cory Booker, Hawaii Rep. Tulsi Gabbard, businessman Andrew Yang and others are on the stage.",
     {("PERSON", "Cory Booker")}, {("PLACE", "Cory Booker")}),
    ("town-before-village-after-in",  # Tehran Times (CC BY 4.0), 2019, on the poet Makhtumkuli; shortened
     "They gathered at the mausoleum of the poet in Aq-Tuqai village in the northern province of Golestan to "
     "mark his birth anniversary.",
     {("PLACE", "Aq-Tuqai")}, {("ORG", "Aq-Tuqai")}),
    ("company-tagged-place-once",
     "The group announced over the weekend that WeWork had reached an agreement with JLL to accept close to "
     "1,000 maintenance and cleaning workers, many of whom would then be contracted to work in WeWork buildings.",
     {("ORG", "WeWork")}, {("PLACE", "WeWork")}),
]


@pytest.mark.parametrize(("text", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_place_cues(text, present, absent):
    got = found(text)
    assert present <= got, f"missing {present - got}"
    assert not (absent & got), f"unexpected {absent & got}"
