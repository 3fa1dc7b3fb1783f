"""events.v2 on the state-press register (issue #13, fourteenth session): the last country of a
list the parser breaks off at a serial comma, meetings taken part in, stresses on relations that
back no one, questions about what will be agreed, and cooperation founded. Sentences from Tehran
Times articles not in the gold set (CC BY 4.0, Tehran Times / Mehr News; tehrantimes_region_dev),
whole or with the article's sentence before them, or written for the test in that register.
Exact type, sides (actor and recipient countries) and status of every event found."""

from __future__ import annotations

import pytest
from sides import events_with_sides as _events

pytestmark = pytest.mark.slow

CASES = [
    # "Diplomats from Iran, Syria, Turkey, and Russia": the parser makes "Russia" a second subject
    # of the verb, hung on ", and"; it is a side all the same
    ("serial-comma-list-held-meeting",  # tt_483355
     "Diplomats from Iran, Syria, Turkey, and Russia held a joint meeting in Moscow on Tuesday to discuss the "
     "situation in Syria.",
     [("CONSULT", ("IRN", "RUS", "SYR", "TUR"), "occurred")]),
    ("serial-comma-list-will-meet",  # written for this test, in the register above
     "Senior officials from Iran, Turkey, Russia, and Syria will meet in Astana next week.",
     [("AGREE", ("IRN", "RUS", "SYR", "TUR"), "planned")]),
    # must still fire: a list "of" countries the parser keeps whole
    ("serial-comma-list-of-ministers",  # tt_480970
     "Recently, the defense ministers of Syria, Turkey, and Russia held a joint meeting in Moscow.",
     [("CONSULT", ("RUS", "SYR", "TUR"), "occurred")]),
    # a meeting taken part in ("participated in", "took part in") is held
    ("took-part-in-joint-conference",  # tt_137043
     "Ali-Naqi Khamoushi, heading an Iranian Chamber of Commerce, Industries and Mines' delegation, and Iran's "
     "Charge d'Affaires in Turkey Gholam-Reza Baqeri Moqaddam as well as a group of Iranian businessmen took part "
     "in the Fifth Joint Economic Conference in Istanbul.",
     [("CONSULT", ("IRN", "TUR"), "occurred")]),
    ("arrived-to-take-part-in-trilateral-summit",  # written for this test, in the register above
     "Aliyev arrived in Tehran on Wednesday to take part in the trilateral summit of Iran, Russia and Azerbaijan.",
     [("CONSULT", ("AZE", "IRN", "RUS"), "occurred")]),
    ("participated-in-trilateral-summit",  # written for this test, in the register above
     "The Azerbaijani president participated in the trilateral summit of Iran, Russia and Azerbaijan in Tehran on "
     "Wednesday.",
     [("CONSULT", ("AZE", "IRN", "RUS"), "occurred")]),
    # an invitation to take part in a meeting is the invitation alone
    ("invited-to-participate-in-meeting",  # written for this test, in the register above
     "Armenian Prime Minister Nikol Pashinyan has invited the Iranian president to participate in the Supreme "
     "Eurasian Economic Council meeting in Yerevan.",
     [("AGREE", ("ARM", "IRN"), "occurred")]),
    # stressing relations is a courtesy of the talks, no backing; stressing support backs; "issues
    # of mutual interest" are a topic, no one's interest in acting
    ("emphasized-historical-relations",  # tt_483355, with a sentence written for the test before it
     "Iranian diplomat Ali-Asghar Khaji met Turkish Deputy Foreign Minister Burak Akçapar in Moscow on Tuesday. "
     "In the meeting, Khaji and Akçapar emphasized the historical relations between Iran and Turkey and discussed "
     "issues of mutual interest including bilateral ties and regional developments.",
     [("CONSULT", ("IRN", "TUR"), "occurred")]),
    ("stressed-support-for-integrity",  # written for this test, in the register above
     "Iran's ambassador stressed Tehran's support for Georgia's territorial integrity.",
     [("SUPPORT", ("GEO", "IRN"), "occurred")]),
    # what the sides "will agree on" is a question, no agreement (hypothetical: not in the gold shape)
    ("what-they-would-agree-on",  # written for this test, in the register above
     "The Turkish foreign minister said it was too early to say what Turkey and Syria would agree on in Moscow.",
     [("AGREE", ("SYR", "TUR"), "hypothetical")]),
    # cooperation founded is cooperation carried out
    ("established-cooperation",  # written for this test, in the register above
     "Iran and Uzbekistan established cooperation in the field of biotechnology last year.",
     [("COOPERATE", ("IRN", "UZB"), "occurred")]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_state_press_lists(text: str, expected: list) -> None:
    assert _events(text, source="Tehran Times") == expected
