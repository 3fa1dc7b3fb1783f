"""events.v2 on the register of Azerbaijani and Iranian state press (issue 13): calls and
meetings told again in the next sentence, and meetings that are only a possibility. Sentences
from Tehran Times articles nobody tuned on (CC BY 4.0, Tehran Times / Mehr News;
tehrantimes_region_dev, not in the gold set) and Azernews-style phrasing. Exact type, sides
(actor and recipient countries) and status of every event found."""

from __future__ import annotations

import pytest
from sides import events_with_sides as _events

pytestmark = pytest.mark.slow

CASES = [
    # a call told again: "During the phone call, the two sides ..." is the call already reported
    ("phone-call-then-during-the-phone-call",
     "Foreign Minister Mohammad Javad Zarif had a phone conversation with his Georgian counterpart David Zalkaliani "
     "late on Tuesday. During the phone call, the two sides conferred on the latest developments in bilateral "
     "relations, according to the Foreign Ministry website.",
     [("CONSULT", ("GEO", "IRN"), "occurred")]),
    ("phone-conversation-then-during-the-conversation",
     "President Ilham Aliyev held a phone conversation with President of Uzbekistan Shavkat Mirziyoyev. During the "
     "conversation, the heads of state discussed the development of bilateral relations.",
     [("CONSULT", ("AZE", "UZB"), "occurred")]),
    ("meeting-then-they-also-conferred",
     "In a Monday meeting in Tehran, the President of the National Railway Company of Kazakhstan Kanat Alpysbayev "
     "and General Director of Iranian Railways Saeed Mohammadzadeh discussed relations between the railways of "
     "Kazakhstan and Iran. They also conferred on providing Iran with Kazakh locomotives.",
     [("CONSULT", ("IRN", "KAZ"), "occurred")]),
    # must not merge: another call told later with other sides stays its own event
    ("second-call-with-another-country-stays",
     "President Ilham Aliyev held a phone conversation with President of Uzbekistan Shavkat Mirziyoyev. Later, "
     "Aliyev held a phone conversation with President of Kazakhstan Kassym-Jomart Tokayev.",
     [("CONSULT", ("AZE", "UZB"), "occurred"), ("CONSULT", ("AZE", "KAZ"), "occurred")]),
    # a possible meeting is no meeting held (hypothetical: not an event of the gold shape)
    ("possible-summit-under-discussion",
     "Kremlin spokesman Dmitry Peskov told reporters on Tuesday that discussions were ongoing about a possible "
     "summit on Syria between the leaders of Russia, Iran, and Turkey, Reuters reported.",
     [("CONSULT", ("IRN", "RUS", "TUR"), "hypothetical")]),
    ("asked-about-a-possible-meeting",
     "When asked about a possible meeting between Iranian President Seyyed Ebrahim Raisi and his Azeri counterpart, "
     "Ilham Aliyev, in Turkmenistan, Khatibzadeh did not rule out the possibility.",
     [("CONSULT", ("AZE", "IRN"), "hypothetical")]),
    # must still fire: an adjective that is no possibility
    ("upcoming-visit-is-planned",
     "Azerbaijani Foreign Minister Jeyhun Bayramov will pay a visit to Tajikistan next week.",
     [("AGREE", ("AZE", "TJK"), "planned")]),
    # the Azernews false events stay gone: a language, a domestic motion, a ranking
    ("languages-are-no-sides",
     "The portal supports English and Russian languages.", []),
    ("domestic-legal-motion",
     "The Armenian Prosecutor General's Office has filed a legal motion against Azerbaijan.", []),
    ("ranking-is-no-aid",
     "Azerbaijan maintained its position as the leader in the South Caucasus in patent activity.", []),
    # a European Commission president's meeting: the side is the EU
    ("commission-president-is-eu",
     "President Ilham Aliyev met with European Commission President Ursula von der Leyen in Brussels.",
     [("CONSULT", ("AZE", "EU"), "occurred")]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_state_press_register(text, expected):
    assert _events(text, "2025-07-10") == expected
