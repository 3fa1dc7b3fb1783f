"""A journey is a visit only where the text says where it goes (`accords.events.nonevents`,
`travellers_visit`, and `accords.events.trips.says_where`): "traveling on a different passport" (Tehran Times, 478890)
or people deported "for traveling without documents on a foreign-registered ship" report no trip
to a side. "Traveled to Baku" and "will travel there next week for talks" stay.

The first sentence is cut from a Tehran Times opinion piece (CC BY 4.0); the others are written
for these tests."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_PASSPORT = ("Every Azeri is an Iranian, even if such people are Azeris who are not Iranian citizens or who are "
             "traveling on a different passport.")
_DEPORTED = ("Moroccan authorities have deported 90 Senegalese for traveling without papers on a Greek-registered "
             "ship, a port official said.")
_TO_BAKU = "Iranian Foreign Minister Mohammad Javad Zarif traveled to Baku on Monday to meet his Azerbaijani counterpart."
_THERE = "The Turkish president will travel there next week for talks with Iranian President Hassan Rouhani."


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_PASSPORT, [], id="traveling-on-a-passport"),
    pytest.param(_DEPORTED, [("COERCE", ("MAR", "SEN"), "occurred")], id="deported-for-traveling-on-a-ship"),
    pytest.param(_TO_BAKU, [("CONSULT", ("AZE", "IRN"), "occurred")], id="traveled-to-a-capital-stays"),
    pytest.param(_THERE, [("AGREE", ("IRN", "TUR"), "planned")], id="will-travel-there-stays-a-planned-visit"),
])
def test_travel_needs_a_destination(text, expected):
    assert events_with_sides(text, published="2019-11-20", source="Tehran Times") == expected

