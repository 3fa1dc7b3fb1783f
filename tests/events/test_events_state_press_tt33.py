"""events.v2: one occasion told again, and who is at a meeting, in the state press (twenty-third session, evtt33).

The fresh Tehran Times dev files of evtt32 showed one visit or meeting made into several events and
sides that are only places or speakers: "Referring to the visit of the Uzbekistan parliamentary
delegation to Mashhad" after "the recent visit by ... Ismoilov to Iran" is that visit
(`accords.events.referrals`, `accords.events.dedup`); the speaker of "Referring to Raisi's visit to
Moscow and meeting with President Putin, Erdogan expressed hope ..." met no one; "Raisi and Erdogan met
... during the former's visit to Turkmenistan" is a meeting of Iran and Turkey on third ground, and it is
not the phone call told before it; "the parties are preparing for a new round of talks in Astana,"
Abdrakhmanov said: Kazakhstan is where Russia, Turkey and Iran meet, no side
(`accords.events.formats.without_group_hosts`).

Tehran Times sentences (tehrantimes.com, news ids 469375, 484551, 421070; Tehran Times, CC BY 4.0,
https://creativecommons.org/licenses/by/4.0/, via ../shared/corpora/tehrantimes-region), some with the
names written in full; the must-still-fire cases were written for this test in the same constructions.
"""

from __future__ import annotations

import pytest
from sides import events_with_sides

pytestmark = pytest.mark.slow

_CALL = ("TEHRAN – Iranian President Ayatollah Seyed Ebrahim Raisi has received a phone call from his Turkish "
         "counterpart Recep Tayyip Erdogan. ")
_REFERRING = ("Referring to Ayatollah Raisi's visit to Moscow and meeting with President Putin, Erdogan expressed hope "
              "that the results and useful achievements of this visit will soon be felt in various regions, and "
              "stressed his country's cooperation with Iran for achieving regional security. ")
_ASTANA = ("TEHRAN – The next round of the Astana peace talks on the Syrian conflict is planned to be held later this "
           "month, Kazakh Foreign Minister Kairat Abdrakhmanov announced on Tuesday. ")

CASES = [
    # a meeting on a trip to a third country: those who met, not the host
    ("met-during-the-formers-visit",  # tt_469375, names in full
     "Iranian President Ebrahim Raisi and Turkish President Recep Tayyip Erdogan met in late November during the "
     "former’s visit to Turkmenistan.",
     "CONSULT", [("CONSULT", ("IRN", "TUR"), "occurred")]),
    # a call, then a meeting referred to by the caller, then the earlier meeting of the two
    ("call-referred-meeting-then-met",  # tt_469375
     _CALL + _REFERRING + "Raisi and Erdogan met in late November during the former’s visit to Turkmenistan.",
     "CONSULT", [("CONSULT", ("IRN", "TUR"), "occurred"), ("CONSULT", ("IRN", "RUS"), "occurred"),
                 ("CONSULT", ("IRN", "TUR"), "occurred")]),
    ("referring-speaker-meets-no-one",  # tt_469375
     _CALL + _REFERRING,
     "CONSULT", [("CONSULT", ("IRN", "TUR"), "occurred"), ("CONSULT", ("IRN", "RUS"), "occurred")]),
    # a visit referred to again is that visit (merged within two sentences before this session too)
    ("referred-visit-is-the-visit",  # tt_484551
     "Commenting on the recent visit by Uzbek Parliament Speaker Nurdinjon Ismoilov to Iran, Nouri said, “The level "
     "of cooperation between Iran and Uzbekistan is increasing.” He added, “The Uzbek parties are interested in "
     "using the 117-year experience of legislation in Iran.” Referring to the visit of the Uzbekistan parliamentary "
     "delegation to Mashhad, Nouri said, “In addition to visiting the shrine of Imam Reza, several production units "
     "were visited during this trip.”",
     "CONSULT", [("CONSULT", ("IRN", "UZB"), "occurred")]),
    # a city where others meet is no side
    ("talks-in-astana-of-three-others",  # tt_421070
     _ASTANA + "“According to information that we have received from the Astana process underwriter states, Russia, "
     "Turkey and Iran, the parties are preparing for a new round of talks in Astana in accordance with earlier "
     "reached agreements,” Abdrakhmanov said.",
     "CONSULT", [("CONSULT", ("IRN", "RUS", "TUR"), "occurred")]),
    # must still fire: the host's officials take part; a meeting on the trip to the partner; a visit set apart
    ("talks-in-astana-with-host",
     "The foreign ministers of Iran, Russia and Turkey held talks in Astana with Kazakh President Kassym-Jomart "
     "Tokayev.",
     "CONSULT", [("CONSULT", ("IRN", "KAZ", "RUS", "TUR"), "occurred")]),
    ("met-during-visit-to-partner",
     "Iranian President Ebrahim Raisi met Russian President Vladimir Putin during his visit to Moscow.",
     "CONSULT", [("CONSULT", ("IRN", "RUS"), "occurred")]),
    ("referred-previous-visit-stays",
     "Uzbek Parliament Speaker Nurdinjon Ismoilov arrived in Tehran on Friday for an official visit. Referring to "
     "the previous visit of the Uzbek delegation to Iran in 2019, Nouri said, “Several agreements were made.”",
     "CONSULT", [("CONSULT", ("IRN", "UZB"), "occurred"), ("CONSULT", ("IRN", "UZB"), "occurred")]),
]


@pytest.mark.parametrize(("text", "kind", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_state_press_occasions(text, kind, expected):
    assert [event for event in events_with_sides(text) if event[0] == kind] == expected
