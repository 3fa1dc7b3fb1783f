"""Travel readouts and the people of a meeting (nineteenth session, evwh24), on White House
readouts 2021-2024 (../shared/corpora/whitehouse-briefings, public domain): a trip to several
countries told first, then "In <country>, X met with ..." for each stop, is one visit to each
country, not a visit and a second meeting; "the two officials" after a meeting of two are those
two, not the sides of the event told just before (a resolution violated, a country condemned); a
visit "welcomed" before it happens is no reception; one who "met bilaterally with" several counterparts
met each of them."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_GUYANA_COLOMBIA = (
    "Principal Deputy National Security Advisor Jon Finer travelled to Guyana and Colombia on February 4-5 to "
    "continue U.S. cooperation with our regional partners on issues of mutual interests, including democratic "
    "governance, economic stability, and regional security. He was accompanied by National Security Council's "
    "Senior Director for the Western Hemisphere Juan González.\n\n"
    "In Guyana, Mr. Finer met with President Irfaan Ali to reaffirm our unwavering support for Guyana's "
    "sovereignty, territorial integrity, and defense capabilities. They discussed ways to strengthen our "
    "bilateral cooperation on regional security, combatting climate change, and food security matters.\n\n"
    "In Colombia, Mr. Finer met with President Gustavo Petro to continue building on our strong decades-long "
    "partnership with Colombia across a broad set of shared bilateral goals."
)
_NIGERIA_MAURITANIA = (
    "Earlier this week, Principal Deputy National Security Advisor Jon Finer traveled to Nigeria, Equatorial "
    "Guinea, and Mauritania to advance U.S. priorities in Africa.\n\n"
    "In Nigeria, Mr. Finer met with Vice President Yemi Osinbajo, Minister of Foreign Affairs Geoffrey Onyeama, "
    "and other senior Nigerian officials.\n\n"
    "In Mauritania, Mr. Finer met with President Mohamed Ould Ghazouani."
)
_SHIN = (
    "National Security Advisor Jake Sullivan met with Director of National Security Shin Wonsik of the Republic "
    "of Korea (ROK) on October 24, 2024, in Washington, D.C., to discuss bilateral cooperation and global and "
    "regional security issues, particularly regarding the Democratic People's Republic of Korea (DPRK) and its "
    "deployment of troops to Russia. The DPRK's support is directly increasing the suffering of the Ukrainian "
    "people, violates multiple United Nations Security Council resolutions, and undermines the global "
    "non-proliferation regime. The two officials committed to continuing close cooperation in support of "
    "Ukraine and the Ukrainian people."
)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param(_GUYANA_COLOMBIA, "2024-02-05",
                 [("CONSULT", ("GUY", "USA"), "occurred"), ("CONSULT", ("COL", "USA"), "occurred"),
                  ("SUPPORT", ("GUY", "USA"), "occurred")], id="guyana-colombia-stops"),
    pytest.param(_NIGERIA_MAURITANIA, "2021-10-22",
                 [("CONSULT", ("GNQ", "USA"), "occurred"), ("CONSULT", ("MRT", "USA"), "occurred"),
                  ("CONSULT", ("NGA", "USA"), "occurred")], id="nigeria-mauritania-stops"),
])
def test_trip_stops(text, published, expected):
    assert sorted(events_with_sides(text, published=published, source="The White House")) == sorted(expected)


@pytest.mark.slow
def test_the_two_officials_are_those_who_met():
    found = events_with_sides(_SHIN, published="2024-10-25", source="The White House")
    assert ("AGREE", ("KOR", "USA"), "occurred") in found
    assert not any(kind == "AGREE" and sides != ("KOR", "USA") for kind, sides, _status in found)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    # a visit welcomed before it happens is planned, no reception (its delegation is no guest greeted); the
    # welcome of a visit is no SUPPORT of its sides (evwh40; the gold of wh_20230202-biden-sudani-call records the AGREE alone)
    pytest.param("President Joe Biden spoke today with Prime Minister Mohammed Shia al-Sudani of Iraq to reaffirm U.S. "
                 "commitment to Iraq and consult on regional developments. The President welcomed the upcoming visit "
                 "by Iraqi Foreign Minister Fuad Hussein and an accompanying delegation next week to Washington to "
                 "further discuss these programs.", "2023-02-02",
                 [("CONSULT", ("IRQ", "USA"), "occurred"), ("AGREE", ("IRQ", "USA"), "planned")],
                 id="welcomed-upcoming-visit"),
    # a guest and delegation welcomed stay a visit received (written for this test)
    pytest.param("President Biden welcomed Prime Minister Mohammed Shia al-Sudani of Iraq and his delegation to the "
                 "White House today.", "2024-04-15",
                 [("CONSULT", ("IRQ", "USA"), "occurred")], id="welcomed-guest-and-delegation"),
])
def test_welcomed_visit(text, published, expected):
    assert events_with_sides(text, published=published, source="The White House") == expected


@pytest.mark.slow
def test_met_bilaterally_with_three_counterparts():
    text = ("National Security Advisor Sullivan met bilaterally with his national security advisor counterparts Akiba "
            "Takeo of Japan, Cho Tae-yong of the ROK, and Eduardo Ano of the Philippines, where he discussed efforts to "
            "strengthen bilateral cooperation.")
    found = events_with_sides(text, published="2023-06-17", source="The White House")
    assert sorted(found) == [("CONSULT", ("JPN", "USA"), "occurred"), ("CONSULT", ("KOR", "USA"), "occurred"),
                             ("CONSULT", ("PHL", "USA"), "occurred")]
