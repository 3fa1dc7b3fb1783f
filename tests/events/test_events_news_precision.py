"""Web-news wording an analyst would not record as an event between states (issue 13, fresh
dev pages of the seventh session): one state alone in an article (an airline's offer, a
party's press conference), a "judgement call", a refusal's complement ("declined to send arms").
Each rule keeps a case that must still fire.

Texts are from pages of the article-extraction-benchmark (MIT licence, tests/gold/README) and
from Tehran Times (tests/gold/articles/tt_415943.json, CC BY 4.0)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import accords
from tests.events.sides import STAGES, events_with_sides

GOLD = Path(__file__).resolve().parents[1] / "gold"

#: An AP page (benchmark ef2b3f268a), four paragraphs: a US airline's offer is no relation.
_CAT = (
    "SANTA FE, N.M. (AP) — A cat who has been missing for five years in Portland, Oregon, has been found in Santa "
    "Fe, New Mexico.\n\nThe Santa Fe Animal Shelter announced this week that Sasha the black cat was recently "
    "found wandering the streets of New Mexico’s capital. Officials said a scan of the cat's microchip revealed "
    "that the kitty had traveled more than 1,200 miles (1,931 kilometers) from Oregon.\n\nAmerican Airlines "
    "offered to fly the cat to Portland, along with a member of the Santa Fe Animal Shelter. Officials will "
    "present the animal to Viktor Usov, the cat’s original owner.\n\nUsov says the family thought they’d never "
    "see the cat again."
)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_CAT, [], id="one-state-alone-in-an-article"),
    pytest.param("He instead told the BBC interviewer: “I took the judgement call that because this was serious, "
                 "and I felt that doing it [breaking their friendship] over the telephone was the chicken’s way of "
                 "doing it, I had to go and see him and talk to him.”", [], id="judgement-call"),
    pytest.param("In the morning, Democratic lawmakers grilled Lt Col Alexander Vindman, a Ukraine specialist on the "
                 "National Security Council (NSC), and Jennifer Williams, a top national security aide to Vice "
                 "President Pence on Trump's July 25 phone call with Ukrainian President Zelensky.",
                 [("CONSULT", ("UKR", "USA"), "occurred")], id="phone-call-with-a-president-stays"),
    pytest.param("Yet our shocked State Department experts somehow cannot explain why they were abjectly silent "
                 "during the Obama administration when the “reset” proved to be virtual appeasement of Vladimir "
                 "Putin; when Obama declined to send arms to Ukraine; and when Vice President Joe Biden took over as "
                 "point man for Ukrainian policy.", [], id="declined-to-send-arms"),
    pytest.param("In 2016, Russia and Iran agreed to pay for bilateral supplies of products in national currencies, "
                 "stepping up economic cooperation.", [("AGREE", ("IRN", "RUS"), "occurred")],
                 id="agreed-to-pay-stays"),
])
def test_news_precision(text, expected):
    found = [event for event in events_with_sides(text, published="2019-11-19") if event[2] != "denied"]
    assert found == expected


@pytest.mark.slow
def test_a_judgement_call_is_no_phone_call():
    """A Sputnik column (benchmark 1f765c4878, tests/gold/articles): "I took the judgement call
    that ..." in a British royal's interview about a US citizen is a decision, no phone CONSULT
    between Britain and the United States."""
    record = json.loads((GOLD / "articles" / "news_1f765c4878.json").read_text(encoding="utf-8"))
    extraction = accords.extract(record["text"], published=record["published"], stages=STAGES)
    assert [e.trigger for e in extraction.events if e.type == "CONSULT" and e.mode == "phone"] == []


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("He has injected similar drama into trade talks with other partners, including Europe, Japan, "
                 "Canada and Mexico, publicly threatening them with tariffs and suggesting he might leave some "
                 "trading partners behind.", [], id="talks-with-a-list-of-countries"),
    pytest.param("In a Tuesday meeting with Mustafayev, Iranian Industry, Mining and Trade Minister Mohammad "
                 "Shariatmadari called for boosting trade between the two countries.",
                 [("CONSULT", ("IRN",), "occurred")], id="people-run-into-a-list-stay"),
])
def test_partners_listed_with_a_meeting(text, expected):
    """Countries listed in a meeting's "with" phrase met someone the text does not name (benchmark
    702d1da63b, New York Times); people the parser runs into a list stay (tests/gold/articles/
    tt_422080.json, Tehran Times, CC BY 4.0)."""
    assert events_with_sides(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param("After the Dems decided to wage a three-year-long presidential abortion, and attacked Trump’s wife, "
                 "children, family, businesses, and associates, 24/7, the public has begun finally to wonder at what "
                 "point enough is enough.", "2019-11-19", [], id="attacked-his-wife-and-businesses"),
    pytest.param("A: The need was urgent because of Turkish threats to attack the Kurdish enclave in Northern Syria.",
                 None, [], id="threats-to-attack"),
    pytest.param("Donald Trump brought bombastic rhetoric to the witness stand Monday in the civil fraud case against "
                 "him and his business, as he spent his time on the stand attacking the New York attorney general who "
                 "brought the case and the judge overseeing the trial itself.", "2023-11-06", [],
                 id="attacking-the-attorney-general"),
    pytest.param("But on the witness stand, the charged rhetoric was even more remarkable, as he attacked the judge "
                 "sitting right next to him, with James in the courtroom watching his testimony just feet away.",
                 "2023-11-06", [], id="attacked-the-judge"),
    # written for this test (the BBC and Reuters pages these were found on may not be copied)
    pytest.param("The South African president has attacked former colonial powers, saying they had exploited the "
                 "continent for centuries.", None, [], id="attacked-saying"),
    pytest.param("The chancellor has openly attacked Canada's dairy subsidies.", None, [], id="openly-attacked"),
    pytest.param("The Iranian foreign minister launched a scathing attack on the United States.", None, [],
                 id="scathing-attack"),
    pytest.param("Taliban fighters attacked an Afghan army base in Kunduz.", None,
                 [("ASSAULT", ("AFG",), "occurred")], id="attacked-a-base-stays"),
    pytest.param("Since then, Russia has continued its brutal aggression against the people of Ukraine, including "
                 "opening a new front outside of Kharkiv and relentlessly attacking Ukraine’s energy system.",
                 "2024-06-13", [("ASSAULT", ("UKR",), "occurred")], id="attacking-an-energy-system-stays"),
])
def test_attacks(text, published, expected):
    """An attack in words on people close to someone (benchmark f5c90a6d52, National Review), on
    an attorney general and a judge (newspaper4k cnn_002, CNN, tests/gold/articles/
    news_n4k-cnn002.json), one told with what was said, "openly" or "scathing", and an attack
    only threatened (Tehran Times, CC BY 4.0) are no ASSAULT; an attack on a country's energy
    system (White House 2024, public domain) or on a base is one."""
    found = [event for event in events_with_sides(text, published=published) if event[0] == "ASSAULT"]
    assert [event for event in found if event[2] in ("occurred", "planned", "intended")] == expected


@pytest.mark.slow
def test_countries_named_once_complete_no_sides():
    """A page that names the United States and Canada once, in a list of launch countries
    (benchmark e100c9612a, Wccftech, tests/gold/articles/news_e100c9612a.json): "Hopefully they
    can work the kinks out and offer a true high-end experience soon" was AGREE CAN-USA, its
    sides completed from that pair. A pair named more often still completes them."""
    record = json.loads((GOLD / "articles" / "news_e100c9612a.json").read_text(encoding="utf-8"))
    assert events_with_sides(record["text"], published=record["published"]) == []
    text = ("Iran and Turkey signed an energy deal in Ankara on Monday. Iranian Oil Minister Bijan Zanganeh and his "
            "Turkish counterpart attended the ceremony. Iran offered to expand gas exports.")  # written for this test
    assert ("AGREE", ("IRN", "TUR"), "occurred") in events_with_sides(text)
