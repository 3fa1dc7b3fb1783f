"""Talks held where a side is, and talks engaged in (twenty-fourth session, evtt34).

- "Zarif was in Istanbul to attend the trilateral meeting": the purpose infinitive of a stay told
  as done is held there, as on a trip ("arrived in Astana to attend", `accords.events.status`,
  `talk_on_trip`): a CONSULT, no plan (AGREE). "Will be in Baku to attend" stays a plan.
- "the Iranian and Azeri foreign ministers engaged in serious discussions": a meeting one engages
  in is held, as one participated in (`accords.events.meetings.taking_part`); "engaged in military
  operations" is no meeting, "refused to engage in talks" none held.

The Tehran Times sentences are from shared/corpora/tehrantimes-region (Tehran Times / Mehr News
Agency, CC BY 4.0); the cases marked "paraphrase" are our own wording.
"""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


def _events(text: str) -> set[tuple[str, tuple[str, ...], str]]:
    return set(events_with_sides(text))


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # tt_429086 (fresh dev of this session)
    pytest.param("TEHRAN – Iranian Foreign Minister Mohammad Javad Zarif said on Tuesday that Iran, Turkey and "
                 "Azerbaijan have common stance on regional issues and are determined to cooperate. Zarif was in "
                 "Istanbul to attend sixth trilateral meeting of Iran, Turkey and Azerbaijan to discuss matters of "
                 "common interest.", ("CONSULT", ("AZE", "IRN", "TUR"), "occurred"), id="was-in-istanbul-to-attend"),
    # paraphrase
    pytest.param("TEHRAN – Iranian Foreign Minister Mohammad Javad Zarif was in Baku on Monday to hold talks with "
                 "his Azeri counterpart.", ("CONSULT", ("AZE", "IRN"), "occurred"), id="was-in-baku-to-hold-talks"),
    # tt_465555 (dev)
    pytest.param("TEHRAN – Khatibzadeh added that the Iranian and Azeri foreign ministers also engaged in serious "
                 "and meticulous discussions over issues of mutual concerns on the sidelines of the recent UN General "
                 "Assembly in New York.", ("CONSULT", ("AZE", "IRN"), "occurred"), id="engaged-in-discussions"),
    # paraphrase
    pytest.param("TEHRAN – Iranian Foreign Minister Mohammad Javad Zarif engaged in talks with his Turkish "
                 "counterpart in Ankara on Monday.", ("CONSULT", ("IRN", "TUR"), "occurred"), id="engaged-in-talks-with"),
])
def test_held_talks(text, expected):
    assert expected in _events(text)


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # paraphrase: a stay still to come is a plan
    pytest.param("TEHRAN – Iranian Foreign Minister Mohammad Javad Zarif will be in Baku next week to attend a "
                 "meeting with his Azeri counterpart.", id="will-be-in-baku"),
    # paraphrase: a military operation is no meeting
    pytest.param("Turkey has engaged in military operations in Syria near the Iranian border.", id="engaged-in-operations"),
    # paraphrase: talks refused are not held
    pytest.param("TEHRAN – Iran refused to engage in talks with the United States.", id="refused-to-engage"),
])
def test_no_held_talks(text):
    assert not any(type_ == "CONSULT" and status == "occurred" for type_, _sides, status in _events(text))
