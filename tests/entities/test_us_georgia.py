""""Georgia" the US state or the country (`gazetteer.us_states.is_us_georgia`), on real sentences.

White House sentences (public domain, ../shared/corpora/whitehouse-briefings, 2021-2024) name the
state in "City, Georgia" and in lists of states; Tehran Times sentences (CC BY 4.0, Mehr News /
Tehran Times) name the country in lists of countries; the 2025 case names (Kobakhidze) and the Batumi
sentence are written for the test, so that no case leans on one administration's names.
"""

import pytest

from accords.gazetteer.us_states import is_us_georgia

# (id, sentence, whether its "Georgia" is the US state)
CASES = [
    ("city-comma-state",
     "Cities across the country, such as Seattle, Washington; Buffalo, New York; and Atlanta, Georgia – have "
     "responded to this call", True),
    ("county-comma-state",
     "including Los Angeles County, California, and Fulton County, Georgia", True),
    ("list-of-states",
     "More than 3,600 FEMA employees are deployed to Alabama, Florida, Georgia, Louisiana, Mississippi, and Texas",
     True),
    ("state-list-after",
     "Disaster survivors in certain areas of Georgia, Florida, North Carolina, South Carolina", True),
    ("states-with-or",
     "election in the states of Arizona, Georgia, or Michigan.", True),
    ("state-of",
     "The State of Georgia has announced preliminary awards of over $400 million from Fiscal Recovery Funds", True),
    ("state-institution",
     "With this policy change, the Georgia Port Authority will be able to reallocate more than $8 million to "
     "convert existing inland facilities into five pop-up container yards", True),
    ("governor-named-of-state",
     "In the last week, FEMA Administrator Deanne Criswell has held calls with Governor Ron DeSantis of Florida, "
     "Governor Henry McMaster of South Carolina, and Governor\nBrian Kemp of Georgia", True),
    ("state-and-local-officials",
     "White House officials highlighted the strong partnership between the Biden-Harris Administration and "
     "Georgia state and local government officials, labor leaders, businesses", True),
    ("town-no-gazetteer-knows",
     "Hyundai Motor Group’s $5.4 billion electric vehicle plant in\n        Bryan, Georgia, is under construction "
     "and will create 8,100\n        jobs.", True),
    # written for the test: the state's governor in lower case (a text that names nothing of the country)
    ("governor-of-lower-case",
     "The President spoke with the governor of Georgia about the damage the storm did to farms.", True),
    ("possessive-governor-lower-case",
     "Georgia’s governor asked for federal help after the floods.", True),
    ("state-governor-before-name-lower-case",
     "Georgia governor Brian Kemp welcomed the new battery plant.", True),
    # written for the test: the governor of a body of the country ("of Georgia's central bank") and a
    # text that names the country's capital stay the country
    ("governor-of-the-country-bank",
     "The governor of Georgia’s central bank met the IMF mission in Tbilisi.", False),
    # written for the test: a listed city of the country after "in" stays the country
    ("listed-city-of-the-country",
     "The two ministers met in Batumi, Georgia, on the sidelines of the forum.", False),
    ("prime-minister-of-the-country",
     "President Donald J. Trump met today with Prime Minister Irakli Kobakhidze of Georgia.", False),
    ("parliament-of-the-country",
     "the Speaker of the Parliament of Georgia, Shalva Papuashvili, met the Azerbaijani delegation", False),
    ("president-of-the-country",
     "National Security Advisor Jake Sullivan met today with President Salome Zourabichvili of Georgia.", False),
    ("countries-list",
     "in Baku for the first-ever quadrilateral meeting of FMs of Azerbaijan, Georgia, Turkey and Iran.", False),
    ("countries-list-before",
     "the connection of power grids among Iran, Azerbaijan, Georgia and Russia.", False),
    ("country-alone",
     "as part of a regional tour that included Azerbaijan, Russia, Armenia, Georgia and Turkey.", False),
]


#: One sense per text: a mention with no context of its own is the state in a text whose other
#: mention is the state and that names the country nowhere (White House fact sheets, 2024-04-29 and
#: 2022-08-03 style; the country texts are written for the test).
TEXTS = [
    ("state-named-elsewhere-in-the-text",
     "Investments are available to help entrepreneurs grow their businesses in Georgia, including a network "
     "of partners such as the University of Georgia.", True),
    ("no-mention-says-state",
     "The contract reduces emissions from 12 Federal buildings across Georgia.", False),
    ("country-named-by-its-capital",
     "The University of Georgia hosted students from Tbilisi, and officials visited Georgia in May.", False),
    ("country-in-a-list-of-countries",
     "Georgia Tech researchers studied the corridor through Azerbaijan, Georgia and Turkey; Georgia signed.", False),
    # another state named anywhere makes the text American (a 2023 White House workforce fact sheet's words)
    ("another-state-named",
     "Since the start of the Biden-Harris Administration, Georgia has seen over $37 billion in private investment. "
     "Workforce hubs in Kansas and Ohio are training workers for these jobs.", True),
    ("another-state-but-the-country-named",
     "Officials from Ohio met Georgian counterparts; since 2021 Georgia has seen new investment.", False),
    # New York and Washington are cities too: "the UN in New York" makes no text American (written for the test)
    ("only-a-state-that-is-a-city",
     "Diplomats at the UN in New York welcomed the talks; Georgia has seen over $37 billion in investment.", False),
]


@pytest.mark.parametrize(("text", "state"), [c[1:] for c in TEXTS], ids=[c[0] for c in TEXTS])
def test_a_text_means_one_georgia(text, state):
    start = text.index("Georgia") if state else text.rindex("Georgia")  # a mention that says nothing of itself
    assert is_us_georgia(text, start, start + len("Georgia")) is state


@pytest.mark.parametrize(("sentence", "state"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_georgia_is_the_state_only_among_us_places(sentence, state):
    start = sentence.index("Georgia")
    assert is_us_georgia(sentence, start, start + len("Georgia")) is state


@pytest.mark.slow
@pytest.mark.parametrize(("sentence", "state"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_entities_stage_gives_the_country_only_for_the_country(sentence, state):
    from tests.entities.test_entities_unseen import found

    assert (("COUNTRY", "Georgia") in found(sentence)) is not state


#: A person titled after "Georgia" (`entities.people._country_ending_at`): the state's governor in a
#: text on US states is of the USA, the country's minister in a text on the Caucasus is of Georgia.
#: White House 2024-09-30 fact sheet (Hurricane Helene).
TITLED = [
    ("state-governor-in-a-list-of-officials",
     "President Biden has spoken\nwith North Carolina Governor Roy Cooper, Georgia Governor Brian Kemp,\n"
     "South Carolina Governor Henry McMaster, and Asheville Mayor Esther\nManheimer, along with other state and "
     "local officials in the impacted\nareas to offer further assistance as needed.", "Brian Kemp", "USA"),
    # written for the test: the country's premier titled the same way, in a text on the Caucasus
    ("country-premier-before-the-name",
     "Georgia Prime Minister Irakli Garibashvili met Azerbaijani President Ilham Aliyev in Baku.",
     "Irakli Garibashvili", "GEO"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "country"), [c[1:] for c in TITLED], ids=[c[0] for c in TITLED])
def test_a_person_titled_after_georgia_is_of_its_georgia(text, name, country):
    from tests.entities.found import stage_entities

    people = {e.name: e.country for e in stage_entities(text).entities if e.type == "PERSON"}
    assert people.get(name) == country, people
