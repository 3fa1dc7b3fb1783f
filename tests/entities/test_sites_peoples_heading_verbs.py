"""Names that hold a country's or a people's name without naming it, and heading verbs glued to names.

- A square, street or road named after a country ("the Congo Square area of Armstrong Park" in New
  Orleans) names no country; a longer name that goes on past the head noun ("Iran Road Maintenance
  and Transportation Organization") keeps its country.
- The plural of a surname the article gives a person ("the Reeds" after "Tom Reed") is the family, no body.
- A word the text writes both with and without a plural "s" ("Uyghurs", "Uyghur workers") names a
  people, no place or body; the gazetteers' groups ("Houthis", "Houthi") stay.
- A Title Case heading's verb ("**Department of Commerce Updates its Entity List:**") is no part of
  the body's name.

Sentences: the New Orleans page of the newspaper4k test pages (MIT), Tehran Times (CC BY 4.0, Mehr
News / Tehran Times), White House fact sheets (whitehouse-briefings corpus, 2021-2024, public domain)
and, where marked, sentences written for the test.
"""

from __future__ import annotations

import pytest
from tests.entities.found import found

SITES = [
    pytest.param("In 1970, Wein's Festival Productions produced the first New Orleans Jazz & Heritage Festival and "
                 "Louisiana Heritage Fair in what is now the Congo Square area of Armstrong Park, augmented by "
                 "evening shows in the Municipal Auditorium.", ("COUNTRY", "Congo"), True, id="square-in-new-orleans"),
    pytest.param("The family ran a bakery on Israel Street in the old town for forty years.",
                 ("COUNTRY", "Israel"), True, id="street-written"),
    pytest.param("a meeting is scheduled to be held between officials from Iran Road Maintenance and Transportation "
                 "Organization and those from the visiting Turkmen delegation on Monday", ("COUNTRY", "Iran"), False,
                 id="name-goes-on-past-road"),
    pytest.param("China Road and Bridge Corporation will build the highway, the ministry said.",
                 ("COUNTRY", "China"), False, id="company-goes-on-written"),
    pytest.param("Iran and Turkmenistan agreed to expand road transit, the ministry said.",
                 ("COUNTRY", "Iran"), False, id="country-before-lowercase-road-written"),
]


@pytest.mark.parametrize("text, entity, gone", SITES)
def test_a_site_named_after_a_country_names_no_country(text, entity, gone):
    assert (entity not in found(text)) is gone


PEOPLES = [
    pytest.param("These include entities that have been implicated in human rights abuses against Uyghurs and other "
                 "minority groups in Xinjiang. The report also names goods made by Uyghur workers transferred to "
                 "other parts of the PRC.", {("ORG", "Uyghurs"), ("PLACE", "Uyghurs"), ("ORG", "Uyghur")},
                 set(), id="uyghurs-white-house"),
    pytest.param("Tom Reed retired from the mill in 1990. The Reeds moved to Ohio a year later.",
                 {("ORG", "Reeds"), ("PLACE", "Reeds")}, {("PERSON", "Tom Reed")}, id="family-written"),
    pytest.param("The Houthis attacked another ship, and Houthi leaders warned of more strikes.",
                 set(), {("ORG", "Houthis")}, id="known-group-stays-written"),
]


@pytest.mark.parametrize("text, unwanted, wanted", PEOPLES)
def test_a_people_or_a_family_is_no_body(text, unwanted, wanted):
    names = found(text, source="The White House")
    assert names.isdisjoint(unwanted)
    assert wanted <= names


HEADINGS = [
    pytest.param("**Department of Commerce Updates its Entity List:** The Department of Commerce’s Bureau of "
                 "Industry and Security added to the Entity List five PRC entities.",
                 "Department of Commerce", "Department of Commerce Updates", id="verb-before-its"),
    pytest.param("**Department of Labor Updates the “List of Goods Produced by Child Labor or Forced Labor”:** The "
                 "Department of Labor has published a Federal Register Notice.",
                 "Department of Labor", "Department of Labor Updates", id="verb-before-the"),
]


@pytest.mark.parametrize("text, wanted, unwanted", HEADINGS)
def test_a_heading_verb_is_no_part_of_a_name(text, wanted, unwanted):
    names = {name for kind, name in found(text, source="The White House") if kind == "ORG"}
    assert wanted in names
    assert unwanted not in names


def test_a_name_ending_in_a_plural_noun_stays():
    # written for the test: "Affairs" before "the" ends the name; it is no heading verb
    names = found("The Department of Veterans Affairs said the clinic would open in May.")
    assert ("ORG", "Department of Veterans Affairs") in names
