"""events.v2 on the regional government press (evtt24): a decision two sides took together is an
AGREE of the two (`accords.events.joint.joint_decision`); a trip to "the Republic of Azerbaijan and
Turkmenistan" is one visit to each (`accords.events.separately.to_several_places`); plural meetings
named as a recurring practice ("the regular political talks") report no meeting
(`accords.events.generic.tally`); verbs of praise (CAMEO 051: laud, acclaim, extol, salute, appreciate; not of courtesy)
back the side they name (`accords.events.cameo`, `accords.events.triggers.ENDORSING_VERBS`); a bare infinitive coordinated with a future or intended verb
shares its status ("will visit Baku and sign", `accords.events.status`). Sentences from Tehran
Times (CC BY 4.0, Tehran Times; tehrantimes_region_dev) or written for this test in that register.
Exact type, sides (actor and recipient countries) and status of every event found."""

from __future__ import annotations

import pytest
from sides import events_with_sides as _events

pytestmark = pytest.mark.slow

CASES = [
    # tehrantimes_region_dev 417344 (tests/gold/dev/tt_417344.json)
    ("pair-decided",
     "Iran and Turkey have decided to use their national currencies in their economic transactions particularly "
     "in energy trades.",
     [("AGREE", ("IRN", "TUR"), "occurred")]),
    # written for this test
    ("two-sides-decided",
     "Iranian officials met their Uzbek counterparts in Tashkent on Monday. The two sides decided to use "
     "their national currencies in trade.",
     [("CONSULT", ("IRN", "UZB"), "occurred"), ("AGREE", ("IRN", "UZB"), "occurred")]),
    # must stay: one side's decision is no agreement with the other
    ("one-side-decided", "Iran decided to use its national currency in trade with Turkey.", []),
    ("pair-not-decided", "Iran and Turkey have not decided to use their national currencies.", []),
    # tehrantimes_region_dev 422267 (tests/gold/dev/tt_422267.json)
    ("trips-to-republic-and",
     "TEHRAN – In late March President Hassan Rouhani made trips to the Republic of Azerbaijan and Turkmenistan.",
     [("CONSULT", ("AZE", "IRN"), "occurred"), ("CONSULT", ("IRN", "TKM"), "occurred")]),
    # tehrantimes_region_dev 471054 (tests/gold/dev/tt_471054.json)
    ("regular-talks-appreciated",
     "I appreciate the regular political talks between the Republic of Azerbaijan and Iran and our cooperation "
     "in a number of areas.",
     []),
    # must stay: a recurring meeting reported as held
    ("regular-consultations-held",
     "Iran and Armenia held their regular political consultations in Yerevan on Monday.",
     [("CONSULT", ("ARM", "IRN"), "occurred")]),
    # must stay: a recurring practice appreciated is no meeting, the appreciation is praise
    ("regular-talks-appreciated-by-name",
     "Azerbaijani President Ilham Aliyev appreciated the regular political talks between Azerbaijan and Iran.",
     []),
    # CAMEO 051 praise verbs (lauded, appreciated, saluted): SUPPORT when what is praised names
    # another side; written for this test in the register of tehrantimes_region_dev 450718 and 469915
    ("lauded-efforts",
     "Turkish President Recep Tayyip Erdogan lauded the successful efforts of the Iranian government in the fight "
     "against COVID-19.",
     [("SUPPORT", ("IRN", "TUR"), "occurred")]),
    ("appreciated-position",
     "Armenian Foreign Minister Ararat Mirzoyan highly appreciated Iran's position on territorial integrity.",
     [("SUPPORT", ("ARM", "IRN"), "occurred")]),
    ("saluted-people",
     "Uzbek President Shavkat Mirziyoyev saluted the Turkmen people on their national day.",
     [("SUPPORT", ("TKM", "UZB"), "occurred")]),
    # must stay: courtesy, thanks (readouts thank hosts as a matter of form) and praise of no other side
    ("appreciated-hospitality", "The Iranian minister appreciated the hospitality of the hosts.", []),
    ("appreciated-opportunity",
     "Armenian Foreign Minister Ararat Mirzoyan appreciated the opportunity to meet the Iranian minister.", []),
    ("thanked-for-assistance", "Kazakh President Kassym-Jomart Tokayev thanked Azerbaijan for its assistance.", []),
    ("thanked-journalists", "The Turkish minister thanked the journalists for attending.", []),
    # written for this test: a signing in a future clause is planned, not done
    ("will-visit-and-sign",
     "The Iranian president will visit Baku next week and sign five agreements with Azerbaijan.",
     [("AGREE", ("AZE", "IRN"), "planned")]),
    ("could-meet-and-sign",
     "Iran and Turkey could meet in Ankara and sign a trade deal.",
     [("CONSULT", ("IRN", "TUR"), "hypothetical"), ("SUPPORT", ("IRN", "TUR"), "hypothetical")]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_decisions_trips_recurring(text, expected):
    assert _events(text) == expected
