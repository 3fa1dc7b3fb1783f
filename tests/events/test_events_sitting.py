"""Meetings told as sitting down or together (`accords.events.cameo.PHRASAL`, `cameo._sat_with`):
"sat down with his Russian and Turkish counterparts", "foreign ministers of the three countries sat
together in Baku" are meetings of their sides, with the place a venue, no side; a sitting down
wished for or advised ("hope that the two countries will be able to sit down") is none.

Sentences from Tehran Times articles of shared/corpora/tehrantimes-region (CC BY 4.0)."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Iranian Deputy Foreign Minister Hossein Jaberi Ansari sat down with his Russian and Turkish "
                 "counterparts Mikhail Bogdanov and Ahmet Unal Cevikoz in Moscow.",
                 [("CONSULT", ("IRN", "RUS", "TUR"), "occurred")], id="sat-down-with-counterparts"),
    pytest.param("TEHRAN – Top diplomats from Iran, Russia, and Turkey sat down together in Astana one day before "
                 "the start of inter-Syrian talks.",
                 [("CONSULT", ("IRN", "RUS", "TUR"), "occurred")], id="sat-down-together-host-no-side"),
    pytest.param("Iranian Foreign Minister Mohammad Javad Zarif, Russian Foreign Minister Sergei Lavrov and "
                 "Azerbaijani Foreign Minister Elmar Mammadyarov will meet in August. Earlier on April 7, foreign "
                 "ministers of the three countries sat together in Baku.",
                 [("AGREE", ("AZE", "IRN", "RUS"), "planned"), ("CONSULT", ("AZE", "IRN", "RUS"), "occurred")],
                 id="three-countries-sat-together"),
    pytest.param("The Iranian foreign minister also sat down with his Azeri opposite number Jeyhun Bayramov in "
                 "Baku on Monday.", [("CONSULT", ("AZE", "IRN"), "occurred")], id="sat-down-with-opposite-number"),
])
def test_sitting_is_a_meeting(text, expected):
    assert events_with_sides(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    pytest.param("We hope that the two countries will be able to sit down and find a solution to the disputes.",
                 id="hoped-for"),
    pytest.param("The only way to deal with that is to sit down and find common ground, he said.", id="advised"),
])
def test_sitting_wished_is_no_meeting(text):
    assert events_with_sides(text) == []
