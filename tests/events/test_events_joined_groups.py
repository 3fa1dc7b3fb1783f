"""White House readouts (2021-2024 corpus, public domain): a leader joined in person is a
meeting, the home administration is the home country, the Caribbean Community is a side, the
organisation of a post a state holds is none, and support pledged is support voiced (issue 13,
`accords.events.joining`, `accords.events.home`, `accords.gazetteer`, `accords.events.phrases`)."""

from __future__ import annotations

import pytest

import accords
from tests.events.sides import STAGES, sides

WH = "The White House"

CASES = [
    pytest.param(
        "President Biden today joined leaders of the Association of Southeast Nations (ASEAN) member states and the "
        "ASEAN Secretary General for the annual U.S.-ASEAN Summit.",
        "2021-10-26", [("CONSULT", ("ASEAN", "USA"))], id="joined-leaders"),
    pytest.param(
        "Today, Vice President Kamala Harris was joined by President Yoon Suk Yeol of the Republic of Korea (ROK) at "
        "the National Aeronautics and Space Administration (NASA) Goddard Space Flight Center in Greenbelt, Maryland.",
        "2023-04-25", [("CONSULT", ("KOR", "USA"))], id="joined-by-president"),
    pytest.param(
        "Today, the European Council was joined by President Joseph R. Biden, Jr. of the United States.",
        "2022-03-24", [("CONSULT", ("EU", "USA"))], id="european-council-is-eu"),
    # acting alongside is no meeting: the request is Russia's to answer, no CONSULT
    pytest.param(
        "President Biden joined President Zelenskyy in urging Russia to cease its military activities in the area.",
        "2022-03-03", [("REQUEST", ("RUS",))], id="joined-in-urging"),
    # joiners of the meeting told before add to it: one meeting, not two
    pytest.param(
        "President Biden met virtually with G20 Leaders today to discuss Afghanistan. The G20 Leaders were joined by "
        "Leaders of G20 guest countries and international financial institutions.",
        "2021-10-12", [("CONSULT", ("G20", "USA"))], id="joiners-of-told-meeting"),
    pytest.param(
        "Vice President Kamala Harris met today with Vice President Yemi Osinbajo of Nigeria. Vice President Harris "
        "informed Vice President Osinbajo that the Biden-Harris Administration will provide an additional $2 million "
        "to help support a safer and more secure elections environment.",
        "2022-09-02", [("CONSULT", ("NGA", "USA")), ("AID", ("NGA", "USA"))], id="administration-gives"),
    # a domestic sentence: the administration is no side of anything
    pytest.param(
        "In addition, the Administration will provide $67 million to the Pajaro, CA project to reduce flood risk in "
        "the City of Watsonville.",
        "2022-03-29", [], id="administration-at-home"),
    pytest.param(
        "National Security Advisor Jake Sullivan spoke on May 7 with Caribbean Community (CARICOM) Secretary General "
        "Irwin LaRocque and leaders from the CARICOM member states.",
        "2021-05-07", [("CONSULT", ("CARICOM", "USA"))], id="caricom"),
    # the organisation of a post a state holds is no side: ASEAN is what Indonesia chaired, the G7 what
    # Italy presides over, ASEAN what Timor-Leste accedes to
    pytest.param(
        "President Biden met today with President Joko Widodo of Indonesia. The President commended Indonesia’s "
        "successful chairmanship of ASEAN.",
        "2023-09-06", [("CONSULT", ("IDN", "USA")), ("SUPPORT", ("IDN", "USA"))], id="chairmanship-of"),
    pytest.param(
        "President Biden thanked Prime Minister Kishida for his leadership of the G7 over the past year, and welcomed "
        "Italy’s G7 Presidency next year.",
        "2023-12-06", [("SUPPORT", ("ITA", "USA"))], id="possessor-presidency"),
    pytest.param(
        "Vice President Kamala Harris today joined leaders of ASEAN member states for the annual U.S.-ASEAN Summit. "
        "She pledged U.S. support for Timor-Leste’s ASEAN accession process.",
        "2023-09-06", [("CONSULT", ("ASEAN", "USA")), ("SUPPORT", ("TLS", "USA"))], id="accession-pledged-support"),
    pytest.param(
        "National Security Advisor Jake Sullivan spoke today with South African National Security Advisor Sydney "
        "Mufamadi. Mr. Sullivan pledged support to the people and government of South Africa in response to the "
        "deadly floods in Kwa Zulu Natal.",
        "2022-04-25", [("CONSULT", ("USA", "ZAF")), ("SUPPORT", ("USA", "ZAF"))], id="pledged-support"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_joined_and_groups(text, published, expected):
    extraction = accords.extract(text, published=published, source=WH, stages=STAGES)
    assert [(e.type, sides(e)) for e in extraction.events] == expected


@pytest.mark.parametrize(("name", "iso3"), [
    pytest.param("Cook Islands", "COK", id="cook-islands"),
    pytest.param("Niue", "NIU", id="niue"),
    pytest.param("New Caledonia", "NCL", id="new-caledonia"),
])
def test_pacific_islands_forum_members(name, iso3):
    from accords.gazetteer.countries import country_by_alias

    assert country_by_alias(name) == (iso3, "name")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    # a surname written first ("Cho Tae-Yong") used alone is that person, with no title too
    pytest.param(
        "On Saturday, December 9, National Security Advisor Jake Sullivan met with ROK National Security Advisor Cho "
        "Tae-Yong and Japanese National Security Advisor Takeo Akiba. National Security Advisors Sullivan, Cho, and "
        "Akiba also discussed the deepening partnership between the DPRK and Russia and agreed to work in close "
        "coordination to counter its destabilizing effects.",
        "2023-12-08", ("AGREE", ("JPN", "KOR", "USA")), id="family-name-first"),
])
def test_surname_written_first(text, published, expected):
    extraction = accords.extract(text, published=published, source=WH, stages=STAGES)
    assert expected in [(e.type, sides(e)) for e in extraction.events]
