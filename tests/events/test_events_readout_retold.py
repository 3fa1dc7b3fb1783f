"""Readouts that tell one meeting several times, praise a past one, or welcome a side's own reform
(twenty-eighth session, evwh43).

- "The two also discussed President Biden's unprecedented support for Israel since the Hamas attacks of
  October 7th": what the meeting just told was about; the ordinal of a day ("October 7th") is a date, not
  a numbered session that would set the mention apart (`accords.events.dedup`).
- "thanked President Samia for her participation in the second Summit for Democracy": the summit is the
  occasion praised, not a meeting the readout reports (`accords.events.meetings.no_meeting_told`).
- "welcomed Ghana's commitment to reforming its economy": a side's own reform welcomed is no promise to a
  partner (no AGREE); "welcomed the commitment from President Al-Sisi to permit the flow of ...
  humanitarian assistance" stays one (`accords.events.joint.restated_commitment`).

The texts are from shared/corpora/whitehouse-briefings (White House readouts of 2023-2024, public
domain).
"""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

# wh_20240626-sullivan-gallant (dev)
_GALLANT = (
    "National Security Advisor Jake Sullivan met with Israeli Defense Minister Yoav Gallant today at the White "
    "House. They discussed the ongoing efforts to finalize a ceasefire deal together with the release of "
    "hostages.\n\nMr. Sullivan reaffirmed the United States' ironclad commitment to Israel's security. The two "
    "also discussed President Biden's unprecedented support for Israel since the Hamas attacks of October 7th. "
    "Mr. Sullivan reaffirmed President Biden's commitment to ensure that Israel has all it needs to defend "
    "itself militarily.\n\nMr. Sullivan and Minister Gallant discussed the humanitarian crisis in Gaza, and the "
    "need to increase and sustain the flow of humanitarian assistance into Gaza."
)
# wh_20230330-tanzania-vp (dev)
_SAMIA = (
    "Vice President Harris met with President Samia Suluhu Hassan today in Dar es Salaam, Tanzania. The Vice "
    "President thanked President Samia for her participation in the second Summit for Democracy and applauded "
    "her leadership in opening political space and undertaking critical democratic reforms."
)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published"), [
    pytest.param(_GALLANT, "2024-06-26", id="discussions-after-day-ordinal"),
    pytest.param(_SAMIA, "2023-03-30", id="summit-praised"),
])
def test_one_meeting_told(text, published):
    found = events_with_sides(text, published, source="The White House")
    assert [sides for type_, sides, _status in found if type_ == "CONSULT"] == [found[0][1]]
    assert found[0][0] == "CONSULT"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "sides", "agreed"), [
    # wh_20230327-harris-akufo-addo-meeting (dev)
    pytest.param("Vice President Harris also welcomed Ghana's commitment to reforming its economy to deliver "
                 "sustainable and inclusive growth.", ("GHA", "USA"), False, id="own-reform"),
    # wh_20240524-biden-sisi-call (dev)
    pytest.param("President Biden welcomed the commitment from President Al-Sisi to permit the flow of "
                 "UN-provided humanitarian assistance from Egypt through the Kerem Shalom crossing.",
                 ("EGY", "USA"), True, id="commitment-to-partner"),
])
def test_welcomed_commitment(text, sides, agreed):
    found = events_with_sides(text, "2023-06-01", source="The White House")
    assert any(type_ == "AGREE" and found_sides == sides for type_, found_sides, _status in found) is agreed
