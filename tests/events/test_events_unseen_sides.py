"""events.v2 on sentences of a second sample of Tehran Times articles nobody tuned on (CC BY 4.0,
Tehran Times / Mehr News; tehrantimes_region_dev, news_id 403405-480786, not in the gold set):
venues and partners as sides, habits and wishes, trips and their purposes, reported futures,
receptions and retellings. Exact type, sides (actor ∪ recipient countries) and status."""

from __future__ import annotations

import pytest
from sides import events_with_sides as _events

pytestmark = pytest.mark.slow


CASES = [
    # the venue of a meeting between two named sides is no side (414810, 476767)
    ("met-in-astana-kazakhstan-venue",
     "TEHRAN – Iran’s deputy foreign minister Hossein Jaberi Ansari and the UN Special Envoy Staffan de Mistura met "
     "on Tuesday in Astana, Kazakhstan.",
     [("CONSULT", ("IRN", "UN"), "occurred")]),
    # an international organisation can be the article's other side (476767)
    ("signed-to-join-sco-igo-is-the-partner",
     "TEHRAN - On Wednesday night, Iran signed a memorandum of commitments in the path to fully join the Shanghai "
     "Cooperation Organization (SCO). The SCO secretary general praised Iran’s steps to join the bloc.",
     [("SUPPORT", ("IRN", "SCO"), "occurred")]),
    # a partner named in the clause, not the article's main pair (411581)
    ("ready-to-fulfil-needs-of-pakistan",
     "Iranian President Hassan Rouhani met Turkish President Recep Tayyip Erdogan in Islamabad. Iran and Turkey are "
     "neighbours. Rouhani said that Iran was ready to fulfill the energy needs of Pakistan.",
     [("CONSULT", ("IRN", "TUR"), "occurred"), ("AGREE", ("IRN", "PAK"), "intended")]),
    # the object's own clause names a topic, not a side (480786)
    ("welcomed-initiative-to-establish-peace-in-ukraine",
     "Iran and Russia are partners. Putin, for his part, welcomed Iran's initiative to establish peace in Ukraine.",
     [("SUPPORT", ("IRN", "RUS"), "occurred")]),
    # habits and wishes: no meeting held (445713, 469475)
    ("hold-regular-summits-is-a-habit",
     "Iran and Turkey are neighbours. The presidents of Iran, Russia, and Turkey hold regular summits on Syria.",
     []),
    ("need-for-more-consultations-is-a-wish",
     "Iran and Azerbaijan are neighbours. He then stressed the need for more consultations between the two countries "
     "in order to prevent misunderstandings.",
     []),
    # times: an upcoming visit, the future of reported speech, the purpose of a trip (472918, 434886, 418068)
    ("upcoming-visit-is-planned",
     "TEHRAN — Uzbekistan’s Deputy Foreign Minister Furkat Sidikov held talks with Iranian deputy foreign minister "
     "Mehdi Safari on Sunday evening. Sidikov also touched on the upcoming visit by the Iranian president to "
     "Uzbekistan for participation in the Shanghai Cooperation Organization summit and his official meeting with the "
     "Uzbek president, saying the visit will mark a historical event in the relations of the two countries.",
     # the summit the trip is for: AGREE of the member and the body (docs/gold-format.md; tt_472918's gold)
     [("CONSULT", ("IRN", "UZB"), "occurred"), ("AGREE", ("IRN", "UZB"), "planned"), ("AGREE", ("IRN", "SCO"), "planned")]),
    ("said-next-meeting-would-be-held-is-planned",
     "Iran and Azerbaijan are neighbours. Ardakanian said that the next meeting of Iran-Azerbaijan Joint Economic "
     "Committee would be held in Azerbaijani capital city, Baku, in the near future.",
     [("AGREE", ("AZE", "IRN"), "planned")]),
    ("flew-to-attend-meeting-is-the-trip",
     "Iran and Turkey are neighbours. The Iranian foreign minister flew directly from Turkey to Turkmenistan to attend "
     "a ministerial meeting of the Caspian Sea littoral states.",
     [("CONSULT", ("AZE", "IRN", "KAZ", "RUS", "TKM"), "occurred")]),
    # a reception is the visit, not support; a stance is no demand; an idiom is no project (441587, 474170, 445713)
    ("welcomed-by-deputy-prime-minister-is-the-visit",
     "TEHRAN – Iranian First Vice President Es’haq Jahangiri visited Tashkent on Friday. Jahangiri arrived at the "
     "airport where he was welcomed by Uzbek Deputy Prime Minister Aziz Abdolhakimov.",
     [("CONSULT", ("IRN", "UZB"), "occurred")]),
    ("insisted-on-neighbourhood-policy-is-no-demand",
     "Iran and Turkey are neighbours. For his part, President Erdogan insisted on his government's neighborhood "
     "policy.",
     []),
    ("in-line-with-is-no-project-line",
     "Iran and Turkey are neighbours. In line with their security cooperation, Iran, Turkey and Russia launched the "
     "Astana peace talks on the Syrian crisis.",
     []),
    # a visit to one's own border areas is domestic (453263)
    ("visit-to-own-border-territories-is-domestic",
     "Iran and Armenia are neighbours. TEHRAN – A senior Iranian lawmaker paid a visit to Iranian border territories "
     "near the conflict zone of Nagorno-Karabakh.",
     []),
    # the meeting just told, told again with fewer sides found (439296)
    ("the-meeting-was-held-retells-the-meeting",
     "TEHRAN – In a meeting on Thursday, transport ministries of Iran, Russia and Azerbaijan agreed to form a working "
     "group in order to activate the International North–South Transport Corridor (INSTC). The meeting was held in "
     "Russia’s Sochi port, attended by Iranian Transport and Urban Development Minister Mohammad Eslami, Russia’s "
     "Minister of Transport Yevgeny Dietrich, and Transport Minister of Azerbaijan Ramin Gholizadeh.",
     [("CONSULT", ("AZE", "IRN", "RUS"), "occurred"), ("AGREE", ("AZE", "IRN", "RUS"), "occurred")]),
]


@pytest.mark.parametrize("text, expected", [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_events_v1_on_unseen_sentences(text, expected):
    assert _events(text) == expected
