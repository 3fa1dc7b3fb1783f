"""People, firms and jobs a U.S. programme reaches, trains, serves or supports in a country are that
country's alone in a White House fact sheet (tests/gold/README.md: people reached, trained, tested
or vaccinated in a country are that country's alone); the United States stays a side where the
count's words name its own people or the sentence sanctions (issue #14: the right number with the
wrong countries).

Texts: the fact sheets on the Root Causes Strategy (2023-02-06), on U.S. assistance to Haiti
(2021-07-13), on Guatemala (2024-03-25), on the United States-Peru partnership (2024-11-15) and on the domestic
nuclear industry (2024-05-29), from
the whitehouse-briefings corpus (bidenwhitehouse.archives.gov; works of the United States government,
public domain), with their line breaks; the Haiti lead sentence and the last two cases are paraphrases. Expected: the subjects of the
figure with the value given (None: no such figure; the metric is another rule's).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"
HAITI = "FACT SHEET: U.S. Assistance to Haiti"
GUATEMALA = "FACT SHEET: Vice President Harris Announces Steps to Strengthen the U.S.-Guatemala Relationship"
PERU = "FACT SHEET: Advancing the United States-Peru Partnership"
NUCLEAR = "FACT SHEET: Biden-Harris Administration Announces New Steps to Bolster Domestic Nuclear Industry"

CASES = [
    pytest.param(
        "-   **Supporting Education:** The U.S. Government has reached more than\n"
        "    465,000 youth through support for primary and secondary education in\n"
        "    areas of high out-migration in El Salvador, Guatemala, and Honduras.",
        "2023-02-06", None, 465000, ("GTM", "HND", "SLV"), id="youth-reached-in-three-states"),
    pytest.param(
        "-   **Assisting GBV Survivors and Protecting Children:\xa0**The U.S.\n"
        "    Government, through USAID, provided services to more than 30,000\n"
        "    survivors of GBV in Honduras and Guatemala and reached more than\n"
        "    2,500 women, youth, and indigenous people in Guatemala with\n"
        "    education and other activities designed to combat trafficking in\n"
        "    persons.",
        "2023-02-06", None, 30000, ("GTM", "HND"), id="survivors-served-in-two-states"),
    pytest.param(
        "USAID has supported the Haitian National Police (HNP) in Haiti since 2010.\n\n"
        "-   As a direct result of support to the HNP School, trained officers\n"
        "    increased from less than 10,000 in 2010 to nearly 15,000 officers\n"
        "    today.",
        "2021-07-13", HAITI, 15000, ("HTI",), id="officers-trained-in-haiti"),
    pytest.param(
        "-   **Enhancing the\xa0Agriculture\xa0Sector:**\xa0\xa0Through extensive support\n"
        "    from the United States government, more than 35,000 Guatemalan\n"
        "    farmers have utilized innovative technologies to increase production\n"
        "    and income on more than 33,000 acres of farmland.",
        "2024-03-25", GUATEMALA, 35000, ("GTM",), id="farmers-supported-in-guatemala"),
]


@pytest.mark.parametrize("text, published, title, value, subjects", CASES)
def test_sides_of_people_reached(text, published, title, value, subjects):
    found = [s for _m, s, v, u, _k, _q in figures(text, published=published, source=WH, title=title)
             if v == value and u == "count"]
    assert found[:1] == [subjects]


#: The United States stays a side: its own people in the count's words, people sanctioned, or a sentence about
#: the home's own places (the Georgia of this text is the U.S. state; the count's other side is another rule's).
KEPT = [
    pytest.param(
        "Through the Fulbright program, the United States has supported 1,200 American students studying in Peru.",
        "2024-11-15", PERU, 1200, id="own-people-keep-the-giver"),
    pytest.param(
        "The United States sanctioned 12 Nicaraguan officials and helped the opposition in Nicaragua.",
        "2024-11-15", None, 12, id="officials-sanctioned-keep-both-sides"),
    pytest.param(
        "The Administration notes the completion of units 3 and 4 of the Vogtle nuclear power plant in Georgia, the\n"
        "first new reactors built in the United States in over 30 years, and a result of the efforts and collaboration\n"
        "between utilities, developers, and end users to finance new nuclear projects, as well as the over 9,000\n"
        "workers, many of whom were union, and the residents of Georgia to help the project succeed.",
        "2024-05-29", NUCLEAR, 9000, id="home-places-keep-the-giver"),
]


@pytest.mark.parametrize("text, published, title, value", KEPT)
def test_home_stays_a_side(text, published, title, value):
    found = [s for _m, s, v, u, _k, _q in figures(text, published=published, source=WH, title=title)
             if v == value and u == "count"]
    assert found and "USA" in found[0]


#: People of one country studying in the other are a figure of both (tests/gold/README.md): "enrolled in United States
#: educational institutions" is no programme reaching people abroad, and "Korean" in a text about the ROK (named more
#: than twice as often as the DPRK) is the ROK's. The ROK paragraph is from the U.S.-ROK Leaders' Joint Statement
#: (2021-05-21); the Japanese one is the same sentence in our own words.
BOTH = [
    pytest.param(
        "The enduring friendship between the United States and the Republic of\n"
        "Korea is fed by our vibrant people-to-people ties. Over 1.7 million\n"
        "Korean students have enrolled in United States educational institutions\n"
        "since 1955. More than two million ROK citizens visit, work, or live in\n"
        "the United States, and over 200,000 U.S. citizens reside in the ROK.",
        1700000, ("KOR", "USA"), id="korean-students-in-us-institutions"),
    pytest.param(
        "Over 1.7 million Japanese students have enrolled in United States educational institutions since 1955.",
        1700000, ("JPN", "USA"), id="students-enrolled-at-home-keep-both"),
]


@pytest.mark.parametrize("text, value, subjects", BOTH)
def test_people_of_one_country_in_the_other(text, value, subjects):
    found = [s for _m, s, v, u, _k, _q in figures(text, published="2021-05-21", source=WH, title=None)
             if v == value and u == "count"]
    assert found[:1] == [subjects]
