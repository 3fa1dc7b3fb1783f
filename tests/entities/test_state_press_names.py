"""Names of the state-press register: a person whose given name is a city's ("Baghdad Amrayev, the
secretary-general of ...": no place Baghdad), a leader named by his administration ("the Raisi
administration": the person), a town a distance and a bearing point to ("23 kilometers east of Nurdagi":
a place), a ministry whose portfolios end with a serial comma ("Ministry of Cooperatives, Labor, and Social
Welfare") and a second name given with "known as" ("..., known as the Tehran Convention": one document)
(`accords.entities.countryfirst`, `accords.entities.offices`, `accords.entities.placecues`,
`accords.entities.patterns`, `accords.entities.knownas`).

Sources: Tehran Times texts of tehrantimes-region (CC BY 4.0), quoted.
"""

import pytest

from tests.entities.found import stage_entities

pytestmark = pytest.mark.slow

# (id, text, entities (type, name) that must be found, entities that must not)
CASES = [
    ("city-given-name-with-apposition",
     "TEHRAN — The Iranian ambassador to Ankara, Mohammad Farazmand, has met with Baghdad Amrayev, the "
     "secretary-general of the Turkish Council, ISNA reported on Friday.",
     {("PERSON", "Baghdad Amrayev"), ("PLACE", "Ankara")}, {("PLACE", "Baghdad"), ("COUNTRY", "Iraq")}),
    ("city-given-name-surname-alone-later",
     "Kazakhstan's Foreign Minister has met with Baghdad Amrayev in Astana on Monday. Amrayev said the council "
     "would meet in Baku.",
     {("PERSON", "Baghdad Amrayev"), ("PLACE", "Baku")}, {("PLACE", "Baghdad"), ("COUNTRY", "Iraq")}),
    ("city-before-a-title-stays",
     "Ali Bagheri Kani met Baghdad officials on Monday, the deputy foreign minister said.",
     {("PLACE", "Baghdad")}, set()),
    ("leader-by-his-administration",
     "In remarks to ICANA, Amir Abdollahian considered the establishment and start of activities of the first Consul "
     "General of Iran in Kapan in line with the view of the Raisi administration on economic issues.",
     {("PERSON", "Raisi"), ("ORG", "Islamic Consultative Assembly News Agency")}, {("PLACE", "Raisi"), ("ORG", "Raisi")}),
    ("distance-and-bearing",
     "The U.S. Geological Survey (USGS) reported that the earthquake, which occurred at a depth of 24.1 kilometers "
     "and struck 23 kilometers east of Nurdagi in Turkey's Gaziantep province, is one of the greatest to have "
     "impacted the region in more than 100 years.",
     {("PLACE", "Nurdagi"), ("PLACE", "Gaziantep")}, {("ORG", "Nurdagi")}),
    ("serial-comma-portfolios",
     "The other one is signed with the Ministry of Labor, Migration, and Employment of Tajikistan on the exchange of "
     "experience in skills training.",
     {("ORG", "Ministry of Labor, Migration, and Employment of Tajikistan")},
     {("ORG", "Ministry of Labor, Migration"), ("ORG", "Employment of Tajikistan")}),
    ("known-as-one-document",
     "TEHRAN – The Seventh Meeting of the Conference of the Parties to the Framework Convention for the Protection of "
     "the Marine Environment of the Caspian Sea, known as the Tehran Convention, will be held in Tehran in 2024.",
     {("DOCUMENT", "Framework Convention for the Protection of the Marine Environment of the Caspian Sea"),
      ("PLACE", "Tehran")},
     {("DOCUMENT", "Tehran Convention")}),
    ("known-as-countries-are-no-group",
     "Iran, Russia and Turkey, known as the Astana Group, met in Geneva on Friday.",
     {("COUNTRY", "Turkey"), ("ORG", "Astana Group")}, set()),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_state_press_names(text, wanted, unwanted):
    names = {(e.type, e.name) for e in stage_entities(text, source="Tehran Times").entities}
    assert wanted <= names, sorted(names)
    assert not (names & unwanted), sorted(names)


def test_a_second_name_is_an_alias():
    text = ("The Seventh Meeting of the Conference of the Parties to the Framework Convention for the Protection of "
            "the Marine Environment of the Caspian Sea, known as the Tehran Convention, will be held in Tehran.")
    documents = [e for e in stage_entities(text, source="Tehran Times").entities if e.type == "DOCUMENT"]
    assert [e.aliases for e in documents] == [("Tehran Convention",)]

