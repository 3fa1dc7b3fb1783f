"""A meeting held on the sidelines of a gathering (twenty-ninth session, evtt44), on Tehran Times articles of
the gold set (tests/gold/articles): the session or summit named as where two met is no meeting of its own,
and its body is no side of theirs (`accords.events.dedup.sidelines_of`)."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

# tt_432549
_UNGA = (
    "TEHRAN – Armenian Prime Minister Nikol Pashinyan will pay an official visit to Iran in February, "
    "Armenpress has reported. “On February 27 I am leaving for Iran on an official visit,” Pashinyan said at a "
    "meeting with the Armenian community in Cologne, Germany, on the sidelines of his official visit to the "
    "European country. Iran and Armenia enjoy good relations. President Hassan Rouhani met the Armenian prime "
    "minister on the sidelines of the 73rd session of the United Nations General Assembly in September 2018. "
    "MH/PA"
)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "gathering"), [
    pytest.param(_UNGA, "UN", id="unga-session-no-side"),
])
def test_sidelines_gathering_is_no_meeting(text, gathering):
    found = events_with_sides(text, source="Tehran Times")
    assert ("CONSULT", ("ARM", "IRN"), "occurred") in found
    assert not [e for e in found if gathering in e[1]], found
