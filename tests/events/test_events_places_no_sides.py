"""events.v2: a place that only says where a side sits is no side (twenty-first session, prec27).

The audit of 280 events of 100 unannotated Tehran Times texts found host cities taken as sides:
"the embassy of Iran *in Baku* has denied reports" gave Azerbaijan a denial; "the guarantor states of
the *Astana* peace process" gave Kazakhstan a commitment; "the *London*-based Syrian Observatory"
gave the United Kingdom an air strike. Where a mission sits is its posting
(`accords.events.postings`); a city that names a process or a seat is no side
(`accords.events.venues.names_a_seat`).

Tehran Times sentences (tehrantimes.com, news ids 460764, 453053, 428269, 473054, 411941, 445720;
Tehran Times, CC BY 4.0, https://creativecommons.org/licenses/by/4.0/, via
../shared/corpora/tehrantimes-region); the must-still-fire cases were written for this test in the
same constructions.
"""

from __future__ import annotations

import pytest
from sides import events_with_sides

pytestmark = pytest.mark.slow

CASES = [
    # a mission's own act: where it sits is its posting, no side
    ("embassy-of-state-in-city-denies",  # tt_460764
     "TEHRAN - The embassy of the Islamic Republic of Iran in Baku has denied reports claiming the movement of "
     "Iranian trucks carrying goods in Karabakh.",
     [("REJECT", ("IRN",), "occurred")]),
    ("embassy-in-country-denies",  # tt_453053
     "The Iranian embassy in Azerbaijan also denied the transfer reports.",
     [("REJECT", ("IRN",), "occurred")]),
    ("consulate-in-city-denies",  # tt_428269
     "However, a source in at Saudi Arabia’s consulate in Istanbul denied the Reuters report about the murder of "
     "Khashoggi at the diplomatic post.",
     [("REJECT", ("SAU",), "occurred")]),
    # a city that names a seat or a process
    ("based-body-is-no-city",  # tt_473054
     "TEHRAN – Iranian Ambassador to China Mohammad Keshavarzzadeh has sent a letter to the Shanghai Cooperation "
     "Organization urging the Beijing-based body to condemn the assassination of Iranian military officer Sayad "
     "Khodaei.",
     [("REQUEST", ("IRN",), "occurred")]),
    ("process-named-for-a-city",  # tt_411941
     "The United Nations Security Council has praised the peacemaking potential of the “Astana process”, "
     "Abdrakhmanov said in his address of the lower house of parliament.",
     []),
    ("based-monitor-is-no-side",  # tt_445720
     "Since Thursday, at least 74 soldiers of the Syrian army and popular forces supporting Damascus have been "
     "killed by the Turkish airstrikes, the London-based Syrian Observatory for Human Rights (SOHR) reported on "
     "Saturday.",
     [("ASSAULT", ("SYR", "TUR"), "occurred")]),
    # must still fire: an envoy posted in a city meets the host; a named host country stays a side
    ("ambassador-in-city-meets-host",
     "Iran's ambassador in Baku met with the Azeri deputy foreign minister on Monday.",
     [("CONSULT", ("AZE", "IRN"), "occurred")]),
    ("embassy-in-city-hosts-host-officials",
     "The Iranian embassy in Baku hosted a reception attended by Azerbaijani officials.",
     [("CONSULT", ("AZE", "IRN"), "occurred")]),
]


@pytest.mark.parametrize(("text", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_places_that_are_no_sides(text, expected):
    assert events_with_sides(text) == expected
