"""Whom a news act is aimed at, and the news register's words for censure and force (issue 13).

- The passive subject of censure, a demand, a refusal, a threat or a penalty is its target, as
  that of violence is ("North Korea was accused by South Korea of ...", "Iran was sanctioned by
  the United States"; `accords.events.triggers.TARGETING_VERBS`, `accords.events.actors`).
- "Met with success", "met mounting pressure": no one met (`accords.events.matching`).
- CAMEO/PLOVER verbs (`accords.events.cameo`): censure ("faulted", "levelled accusations
  against", "made allegations against", "voiced criticism of"), force done to people
  ("executed two activists", "missiles hit a hospital"); "executed the plan" and "the crisis hit
  exports" are no act.

Sentences written for these tests in the constructions of unannotated wire text."""

from __future__ import annotations

import pytest

from tests.events.sides import directed_events


def _acts(text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return directed_events(text, published="2019-11-20")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("North Korea has been accused by South Korea of firing artillery near the border.",
                 [("ACCUSE", ("KOR",), ("PRK",))], id="accused-by"),
    pytest.param("Israel was condemned by Turkey for the raid on the aid flotilla.",
                 [("ACCUSE", ("TUR",), ("ISR",))], id="condemned-by"),
    pytest.param("Iran was sanctioned by the United States over its missile programme.",
                 [("SANCTION", ("USA",), ("IRN",))], id="sanctioned-by"),
    pytest.param("China was urged by the European Union to press Russia to end the war.",
                 [("REQUEST", ("EU",), ("CHN",))], id="urged-by"),
    pytest.param("The Russian proposal was rejected by Ukraine.", [("REJECT", ("UKR",), ("RUS",))],
                 id="rejected-by"),
    pytest.param("The US ambassador was expelled by Venezuela.", [("SANCTION", ("VEN",), ("USA",))],
                 id="expelled-by"),
    pytest.param("Two British tourists were detained by Iranian police.", [("COERCE", ("IRN",), ("GBR",))],
                 id="detained-by-stays"),
    pytest.param("The scheme has met with success in Peru and Colombia.", [], id="met-with-success"),
    pytest.param("Japan cut rates to meet mounting pressure from the United States.", [],
                 id="meet-pressure"),
    pytest.param("The United States faulted China for failing to curb exports of fentanyl.",
                 [("ACCUSE", ("USA",), ("CHN",))], id="faulted"),
    pytest.param("China levelled fresh accusations against Washington over its support for Taiwan.",
                 [("ACCUSE", ("CHN",), ("USA",))], id="levelled-accusations"),
    pytest.param("Iran has made similar allegations against Saudi Arabia in the past.",
                 [("ACCUSE", ("IRN",), ("SAU",))], id="made-allegations"),
    pytest.param("The Turkish foreign ministry voiced strong criticism of the Greek decision.",
                 [("ACCUSE", ("TUR",), ("GRC",))], id="voiced-criticism"),
    pytest.param("Iran made a profit from its trade with Iraq.", [], id="made-a-profit"),
    pytest.param("Iran executed two British-Iranian dual nationals on Saturday.",
                 [("ASSAULT", ("IRN",), ("GBR",))], id="executed-nationals"),
    pytest.param("The Iranian government executed the plan without delay.", [], id="executed-the-plan"),
    pytest.param("Russian missiles hit a hospital in the Ukrainian city of Kharkiv.",
                 [("ASSAULT", ("RUS",), ("UKR",))], id="missiles-hit-a-hospital"),
    pytest.param("The crisis in Argentina hit exports from Brazil.", [], id="crisis-hit-exports"),
    pytest.param("The Russian government will hit its targets for 2005.", [], id="hit-its-targets"),
])
def test_news_targets(text: str, expected: list[tuple[str, tuple[str, ...], tuple[str, ...]]]) -> None:
    assert _acts(text) == expected
