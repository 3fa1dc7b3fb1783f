"""An act told at a meeting of three or more is an act among those who met, and a hosting
credited to its host is no meeting (issue 13, `accords.events.completion`,
`accords.events.nonevents.credited_hosting`). White House readouts (2021-2024 corpus, public
domain); the Tehran Times case is written for the test in that register (a bilateral meeting
reported, a trilateral one mentioned), and a White House-style case written for the test shows a
bilateral on the margins of a trilateral."""

from __future__ import annotations

import pytest

import accords
from tests.events.sides import STAGES, events_with_sides

WH = "The White House"
TT = "Tehran Times"

C5 = ("KAZ", "KGZ", "TJK", "TKM", "USA", "UZB")

CASES = [
    # the one side that acts at the meeting of six: the act is among the six, not the article's pair
    pytest.param(
        "President Joseph R. Biden, Jr. met with the Presidents of Kazakhstan, the Kyrgyz Republic, Tajikistan, "
        "Turkmenistan, and Uzbekistan today for the inaugural C5+1 presidential summit on the margins of the United "
        "Nations General Assembly. Because President Biden recognizes that our countries must cooperate to have "
        "resilient, secure supply chains, the United States proposed launching a C5+1 Critical Minerals Dialogue to "
        "develop Central Asia’s vast mineral wealth and advance critical minerals security.",
        "2023-09-19", WH, [("CONSULT", C5, "occurred"), ("AGREE", C5, "occurred")], id="proposed-at-c5-plus-1"),
    pytest.param(
        "On June 15, 2023 in Tokyo Japan, National Security Advisor Jake Sullivan met with Japanese National Security "
        "Secretariat Secretary General Akiba Takeo and ROK National Security Office Director Cho Tae-yong for a "
        "trilateral national security advisors meeting. The national security advisors look forward to the trilateral "
        "leaders’ summit to be hosted by President Biden in the United States in the coming months.",
        "2023-06-15", WH,
        [("CONSULT", ("JPN", "KOR", "USA"), "occurred"), ("AGREE", ("JPN", "KOR", "USA"), "intended")],
        id="trilateral-summit-ahead"),
    # the partners named in the complement are those who met; aid keeps the recipients it names
    pytest.param(
        "President Biden and Vice President Harris met yesterday with leaders of the Caribbean Community (CARICOM) and "
        "the Dominican Republic at the Ninth Summit of the Americas. Seized with these challenges, President Biden and "
        "Vice President Harris committed to working with CARICOM and the Dominican Republic to form three high-level "
        "committees tasked with developing joint solutions. President Biden also announced the United States will "
        "provide $28 million in new food security assistance to Caribbean countries.",
        "2022-06-10", WH,
        [("CONSULT", ("CARICOM", "DOM", "USA"), "occurred"), ("AGREE", ("CARICOM", "DOM", "USA"), "occurred"),
         ("AID", ("CARICOM", "USA"), "planned")],
        id="committed-with-caricom-aid-named"),
    # the UAE's hosting of COP-28 is no meeting of the UAE with Israel: "they" are the four who met
    pytest.param(
        "Today, the National Security Advisors of the United States, Israel, Bahrain, and the United Arab Emirates met "
        "to discuss ways to deepen regional integration. The counterparts focused in particular on the climate crisis, "
        "and welcomed the UAE’s leadership in hosting COP-28 later this year. They agreed to stay in regular contact "
        "over the coming weeks and months.",
        "2023-01-19", WH,
        [("CONSULT", ("ARE", "BHR", "ISR", "USA"), "occurred"), ("SUPPORT", ("ARE", "BHR", "ISR", "USA"), "occurred"),
         ("AGREE", ("ARE", "BHR", "ISR", "USA"), "occurred")],
        id="hosting-credited-they-are-four"),
    # a bilateral meeting reported, a three-way one mentioned: acts stay between the two
    pytest.param(
        "TEHRAN – Iranian Foreign Minister Hossein Amir Abdollahian has met with his Azerbaijani counterpart Jeyhun "
        "Bayramov in New York. At the beginning of the meeting, the Azeri foreign minister welcomed the holding of a "
        "three-way meeting between Iran, Turkey and the Republic of Azerbaijan in Tehran. Abdollahian said Iran stands "
        "ready to hold meetings of the joint commission with Azerbaijan. Bayramov said his country is ready to expand "
        "transit cooperation.",
        "2021-09-24", TT,
        [("CONSULT", ("AZE", "IRN"), "occurred"), ("SUPPORT", ("AZE", "TUR"), "occurred"),
         ("CONSULT", ("AZE", "IRN", "TUR"), "occurred"), ("AGREE", ("AZE", "IRN"), "intended"),
         ("AGREE", ("AZE", "IRN"), "intended")],
        id="bilateral-reported-trilateral-mentioned"),
    # a bilateral on the margins told since the trilateral: the act is not the three's
    pytest.param(
        "President Biden met with Prime Minister Kishida of Japan and President Yoon of the Republic of Korea at Camp "
        "David. On the margins, President Biden met with Prime Minister Kishida. The President proposed a new working "
        "group on export controls.",
        "2023-08-18", WH,
        [("CONSULT", ("JPN", "KOR", "USA"), "occurred"), ("CONSULT", ("JPN", "USA"), "occurred"),
         ("AGREE", ("JPN", "USA"), "occurred")],
        id="bilateral-on-the-margins"),
]


@pytest.mark.parametrize("text,published,source,expected", CASES)
def test_acts_at_a_multilateral_meeting(text, published, source, expected):
    assert events_with_sides(text, published, source=source) == expected


HOSTINGS = [
    pytest.param("We commend and acknowledge the warm hospitality of the Government and people of Papua New Guinea for "
                 "hosting this Dialogue.", id="hospitality-for-hosting"),
    pytest.param("The counterparts welcomed the UAE’s leadership in hosting COP-28 later this year.", id="leadership-in-hosting"),
]


@pytest.mark.parametrize("sentence", HOSTINGS)
def test_hosting_credited_is_no_meeting(sentence):
    text = "President Biden met today with the leaders of Australia, Japan and India. " + sentence
    extraction = accords.extract(text, published="2023-05-22", source=WH, stages=STAGES)
    assert [e.trigger for e in extraction.events if e.type == "CONSULT"] == ["met"]
