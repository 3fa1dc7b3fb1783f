"""Web-news wording that is no event between states (issue 13): a report or a letter released
is a publication, no CONCEDE; "as demonstrated by" is no protest; a market's "seventh straight
session" is no meeting; one state alone meets no one ("Trump's visit to Walter Reed"); what a
gerund named as a topic would do is no act ("pleaded guilty to threatening to kill"); "is
unlikely to agree" is no intention; a visit and the return visit "soon after" are two events.
Each rule keeps a case that must still fire.

Sentences are from web news pages of the article-extraction-benchmark (MIT licence,
tests/gold/README) and from White House texts of 2021-2024 (public domain)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import accords
from tests.events.sides import STAGES, events_with_sides

GOLD = Path(__file__).resolve().parents[1] / "gold"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The importance of deadlines intensified last week as NASA’s Office of the Inspector General "
                 "released two highly critical reports that depicted “technical challenges, cost increases and "
                 "schedule delays”.", [], id="released-reports"),
    pytest.param("In December 2015, shortly before voting began in the Republican presidential primary, Trump "
                 "released a letter from his longtime physician Dr. Harold Bornstein.", [], id="released-letter"),
    pytest.param("Burma’s military should immediately restore power to the democratically elected government, end "
                 "the state of emergency, release all those unjustly detained, and ensure peaceful protestors are "
                 "not met with violence.", [("CONCEDE", ("MMR",), "occurred")], id="release-detained-stays"),
    pytest.param("NEW YORK (Reuters) - Oil prices fell sharply on Tuesday on oversupply concerns, while a gauge of "
                 "stocks across the globe rose for a seventh straight session after large overnight gains in Asia.",
                 [], id="seventh-straight-session"),
    pytest.param("Now consider what we know about Trump's visit to Walter Reed on Saturday.", [],
                 id="one-state-visit"),
    pytest.param("A New York man pleaded guilty Monday to threatening to kill U.S. Rep. Ilhan Omar, D-Minn., in "
                 "March, prosecutors said.", [], id="pleaded-guilty-to-threatening-to-kill"),
    pytest.param("Oil fell after sources told Reuters that Russia is unlikely to agree to cut its oil output further "
                 "at a meeting with fellow exporters next month.", [], id="unlikely-to-agree"),
])
def test_news_register(text, expected):
    assert events_with_sides(text, published="2019-11-19") == expected


@pytest.mark.slow
def test_as_demonstrated_by_is_no_protest():
    """"As demonstrated by his abrupt departure": a passive "demonstrate" shows, no one protests
    (the meeting it names is another matter; street rallies stay: tests/events/test_events_statements.py
    "street-rally-stays")."""
    text = ("Beijing is also concerned about the president’s unpredictable behavior — as demonstrated by his abrupt "
            "departure from a high-profile meeting last February in Hanoi with North Korea’s leader, Kim Jong-un.")
    assert [event for event in events_with_sides(text, published="2019-11-19") if event[0] == "PROTEST"] == []



@pytest.mark.slow
def test_a_visit_and_the_return_visit_are_two_events():
    """A Tehran Times article (tests/gold/articles/tt_410468.json, CC BY 4.0): an Iranian
    minister's trip to Turkey and, "soon after", a Turkish delegation's trip to Tehran are two
    visits; one place or side named in common ("Turkey", "to Tehran") does not make two reports
    one occurrence."""
    record = json.loads((GOLD / "articles" / "tt_410468.json").read_text(encoding="utf-8"))
    extraction = accords.extract(record["text"], stages=STAGES)
    trips = {(e.actor_countries, e.recipient_countries) for e in extraction.events if e.type == "CONSULT" and e.mode == "visit"}
    assert {(("IRN",), ("TUR",)), (("TUR",), ("IRN",))} <= trips
