"""A place or a country inside a name or a topic is no side of an event (twenty-first session,
topic28): a city that names a club, a process, a summit or an accord ("the Paris Club", "the
Minsk process"), a city where talks among others meet ("the UN-sponsored talks in Geneva"), a
country that names an office held in a body ("the Luxembourg presidency of the EU") or what is
spoken of ("the Hong Kong question", "the Iraq war inquiry"). Each rule keeps cases that must
still name the place's country: a host the text says takes part, a state's own presidency, an
adjective presidency of no named body, a host of talks that names no other partner.

The sentences are the licensed corpora's own (Tehran Times CC BY 4.0, White House public domain)
or our own words in the register of the web news the sample check read (tests/gold/README)."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


def _sides(text: str) -> set[str]:
    """Every country any event of the text names as a side."""
    return {code for _type, sides, _status in events_with_sides(text) for code in sides}


@pytest.mark.slow
@pytest.mark.parametrize(("text", "absent", "kept"), [
    pytest.param("Mexico reached a debt deal with the Paris Club on Tuesday.", "FRA", {"MEX"}, id="paris-club"),
    pytest.param("Ukraine asked the Paris Club creditors to freeze its payments.", "FRA", set(),
                 id="paris-club-creditors"),
    pytest.param("Ukraine signed a deal with the London Club of creditors.", "GBR", {"UKR"}, id="london-club"),
    pytest.param("Lavrov praised the Minsk process.", "BLR", set(), id="minsk-process"),
    pytest.param("The foreign ministers of the three countries met in the UN-sponsored talks in Geneva on December 18 "
                 "for talks on the proposed Syrian constitutional committee and a following election.", "CHE", set(),
                 id="talks-in-geneva-tt"),
    pytest.param("The Luxembourg presidency of the EU criticised Turkey over the arrests.", "LUX", {"EU", "TUR"},
                 id="luxembourg-presidency-of-eu"),
    pytest.param("Iran criticised the Luxembourg presidency.", "LUX", set(), id="luxembourg-presidency"),
    pytest.param("China rejected the Hong Kong question.", "HKG", set(), id="hong-kong-question"),
    pytest.param("The Iraq war inquiry criticised Britain.", "IRQ", set(), id="iraq-war-inquiry"),
])
def test_named_place_is_no_side(text: str, absent: str, kept: set[str]) -> None:
    sides = _sides(text)
    assert absent not in sides
    assert kept <= sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kept"), [
    pytest.param("The Tehran summit hosted by Iran brought together the presidents of Russia and Turkey.",
                 {"IRN", "RUS", "TUR"}, id="summit-hosted-by-iran"),
    pytest.param("Iran hosted the Tehran summit with Russia and Turkey.", {"IRN", "RUS", "TUR"}, id="iran-hosted-summit"),
    pytest.param("Mr. Sullivan expressed support for the United Kingdom’s G7 presidency and welcomed the virtual "
                 "leaders’ summit later this week.", {"GBR"}, id="own-g7-presidency-wh"),
    pytest.param("Poland criticised the Hungarian presidency.", {"HUN", "POL"}, id="adjective-presidency-no-body"),
    pytest.param("Washington condemned Managua over the Iran arms scandal.", {"NIC", "USA"}, id="scandal-topic-others-kept"),
    pytest.param("Iran and Qatar signed a memorandum in Doha.", {"IRN", "QAT"}, id="signers-kept"),
])
def test_named_place_keeps_parties(text: str, kept: set[str]) -> None:
    assert kept <= _sides(text)
