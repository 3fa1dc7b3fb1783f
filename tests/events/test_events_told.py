"""Words told to an office holder of another state, in a setting (`accords.events.tellings`):
"Assad told the visiting Iraqi National Security Adviser ... in Damascus", "Rouhani told his Turkish
counterpart Recep Tayyip Erdogan on Thursday that ..." are a conversation of the two states (CONSULT); words
told to the press ("told Russian state news agency Itar-Tass") or in a message (no time, no place) are none.

Sentences from Tehran Times articles of shared/corpora/tehrantimes-region (CC BY 4.0), news ids 441260,
452232, 461474, 69065."""

from __future__ import annotations

import pytest

from accords.events.triggers import may_trigger
from tests.events.sides import events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("“Syria will respond to the assault,” Assad told the visiting Iraqi National Security Adviser Falih "
                 "al-Fayyadh in Damascus.", [("CONSULT", ("IRQ", "SYR"), "occurred")], id="told-the-visiting"),
    pytest.param("TEHRAN – President Hassan Rouhani told his Turkish counterpart Recep Tayyip Erdogan on Thursday that "
                 "Iran and Turkey should take a unified stance.", [("CONSULT", ("IRN", "TUR"), "occurred")],
                 id="told-counterpart-on-a-day"),
    pytest.param("Armenian President Robert Kocharian told the Iranian Head of Supreme National Security Council Hassan "
                 "Rouhani in Yerevan that the two countries share views.", [("CONSULT", ("ARM", "IRN"), "occurred")],
                 id="told-a-head-in-a-city"),
])
def test_told_an_official(text, expected):
    assert events_with_sides(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    pytest.param("Russian Foreign Minister Sergei Lavrov told Russian state news agency Itar-Tass on Monday that the "
                 "talks went well.", id="told-the-press"),
    pytest.param("“I hope that this year we will see the development of bilateral relations,” Rouhani told his "
                 "Ethiopian counterpart Sahle-Work Zewde.", id="told-in-a-message"),
])
def test_told_no_official_encounter(text):
    assert [e for e in events_with_sides(text) if e[0] == "CONSULT"] == []


@pytest.mark.parametrize(("words", "expected"), [
    ({"assad", "tell", "told", "the", "visiting", "adviser"}, True),
    ({"lavrov", "tell", "told", "reporters"}, False),
], ids=["told-an-adviser", "told-reporters"])
def test_scan_lets_tellings_through(words, expected):
    assert may_trigger(words) is expected
