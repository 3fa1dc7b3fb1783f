"""Venues and onlookers' hopes made false events in every outlet (twentieth session, evprec26).

A city where something is done is no side unless its state acts: "signed by all EU members in
Rome" (the parser hangs the place on the signers), "EU ministers at a meeting in Lisbon
promised ..." (the subject's own gathering) are venues (`accords.events.venues.gathering_places`),
which stand for the host only where the event names fewer than two states and no body's
members. What onlookers hope for or expect ("the organisers hope X will use the forum for talks",
"analysts expect X to agree") is no act of a side (`accords.events.onlookers`: hypothetical).
Each rule keeps cases that must still fire. Sentences are Tehran Times' own or written for these
tests in the register of wire news."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

GOLD_SHAPE = ("occurred", "planned", "intended")


def _shaped(text: str, source: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [e for e in events_with_sides(text, published="2021-10-01", source=source) if e[2] in GOLD_SHAPE]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "expected"), [
    pytest.param("The charter was signed by all 27 EU members in Rome in March.", "Reuters",
                 [("SUPPORT", ("EU",), "occurred")],
                 id="signed-by-body-members-in-a-city"),
    pytest.param("EU ministers at a meeting in Lisbon promised to cut farm subsidies by 2010.", "Reuters",
                 [("CONSULT", ("EU",), "occurred"), ("AGREE", ("EU",), "occurred")],
                 id="body-members-at-a-meeting-in-a-city"),
    pytest.param("Iranian and Russian ministers at talks in Geneva agreed to expand energy cooperation.",
                 "Tehran Times", [("AGREE", ("IRN", "RUS"), "occurred")], id="two-states-at-talks-in-a-third-city"),
    pytest.param("Iranian officials at a meeting in Baku pledged to expand trade with Azerbaijan.", "Tehran Times",
                 [("CONSULT", ("AZE", "IRN"), "occurred"), ("AGREE", ("AZE", "IRN"), "occurred")],
                 id="host-of-a-meeting-stays"),
    pytest.param("Iran and Azerbaijan agreed to build a bridge. The memorandum was signed by the Iranian minister "
                 "in Baku on Monday.", "Tehran Times",
                 [("AGREE", ("AZE", "IRN"), "occurred"), ("SUPPORT", ("AZE", "IRN"), "occurred")],
                 id="one-signer-in-the-host-city-stays"),
])
def test_venues_are_no_sides(text, source, expected):
    assert _shaped(text, source) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "expected"), [
    pytest.param("The organisers hope that the Afghan president will use the conference for talks with "
                 "Pakistani ministers.", "Reuters", [], id="organisers-hope-for-talks"),
    pytest.param("President Joe Biden has pledged to pull out American forces from Afghanistan until September 11, "
                 "political observers expect regional players like Iran and Turkey in cooperation with other powers "
                 "like China and Russia will fill the vacuum left by the U.S.", "Tehran Times",
                 [("AGREE", ("AFG", "USA"), "occurred")], id="pledge-before-observers-expect-stays"),
    pytest.param("The Afghan president will hold talks with Pakistani ministers at the conference.", "Reuters",
                 [("AGREE", ("AFG", "PAK"), "planned")], id="talks-planned-by-a-side-stay"),
])
def test_onlookers_hope_no_act(text, source, expected):
    assert _shaped(text, source) == expected
