"""events.v2: cooperative words of the lexicon (issue #13, thirteenth session): an act backed
when a leader "congratulated X *for*" it (SUPPORT; "on" an election is a courtesy), a centre or
hospital inaugurated (COOPERATE), an intention to double or quadruple an exchange and a decision to
form a joint body (AGREE), vaccine
doses provided (AID). Sentences written for the test in the register of the White House readouts
and the Tehran Times. Exact type, sides and status of every event found."""

from __future__ import annotations

import pytest
from sides import events_with_sides as _events

pytestmark = pytest.mark.slow

_ANGOLA = "President Biden met today with President Lourenço of Angola. "
_ARMENIA = "Iran and Armenia are neighbours, the Armenian minister said. "

CASES = [
    ("congratulated-for-an-act",
     _ANGOLA + "President Biden also congratulated President Lourenço for Angola’s signing of the Artemis Accords.",
     [("CONSULT", ("AGO", "USA"), "occurred"), ("SUPPORT", ("AGO", "USA"), "occurred")]),
    ("congratulated-on-a-reelection",
     _ANGOLA + "President Biden congratulated President Lourenço on his reelection.",
     [("CONSULT", ("AGO", "USA"), "occurred")]),
    ("inaugurated-a-centre",
     _ARMENIA + "Iran and Armenia inaugurated a radiotherapy center in an Armenian hospital.",
     [("COOPERATE", ("ARM", "IRN"), "occurred")]),
    ("intends-to-quadruple-an-exchange",
     _ARMENIA + "The energy minister announced that Iran intends to quadruple the volume of power exchange with Armenia.",
     [("AGREE", ("ARM", "IRN"), "intended")]),
    ("decided-to-form-a-committee",
     "Iran and Kazakhstan held talks in Tehran. The two sides also decided to form a transport committee to discuss "
     "ways of expanding cooperation.",
     [("CONSULT", ("IRN", "KAZ"), "occurred"), ("AGREE", ("IRN", "KAZ"), "intended")]),
    ("doses-provided",
     "President Biden spoke with President Lula of Brazil. The United States has provided 3 million doses to Brazil.",
     [("CONSULT", ("BRA", "USA"), "occurred"), ("AID", ("BRA", "USA"), "occurred")]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_cooperative_words(text, expected):
    assert _events(text, source="The White House" if "Biden" in text else None) == expected
