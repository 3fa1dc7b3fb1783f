"""A body's next meeting (issue 13), on White House readouts 2021-2024
(../shared/corpora/whitehouse-briefings, public domain) and sentences written in the Tehran Times
register: "the Steering Committee will hold its next meeting in May" in a sentence that names no
side is a meeting planned among those who met in the meeting told before (all four of a donor
platform, not the article's two most named sides); a next meeting "of" a body the sentence names
is left to what it names."""

from __future__ import annotations

import pytest

import accords
from tests.events.sides import events_with_sides, sides

_READOUT_TITLE = "Readout of Second Meeting of the Ukraine Donor Coordination Platform Steering Committee"
_READOUT_URL = ("https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2023/04/05/readout-of-second-"
                "meeting-of-the-ukraine-donor-coordination-platform-steering-committee/")

_DONORS = (
    "Today, Deputy National Security Advisor for International Economics Mike Pyle, together with "
    "Finance Minister of Ukraine, Sergii Marchenko, and European Commission Director-General for "
    "Neighborhood and Enlargement Negotiations, Gert Jan Koopman, co-chaired the second meeting of the "
    "Steering Committee of the Multi-agency Donor Coordination Platform for Ukraine. The Government of "
    "Ukraine and G7 Members of the Steering Committee, and representatives from international financial "
    "institutions, discussed coordination of economic support for Ukraine’s financing needs and future "
    "economic recovery and reconstruction efforts. Ukraine highlighted its early recovery priorities for "
    "2023 in the areas of energy infrastructure, civilian demining, critical and social infrastructure, "
    "housing, and support to the private sector. Ukraine also provided an update on its reform agenda, "
    "supported by the recently approved IMF program, to underpin its recovery on the path toward EU "
    "accession. Deputy National Security Advisor Pyle reiterated the United States’ commitment to "
    "support Ukraine for as long as it takes and ensuring that funding is effectively overseen. He "
    "concurred with the Steering Committee members and participants on the Platform’s important role as "
    "a catalyst for mobilizing the international commitments required to respond to Ukraine’s needs in "
    "2023 and beyond. Collaboration will continue in the coming weeks, and the Steering Committee will "
    "hold its next meeting in May.\n\n###"
)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "source", "expected"), [
    # the whole readout: its last sentence plans the body's next meeting among the four who met, not the pair of
    # Ukraine and the EU
    pytest.param(_DONORS, "2023-04-05", "The White House",
                 ("AGREE", ("EU", "G7", "UKR", "USA"), "planned"), id="hold-its-next-meeting"),
    pytest.param("Iranian Foreign Minister Mohammad Javad Zarif met with his Turkish counterpart Mevlut Cavusoglu in "
                 "Tehran on Monday to discuss trade. The next round of talks will be held in Ankara in May.", None, None,
                 ("AGREE", ("IRN", "TUR"), "planned"), id="next-round-held"),
])
def test_next_meeting_of_those_who_met(text, published, source, expected):
    # the readout as `accords eval` reads it (hard line breaks joined): with its title and address
    title, url = (_READOUT_TITLE, _READOUT_URL) if source else (None, None)
    extraction = accords.extract(text, published=published, title=title, source=source, url=url)
    assert expected in [(e.type, sides(e), e.status) for e in extraction.events]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "unexpected"), [
    # a next meeting "of" another body: not completed with those who met
    pytest.param("Iranian Foreign Minister Mohammad Javad Zarif met with his Turkish counterpart Mevlut Cavusoglu in "
                 "Tehran on Monday. Iran has been chosen to host the next meeting of the ECO Council of Heads of "
                 "Customs Administration.", ("AGREE", ("IRN", "TUR"), "planned"), id="next-meeting-of-a-body"),
])
def test_next_meeting_of_another_body(text, unexpected):
    assert unexpected not in events_with_sides(text)
