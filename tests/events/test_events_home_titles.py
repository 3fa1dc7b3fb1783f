"""Unqualified home titles as sides (issue 13): in a White House text "the Vice President" is
the United States when the tables say who held the office that day, the sentence names another
country, and no foreign holder of the same office is named in the article."""

from __future__ import annotations

import pytest

import accords
from tests.events.sides import STAGES


def _sides(text: str, source: str | None, published: str) -> list[tuple[str, tuple[str, ...]]]:
    extraction = accords.extract(text, published=published, source=source, stages=STAGES)
    return [(e.type, tuple(sorted(set(e.actor_countries) | set(e.recipient_countries)))) for e in extraction.events]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "published", "expected"), [
    pytest.param("The Vice President met with Indian Prime Minister Narendra Modi.", "The White House", "2025-02-14",
                 [("CONSULT", ("IND", "USA"))], id="vice-president-home"),
    pytest.param("Today, the President spoke with Prime Minister Modi of India.", "The White House", "2025-02-14",
                 [("CONSULT", ("IND", "USA"))], id="president-home"),
    pytest.param("The Vice President met with Indian Prime Minister Narendra Modi.", None, "2025-02-14",
                 [("CONSULT", ("IND",))], id="no-home-outlet"),
    pytest.param("The Vice President met with Indian Prime Minister Narendra Modi.", "The White House", "1850-01-01",
                 [("CONSULT", ("IND",))], id="no-holder-known-that-day"),
    pytest.param("The President met with President Macron of France.", "The White House", "2025-02-14",
                 [("CONSULT", ("FRA",))], id="foreign-holder-of-the-office"),
    pytest.param("The President of Azerbaijan met with Prime Minister Modi of India.", "The White House", "2025-02-14",
                 [("CONSULT", ("AZE", "IND"))], id="qualified-title"),
    # White House readout of 2021-05-04 (public domain): "the Crown Prince" is the one named before,
    # so the agreement is between the two who spoke, not with Ethiopia, named in its topic
    pytest.param("President Joseph R. Biden Jr. spoke today with Crown Prince Mohamed bin Zayed Al Nahyan to reaffirm the "
                 "longstanding partnership between the United States and the United Arab Emirates. President Biden and the "
                 "Crown Prince agreed on the priority of working together to address conflicts, including the humanitarian "
                 "crisis in the Tigray region of Ethiopia.", "The White House", "2021-05-04",
                 [("CONSULT", ("ARE", "USA")), ("SUPPORT", ("ARE", "USA")), ("AGREE", ("ARE", "USA"))],
                 id="crown-prince-named-before"),
])
def test_home_titles(text, source, published, expected):
    assert _sides(text, source, published) == expected


def _events(text: str, source: str | None, published: str) -> list[tuple[str, tuple[str, ...]]]:
    extraction = accords.extract(text, published=published, source=source, stages=STAGES)
    return sorted({(e.type, tuple(sorted(set(e.actor_countries) | set(e.recipient_countries)))) for e in extraction.events})


_WH = "The White House"
# White House readouts of 2021-2023 (public domain), some cut or paraphrased: federal offices named
# without "U.S." (a White House title that no table knows the holder of) and "the delegation"
# of the readout are the United States (twenty-first session, usoff28)
_HAITI = "The delegation also met with Prime Minister Ariel Henry of Haiti and Foreign Minister Claude Joseph."


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "expected"), [
    pytest.param("Special Presidential Coordinator Amos Hochstein and Deputy Prime Minister Chrystia Freeland of Canada "
                 "co-hosted the inaugural meeting of the Energy Transformation Taskforce.", _WH,
                 [("CONSULT", ("CAN", "USA"))], id="presidential-coordinator"),
    pytest.param("NSC Coordinator for the Middle East and North Africa Brett McGurk spoke yesterday with Prime Minister "
                 "Najla Bouden of Tunisia.", _WH, [("CONSULT", ("TUN", "USA"))], id="nsc-coordinator-for-the"),
    pytest.param("Director of National Intelligence (DNI) Avril Haines travelled to Rwanda on 19 November. DNI Haines "
                 "met with Rwandan President Kagame to secure commitments to de-escalate tensions.", _WH,
                 [("CONSULT", ("RWA", "USA"))], id="director-of-national-intelligence"),
    pytest.param("National Cyber Director Chris Inglis traveled to Israel last week. Director Inglis met with officials "
                 "from the Government of Israel to share lessons learned on enhancing national cybersecurity.", _WH,
                 [("CONSULT", ("ISR", "USA"))], id="national-cyber-director"),
    pytest.param("Senior Advisor for Energy Security Amos Hochstein met with Prime Minister Mohammed Shia al-Sudani of "
                 "Iraq in Baghdad.", _WH, [("CONSULT", ("IRQ", "USA"))], id="senior-advisor-for"),
    pytest.param("Senior Advisor for Energy Security Amos Hochstein met with Prime Minister Mohammed Shia al-Sudani of "
                 "Iraq in Baghdad.", "Tehran Times", [("CONSULT", ("IRQ",))], id="not-a-white-house-text"),
    pytest.param("Israel's Senior Advisor Ophir Falk met with Prime Minister Mohammed Shia al-Sudani of Iraq in Baghdad.",
                 _WH, [("CONSULT", ("IRQ", "ISR"))], id="title-of-another-country"),
    pytest.param("President Kagame of Rwanda met with National Cyber Director Chris Inglis in Kigali on November 19.", _WH,
                 [("CONSULT", ("RWA", "USA"))], id="title-after-met-with"),
    pytest.param("Rwandan President Kagame and National Cyber Director Chris Inglis met in Kigali on November 19.", _WH,
                 [("CONSULT", ("RWA", "USA"))], id="title-after-a-foreign-name-and"),
    pytest.param(_HAITI, _WH, [("CONSULT", ("HTI", "USA"))], id="the-delegation"),
    pytest.param(_HAITI, "Tehran Times", [("CONSULT", ("HTI",))], id="delegation-not-white-house"),
    pytest.param("A delegation from Kenya arrived in Port-au-Prince on Monday. " + _HAITI, _WH,
                 [("CONSULT", ("HTI", "KEN"))], id="delegation-of-another-country"),
])
def test_home_staff(text, source, expected):
    assert [item for item in _events(text, source, "2023-04-14") if item[0] == "CONSULT"] == expected


@pytest.mark.slow
@pytest.mark.parametrize(("source", "expected"), [
    pytest.param(_WH, [("AGREE", ("SAU", "USA")), ("CONSULT", ("SAU", "USA"))], id="home-staff-readout"),
])
def test_home_staff_pair(source, expected):
    # paraphrase of a White House readout of 2023-04-14: the staff's readout is about the United
    # States and Saudi Arabia, not about Yemen, the topic named as often
    text = ("Special Presidential Coordinator Amos Hochstein visited Saudi Arabia on April 13 to discuss the conflict in "
            "Yemen and threats from Yemen. Hochstein met with Foreign Minister Faisal bin Farhan of Saudi Arabia. The two "
            "sides committed to remain in regular contact over the coming period.")
    assert _events(text, source, "2023-04-14") == expected
