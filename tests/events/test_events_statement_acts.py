"""What the authors of joint statements and readouts do, and what is no event (issue 13, tenth
session): "our leaders will co-host" is the authors' plan; "together, we are partnering" and a
committee launched are cooperation; "this meeting" and "the co-chairs" are the meeting told
before; "its solidarity to support Ukraine" is support expressed; an amount of aid agreed is
aid pledged; "Russia must end ..." in a statement is its authors' demand; "to support X" that
says what an act is for is no event.

Sentences from White House texts 2021-2024 (public domain, `shared/corpora/whitehouse-briefings`),
some shortened, and sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_G7 = "Today, we, the Leaders of the Group of Seven (G7), have reached a consensus on how to deliver approximately $50 billion in loans to Ukraine. "
_TFC = ("Today, Homeland Security Advisor to the President of the United States Liz Sherwood-Randall hosted her Mexican and Canadian counterparts for a "
        "virtual meeting of the Trilateral Fentanyl Committee. ")
_NA = ("CAN", "MEX", "USA")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("Today, we the governments of Costa Rica, the Netherlands, the Republic of Korea, the Republic of "
                 "Zambia, and the United States are pleased to announce that our leaders will co-host the second "
                 "Summit for Democracy on March 29-30, 2023.", "2022-11-29",
                 [("AGREE", ("CRI", "KOR", "NLD", "USA", "ZMB"), "planned")], id="our-leaders-will-co-host"),
    pytest.param("The European Commission and the United States understand the urgency of taking decisive action. "
                 "Together, we are partnering to address these challenges under our joint Task Force on Energy "
                 "Security.", "2022-05-24", [("COOPERATE", ("EU", "USA"), "occurred")], id="together-we-are-partnering"),
    pytest.param("The United States, Mexico, and Canada also launched the North American Ministerial Committee on "
                 "Economic Competitiveness (NAMCEC).", "2023-05-24", [("COOPERATE", _NA, "occurred")],
                 id="committee-launched"),
    pytest.param(_TFC + "During this third meeting of the Committee, the co-chairs discussed progress made by the "
                 "expert working group.", "2023-12-19", [("CONSULT", _NA, "occurred")], id="this-meeting-is-the-one-told"),
    pytest.param(_TFC + "They agreed to meet again in person in Mexico in early 2024.", "2023-12-19",
                 [("CONSULT", _NA, "occurred"), ("AGREE", _NA, "occurred")], id="they-are-those-who-met"),
    pytest.param("President Biden looks forward to the meeting with President Macron in Rome later this month.",
                 "2021-10-05", [("AGREE", ("FRA", "USA"), "planned")], id="looks-forward-to-the-meeting"),
])
def test_what_the_authors_do(text, published, expected):
    assert events_with_sides(text, published=published) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The G7 remains steadfast in its solidarity to support Ukraine’s fight for freedom.",
                 [("SUPPORT", ("G7", "UKR"), "occurred")], id="solidarity-to-support"),
    pytest.param("Japan agreed to provide $100 million in humanitarian assistance to Ukraine.",
                 [("AID", ("JPN", "UKR"), "intended")], id="aid-agreed-is-aid-pledged"),
    pytest.param(_G7 + "Russia must end its illegal war of aggression.",
                 [("AID", ("G7", "UKR"), "intended"), ("REQUEST", ("G7", "RUS"), "occurred")],
                 id="statement-demands"),
    # no authors known: who demands is not said
    pytest.param("Russia must end its illegal war of aggression.", [], id="unattributed-must"),
    pytest.param("Iran and Turkey are neighbours. The two countries trade. The loan proceeds will be disbursed through "
                 "multiple channels to support Turkey's budget.", [], id="purpose-of-a-disbursement"),
    pytest.param("They discussed the role the United States and other international partners can play to support a "
                 "negotiated solution to Venezuela's crisis.", [("CONSULT", ("USA", "VEN"), "occurred")],
                 id="purpose-of-a-role"),
    pytest.param("France and the United States reiterate their commitment to help meet the global ambition of "
                 "$100 billion.", [], id="an-ambition-met-is-no-meeting"),
])
def test_stances_pledges_and_purposes(text, expected):
    assert events_with_sides(text, published="2024-10-25") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Vice President Harris informed Vice President Osinbajo of Nigeria that the United States will provide "
                 "an additional $2 million to help support a safer elections environment.",
                 [("AID", ("NGA", "USA"), "planned")], id="amount-provided-to-the-partner"),
    pytest.param("Japan pledged $50 million to Ukraine for reconstruction.", [("AID", ("JPN", "UKR"), "occurred")],
                 id="amount-pledged"),
    # no partner in the sentence: a domestic budget line
    pytest.param("Iran and Turkey are neighbours. The two countries trade. The funding bill provides $50 million for a "
                 "new Community Violence Intervention program.", [], id="amount-for-a-programme-at-home"),
])
def test_amounts_given(text, expected):
    assert events_with_sides(text, published="2022-09-02") == expected


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # investment, not aid (COOPERATE, as tests/gold/README.md says)
    pytest.param("The United States will commit $3 billion to infrastructure projects in Angola.",
                 id="infrastructure-is-no-aid"),
    pytest.param("Private companies committed $4.2 billion to Guatemala.", id="companies-invest"),
])
def test_amounts_that_are_no_aid(text):
    assert "AID" not in [type_ for type_, _sides, _status in events_with_sides(text, published="2022-09-02")]
