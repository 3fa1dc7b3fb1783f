"""A meeting noun that is what a pointer back is ("This is the third round of talks between
...", "it was the first meeting between ...") is the meeting just told, counted or ranked, not
another one (`accords.events.generic.characterised`). A meeting told after "this" with a verb of
its own ("This week, Iran and Turkey held talks") stays.

The sentences are Tehran Times text (tehrantimes-region, CC BY 4.0: tt_406866, tt_423723) or
paraphrases of it."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Iranian Foreign Minister Mohammad Javad Zarif stopped in Ankara on Wednesday to hold talks with Turkish "
                 "Foreign Minister Mevlut Cavusoglu. This is the third round of talks between the Iranian and Turkish "
                 "foreign ministers over the past two months.",
                 [("CONSULT", ("IRN", "TUR"), "occurred")], id="this-is-the-third-round-of-talks"),
    pytest.param("Iranian President Hassan Rouhani also held a short meeting with Jordanian King Abdullah on Friday on "
                 "the sidelines of the OIC conference in Istanbul. According to Tasnim, it was the first meeting between "
                 "the Iranian and Jordanian heads of state after 15 years.",
                 [("CONSULT", ("IRN", "JOR"), "occurred")], id="it-was-the-first-meeting-between"),
    pytest.param("Iranian Foreign Minister Amir Abdollahian spoke with Azerbaijani Foreign Minister Jeyhun Bayramov by "
                 "phone on Sunday. This week, the Iranian and Turkish foreign ministers held talks in Ankara.",
                 [("CONSULT", ("AZE", "IRN"), "occurred"), ("CONSULT", ("IRN", "TUR"), "occurred")],
                 id="this-week-a-meeting-with-its-own-verb-stays"),
])
def test_characterised_meetings(text, expected):
    assert events_with_sides(text, published="2021-04-01") == expected
