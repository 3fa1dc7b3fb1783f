"""Concerns the sides discussed about what a named side does are criticism of it
(`accords.events.stances.concerns_discussed`): "The two discussed their shared concerns over
Russia's sudden military build-up" is an ACCUSE of the two and Russia, as "raised concerns about"
already was. A concern about a situation names no author and stays the meeting's topic; a
concern's second phrase ("... provocations on Ukraine's border") is where, not whose. Before
this rule the sentence only told the call again (White House dev: misses of wh_20210413,
wh_20240920, wh_20240921). Sentences are the White House readouts' own text."""

from __future__ import annotations

import pytest

from tests.events.sides import dated_events

WH = "The White House"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param(
        "National Security Advisor Jake Sullivan spoke today with Swedish National Security Advisor Jan "
        "Wallensteen. The two discussed their shared concerns over Russia’s sudden military build-up and "
        "provocations on Ukraine’s border.", "2021-04-13",
        [("CONSULT", ("SWE", "USA"), "2021-04-13"), ("ACCUSE", ("RUS", "SWE", "USA"), "2021-04-13")],
        id="build-up-over-the-border"),
    pytest.param(
        "President Biden met with Prime Minister Kishida Fumio of Japan today in Wilmington, Delaware. The leaders "
        "discussed their respective diplomacy with the People’s Republic of China (PRC) and their shared concerns "
        "about the PRC’s coercive and destabilizing activities, including in the South China Sea.", "2024-09-21",
        [("CONSULT", ("JPN", "USA"), "2024-09-21"), ("ACCUSE", ("CHN", "JPN", "USA"), "2024-09-21")],
        id="second-object-of-discussed"),
    pytest.param(
        "President Joseph R. Biden, Jr. spoke today with President of Finland Sauli Niinistö. They discussed their "
        "shared concerns about Russia’s continued military buildup on Ukraine’s borders.", "2021-12-13",
        [("CONSULT", ("FIN", "USA"), "2021-12-13"), ("ACCUSE", ("FIN", "RUS", "USA"), "2021-12-13")],
        id="they-discussed"),
    # a situation: no author, the meeting's topic
    pytest.param(
        "President Biden met today with President Lula of Brazil. The two leaders discussed concerns about the "
        "humanitarian crisis in Gaza.", "2024-08-14",
        [("CONSULT", ("BRA", "USA"), "2024-08-14")], id="a-situation"),
    pytest.param(
        "President Biden spoke today with Prime Minister Albanese of Australia. They discussed issues of mutual "
        "concern, including the situation in Gaza.", "2024-08-14",
        [("CONSULT", ("AUS", "USA"), "2024-08-14")], id="issues-of-mutual-concern"),
])
def test_discussed_concerns_accuse_their_author(text, published, expected):
    assert dated_events(text, published, source=WH) == expected
