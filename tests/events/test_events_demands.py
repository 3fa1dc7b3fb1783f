"""Demands reported as obligations (issue 13, `accords.events.demands`): "X said that Y must
act" is X's REQUEST of Y, and what Y must do is no event of its own; the speaker's own side or
a thing located in a country ("the conflict in Syria must be settled") is no side asked.

Sentences: PLOVER gold records of the Open Event Data Alliance (`PLOVER-GSR01-DEMAND-0006, -0035, -0036`,
shared/corpora/plover-gsr, CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/;
used here as published) and the Tehran Times region corpus (CC BY 4.0, Mehr News / Tehran
Times)."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


def _scored(text: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [e for e in events_with_sides(text, published="2019-11-19") if e[2] in ("occurred", "planned", "intended")]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("A senior British minister reiterated that Libya must hand over alleged bombers of the U.S. airliner "
                 "as he embarked on a trip to North Africa to seek Arab support for the demand.",
                 [("REQUEST", ("GBR", "LBY"))], id="must-hand-over"),
    pytest.param("British Foreign Secretary Jack Straw said on Friday that the Sudanese government and the rebels in "
                 "Darfur must reach an agreement that stops the conflict for good before developmental assistance to the "
                 "region is released.", [("REQUEST", ("GBR", "SDN"))],
                 id="must-reach-agreement-no-agree"),
    pytest.param("Egyptian President Hosni Mubarak said here Wednesday that the US must be ready to mediate between "
                 "Israelis and Palestinians as soon as the Israeli elections of January 28 are finalized.",
                 [("REQUEST", ("EGY", "USA"))], id="must-be-ready-no-agree"),
    # Tehran Times: a thing in a country is no side asked
    pytest.param("In a phone conversation with Russian President Vladimir Putin late on Saturday, President Hassan "
                 "Rouhani of Iran said the conflict in Syria must be settled politically.",
                 [("CONSULT", ("IRN", "RUS"))], id="conflict-in-syria-no-side"),
])
def test_demands(text, expected):
    assert [(type_, sides) for type_, sides, _status in _scored(text)] == expected
