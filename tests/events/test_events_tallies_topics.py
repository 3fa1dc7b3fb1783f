"""events.v2 on counts, calls and topics in the state press (issue 13): occurrences summed up
("have met ten times", "more than 170 documents have been signed over the past 30 years") are
no one event (`accords.events.generic.cumulative`); a signing called for is not signed; what is
discussed is no side, as a passive subject too ("the possibility of electricity cooperation
with Turkey was discussed") and as a list of formats ("trilateral cooperation between
Iran-Azerbaijan-Russia, between Iran-Azerbaijan-Georgia"). Sentences from Tehran Times articles
(CC BY 4.0, Tehran Times / Mehr News; tehrantimes_region_dev; "dev gold" where the article is
in tests/gold/dev). Exact type, sides (actor and recipient countries) and status of every event
found."""

from __future__ import annotations

import pytest
from sides import events_with_sides as _events

pytestmark = pytest.mark.slow

_BAKU_ENVOY = ("TEHRAN – Buniyad Huseynov, the ambassador of Azerbaijan to Tehran, said on Sunday that his country "
               "strongly supports the Iran nuclear deal. ")
_TAJIK = "Iran and Tajikistan have close relations, the Tajik ambassador said. "

CASES = [
    # tehrantimes 418250: a count of meetings over four years
    ("met-ten-times",
     _BAKU_ENVOY + "He added the presidents of the two countries have met ten times since four years ago, when Hassan "
                   "Rouhani was elected as president for the first time.",
     [("SUPPORT", ("AZE", "IRN"), "occurred")]),
    # tt_472315 (dev gold): visits counted, documents counted over thirty years
    ("visited-13-times",
     _TAJIK + "According to the diplomat, the presidents of Iran have visited Tajikistan 13 times since the "
              "establishment of political relations between the two countries.",
     []),
    ("documents-signed-over-thirty-years",
     _TAJIK + "He noted that over the past 30 years, more than 170 important cooperation documents have been signed "
              "between Iran and the Republic of Tajikistan.",
     []),
    # must stay: documents counted in one signing
    ("eleven-memorandums-signed-once",
     _TAJIK + "On Monday the two sides signed 11 memorandums of understanding in Dushanbe.",
     [("SUPPORT", ("IRN", "TJK"), "occurred")]),
    # tt_433779 (dev gold): a signing called for is not signed
    ("called-for-signing",
     "TEHRAN- Azerbaijan’s Minister of Economic Development Shahin Mustafayev met Iran's economy minister on "
     "Tuesday. Dejpasand also called for signing a bilateral monetary and financial agreement and expansion of "
     "banking cooperation between Iran and Azerbaijan.",
     [("CONSULT", ("AZE", "IRN"), "occurred")]),
    # tt_433779 (dev gold): a country inside what was discussed (passive subject) is no side
    ("topic-as-passive-subject",
     "Iran and Azerbaijan are neighbours. The Iranian minister met his Azeri counterpart in Baku on Monday. The "
     "possibility of electricity cooperation with Turkey through Azerbaijan was discussed.",
     [("CONSULT", ("AZE", "IRN"), "occurred")]),
    # tt_434886 (dev gold): a list of trilateral formats talked about names no sides
    ("formats-listed-as-topic",
     "Iran and Azerbaijan are neighbours. Mustafayev, for his part, said, “In our today meeting we discussed "
     "trilateral cooperation between Iran-Azerbaijan-Russia, between Iran-Azerbaijan-Georgia, and between "
     "Iran-Azerbaijan-Turkey and we believe that there are many potentials in this due.”",
     [("CONSULT", ("AZE", "IRN"), "occurred")]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_tallies_and_topics(text, expected):
    assert _events(text) == expected
