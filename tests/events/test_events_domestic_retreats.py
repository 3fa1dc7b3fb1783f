"""Retreats that are domestic politics or business, in an article (`accords.events.relations`,
`relation` and `_no_retreat_between_states`): a resignation, whatever party or parliament it
names ("resigned from the UK Independence Party's group in the European Parliament" is no
retreat of Britain from the EU); a bid or an offer withdrawn on a market; one organisation alone,
left by no one named ("the party has long sought to withdraw from the EU"). Troops withdrawn from
a country stay, and so does a resignation in an event record (PLOVER's "Shevardnadze resigned
Sunday", tests/events/test_events_quality.py).

Sentences written for these tests in the register of the wire and broadcast pages the rule was
checked on (no outlet's text is copied)."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_PARTY_GROUP = ("The MEP resigned from the UK Independence Party's group in the European Parliament last week. He "
                "had sat for the East Midlands since 1999. The party said it was sorry to see him go. Its leader "
                "spoke on Monday.")
_SEAT = ("A British MEP resigned from the European Parliament on Tuesday. She had sat since 2014. Her party thanked "
         "her. A by-election will follow.")
_AIM = ("The party has long sought to withdraw from the EU. Its leader spoke in London on Monday. He said Britain paid "
        "too much. The party has three MEPs.")
_BIDS = ("Dealers said two Asian central banks, those of Japan and Thailand, have withdrawn bids for the dollar. The "
         "dollar fell against the yen. The euro rose. Gold was steady.")
_TROOPS = ("Russia withdrew its troops from Syria on Monday. The move surprised Turkey. Iran welcomed it. The UN said "
           "it would watch.")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_PARTY_GROUP, [], id="resigned-from-a-party-group"),
    pytest.param(_SEAT, [], id="resigned-a-seat"),
    pytest.param(_AIM, [], id="withdraw-from-a-body-no-one-named"),
    pytest.param(_BIDS, [], id="withdrawn-bids-on-a-market"),
    pytest.param(_TROOPS, [("RETREAT", ("RUS", "SYR"), "occurred")], id="troops-withdrawn-stay"),
    pytest.param("Georgian President Eduard Shevardnadze resigned Sunday.", [("RETREAT", ("GEO",), "occurred")],
                 id="resignation-in-an-event-record-stays"),
])
def test_domestic_retreats(text, expected):
    assert events_with_sides(text, published="2019-11-20", source="Reuters") == expected
