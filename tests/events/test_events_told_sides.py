"""Sides that a subject or an object takes from what the text told before (prec29).

Three wrong facts of White House texts, each from a general rule:

- a counted group qualified by one country is that country's people or bodies, no group of sides
  ("Treasury designated six Russian technology companies" once stood for the article's six most
  named countries, `accords.events.groups.of_one_nation`);
- "The two officials condemned in the strongest possible terms the DPRK's transfer ...": the
  parser makes the verb a participle of its subject, left as the root; a verb with an object is
  active, so the subject is the two who met (`accords.events.phrases.subject_of`);
- "They" or "the leaders" after a directed act are those who acted, not whom they backed: after
  "The President and G7 Leaders ... expressed their solidarity with the people of Ukraine", "The
  Leaders ... agreed to move forward on devastating packages of sanctions" is no agreement of
  Ukraine (`accords.events.participants.told_participants`; in a Canada-U.S. roadmap, eight
  agreements after "strong support for ... the World Health Organization" were the WHO's and the UN's).

Sentences from White House statements and fact sheets of 2021-2024 (public domain), some
shortened; the controls are corpus text or paraphrase.
"""

from __future__ import annotations

import pytest

from accords.events.sideindex import ActorIndex
from accords.events.participants import told_participants
from accords.model import Event
from tests.events.sides import directed_events

_WH = "The White House"
_RUSSIA = ("Treasury, in partnership with the European Union, the United Kingdom, Australia, and Canada, sanctioned "
           "eight individuals and entities associated with Russia’s ongoing occupation and repression in Crimea. The "
           "Transatlantic community stands united in supporting Ukraine against unilateral Russian provocations. The "
           "Administration is responding to the reports that Russia encouraged Taliban attacks against U.S. and coalition "
           "personnel in Afghanistan. ")
_MET = "National Security Advisor Jake Sullivan met today with Kim Sung-han, National Security Advisor of the Republic of Korea. "


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_RUSSIA + "Treasury designated six Russian technology companies that provide support to the Russian "
                 "Intelligence Services’ cyber program.",
                 [("SANCTION", ("USA",), ("RUS",))], id="six-russian-companies-after-six-countries"),
    pytest.param("Treasury designated six Russian technology companies that provide support to the Russian Intelligence "
                 "Services’ cyber program. " + _RUSSIA,
                 [("SANCTION", ("USA",), ("RUS",))], id="six-russian-companies-first"),
    pytest.param("Treasury will designate seven Russian entities, SDN Strategic Culture Foundation and associated outlets.",
                 [("SANCTION", ("USA",), ("RUS",))], id="seven-russian-entities"),
    pytest.param("The foreign ministers of Iran, Russia and Turkey met in Moscow on Saturday. The three countries agreed to "
                 "guarantee the ceasefire.",
                 [("CONSULT", ("IRN", "RUS", "TUR"), ()), ("AGREE", ("IRN", "RUS", "TUR"), ())],
                 id="three-countries-still-a-group"),
])
def test_group_of_one_country(text, expected):
    assert directed_events(text, published="2021-04-15", source=_WH) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_MET + "The two officials condemned in the strongest possible terms the DPRK’s transfer of ballistic "
                 "missiles to Russia and Russia’s use of these missiles against Ukraine.",
                 [("CONSULT", ("USA",), ("KOR",)), ("ACCUSE", ("KOR", "USA"), ("PRK",)), ("ACCUSE", ("KOR", "USA"), ("RUS",))],
                 id="two-officials-condemned-in-the-strongest-terms"),
    pytest.param(_MET + "The two condemned in the strongest possible terms the DPRK’s transfer of ballistic missiles to "
                 "Russia and Russia’s use of these missiles against Ukraine.",
                 [("CONSULT", ("USA",), ("KOR",)), ("ACCUSE", ("KOR", "USA"), ("PRK",)), ("ACCUSE", ("KOR", "USA"), ("RUS",))],
                 id="the-two-condemned-in-the-strongest-terms"),
])
def test_two_who_met_condemn(text, expected):
    assert directed_events(text, published="2024-01-09", source=_WH) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("President Biden and G7 Leaders reaffirmed their resolve to respond swiftly to President Putin’s unprovoked "
                 "and unjustified attack on Ukraine and expressed their solidarity with the people of Ukraine. The Leaders "
                 "built on their months-long coordination and agreed to move forward on devastating packages of sanctions "
                 "and other economic measures to hold Russia to account.",
                 [("SUPPORT", ("G7", "USA"), ("UKR",)), ("AGREE", ("G7", "USA"), ())],
                 id="leaders-after-solidarity-with-ukraine"),
    pytest.param("President Biden met virtually today with G7 Leaders. The President and G7 Leaders reaffirmed their resolve "
                 "to respond swiftly to President Putin’s unprovoked and unjustified attack on Ukraine and expressed their "
                 "solidarity with the people of Ukraine. The Leaders built on their months-long coordination and agreed to "
                 "move forward on devastating packages of sanctions.",
                 [("CONSULT", ("USA",), ("G7",)), ("SUPPORT", ("G7", "USA"), ("UKR",)), ("AGREE", ("G7", "USA"), ())],
                 id="after-a-meeting-those-who-met"),
])
def test_leaders_are_those_who_acted(text, expected):
    assert directed_events(text, published="2022-02-24", source=_WH) == expected


def _event(type_: str, actors: tuple[str, ...], recipients: tuple[str, ...], mode: str | None = None) -> Event:
    return Event(id=type_, type=type_, evidence=(), mode=mode, actor_countries=actors, recipient_countries=recipients)


_INDEX = ActorIndex(starts=(), spans=())


@pytest.mark.parametrize(("event", "met", "acted"), [
    pytest.param(_event("SUPPORT", ("CAN", "USA"), ("UN", "WHO")), [], [("CAN", "USA")], id="support-given-actors-only"),
    pytest.param(_event("AGREE", ("CAN",), ("USA",)), [], [("CAN", "USA")], id="agreement-both-parties"),
    pytest.param(_event("CONSULT", ("USA",), ("KOR",)), [("USA", "KOR")], [("USA", "KOR")], id="meeting-both-met"),
    pytest.param(_event("SUPPORT", ("ARM",), ("AZE",), mode="sign"), [], [("ARM", "AZE")], id="co-signers-both"),
    pytest.param(_event("ACCUSE", ("JPN", "USA"), ("PRK",)), [], [("JPN", "USA")], id="censure-the-censurers"),
    pytest.param(_event("ASSAULT", ("TUR",), ("SYR",)), [], [], id="attack-no-they"),
])
def test_told_participants(event, met, acted):
    found_met, found_acted = told_participants([event], _INDEX)
    assert [tuple(side.country for side in sides) for sides in found_met] == met
    assert [tuple(side.country for side in sides) for sides in found_acted] == acted
