"""events.v2 dedup: a meeting or signing told again in other words is one event (`continues`).

Passages are from Tehran Times articles nobody tuned on (CC BY 4.0, Tehran Times / Mehr News;
tehrantimes_region_dev, news_id >= 400000, not in the gold set), cut to a few sentences. Each
case gives the CONSULT / SUPPORT events as (type, sides, number of evidence sentences).
"""

from __future__ import annotations

import pytest

import accords
from accords.events.dedup import Located, continues
from accords.model import Event

STAGES = ["segment.v2", "entities.v2", "times.v2", "quantities.v1", "events.v2"]


def _meetings(text: str):
    extraction = accords.extract(text, stages=STAGES)
    return [
        (e.type, tuple(sorted(set(e.actor_countries) | set(e.recipient_countries))), len(e.evidence))
        for e in extraction.events
        if e.type in ("CONSULT", "SUPPORT")
    ]


CASES = [
    # merge: a definite reference back to the meeting just told (422037)
    ("on-the-sidelines-of-the-meeting",
     "TEHRAN- The 12th meeting of Iran-Azerbaijan Joint Economic Committee was held on Tuesday morning at the place "
     "of Iranian Ministry of Finance and Economic Affairs in Tehran, Shada news agency reported. Karbasian, who made "
     "the remarks on the sidelines of the meeting, added that some fruitful talks have also been held on common "
     "banking ties.",
     [("CONSULT", ("AZE", "IRN"), 2)]),
    # merge: the same two ministers, their meeting told again (415608)
    ("same-ministers-during-a-meeting",
     "TEHRAN – Iranian Foreign Minister Mohammad Javad Zarif and Mevlut Cavusoglu, his Turkish counterpart, met in "
     "Istanbul on Tuesday and discussed bilateral ties. During a meeting with the Turkish foreign minister, Zarif said "
     "Tehran attaches great importance to the OIC emergency meeting.",
     [("CONSULT", ("IRN", "TUR"), 2)]),
    # merge: "during the meeting, the two sides also discussed" (431099)
    ("during-the-meeting-the-two-sides",
     "TEHRAN – Iranian Parliament Speaker Ali Larijani, in a Tuesday meeting with Speaker of the National Assembly "
     "of Azerbaijan Republic Ogtay Asadov in Tehran, described ties between the two countries as friendly. "
     "During the meeting, the two sides also discussed ways to facilitate border interactions and accelerate the "
     "implementation of mutual agreements.",
     [("CONSULT", ("AZE", "IRN"), 2)]),
    # merge: the same two people, their meeting told again (417955)
    ("same-people-their-meeting",
     "TEHRAN- Iranian Finance and Economic Affairs Minister Masoud Karbasian and Azerbaijani Economy Minister Shahin "
     "Mustafayev discussed the ways to boost economic cooperation between the two countries in different sectors. "
     "In a joint press conference after their meeting in Baku on October 26, Karbasian said: “Fields of cooperation "
     "between Iran and Azerbaijan have fortunately increased and we discussed different areas of mutual cooperation "
     "including joint investment, auto manufacturing, pharmaceutical production, agricultural machinery, and bus "
     "assembly in today’s meeting.” Shada reported.",
     [("CONSULT", ("AZE", "IRN"), 2)]),
    # must not merge: "also held talks" with another official is another meeting (419170)
    ("also-held-talks-is-another-meeting",
     "TEHRAN – Iranian Interior Minister Abdolreza Rahmani Fazli and Suleyman Soylu, the Turkish interior minister, "
     "met in Tehran on Saturday to discuss border security, including issues related to smuggling and terrorism. "
     "Iranian Deputy Interior Minister Hossein Zolfaqari also held talks with Soylu.",
     [("CONSULT", ("IRN", "TUR"), 1), ("CONSULT", ("IRN", "TUR"), 1)]),
    # must not merge: a meeting with someone the first report did not name (418784)
    ("meeting-with-another-person",
     "Meanwhile, Iranian ambassador to Moscow Mehdi Sanaei has emphasized the effectiveness of talks between "
     "President Hassan Rouhani and his Russian counterpart Vladimir Putin in the past four years. “During the past "
     "four years, Rouhani and Putin have held 12 meetings,” Sanaie said in a meeting with Leader of the Russian "
     "Liberal Democratic Party Vladimir Zhirinovsky.",
     [("CONSULT", ("IRN", "RUS"), 1), ("CONSULT", ("IRN", "RUS"), 1)]),
    # merge: an undated visit of the same countries, naming no one new, is the meeting told (440971)
    ("undated-visit-told-again",
     "TEHRAN – Iranian Finance and Economic Affairs Minister Farhad Dejpasand and Azeri Minister of Labor and Social "
     "Protection of the Population Sahil Babayev met on Tuesday to discuss ways of boosting trade ties, Shada reported. "
     "The Azeri minister for his part expressed satisfaction with his visit to Iran, and referred to the common "
     "religion, language and history with Iran.",
     [("CONSULT", ("AZE", "IRN"), 2)]),
    # merge: "the ministers held a meeting" after the ceremony is the meeting told (written in the register)
    ("the-ministers-held-a-meeting",
     "TEHRAN – Iran's Defense Minister Amir Hatami met on Monday with his Turkish counterpart Hulusi Akar in Ankara. "
     "Following the ceremony, the ministers held a meeting in which regional security issues were discussed.",
     [("CONSULT", ("IRN", "TUR"), 2)]),
    # must not merge: an indefinite meeting with a counterpart of its own (written in the register)
    ("a-meeting-with-its-own-counterpart",
     "TEHRAN – Iran's Foreign Minister Hossein Amir Abdollahian met with Turkmen President Serdar Berdimuhamedow in "
     "Ashgabat on Monday. The Iranian deputy foreign minister held a meeting with the Turkmen foreign minister.",
     [("CONSULT", ("IRN", "TKM"), 1), ("CONSULT", ("IRN", "TKM"), 1)]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_meeting_told_again(text, expected):
    assert _meetings(text) == expected


def _located(sentence: int, text: str, people=(), **fields) -> Located:
    event = Event(id=f"e{sentence}", type=fields.pop("type", "CONSULT"), evidence=(),
                  actor_countries=("IRN",), recipient_countries=("UZB",), **fields)
    return Located(event, sentence, people=frozenset(people), text=text)


SAFARI = ("p1", "IRN")
MURADOV = ("p2", "UZB")
KHUDAYBERDIEV = ("p3", "UZB")
FIRST = _located(0, "Safari met Muradov in Tashkent.", (SAFARI, MURADOV))
RULE_CASES = [
    ("anaphoric-in-the-talks", _located(3, "In the talks, the two sides reviewed transit.", ()), True),
    ("same-people", _located(3, "Safari and Muradov discussed rail links.", (SAFARI, MURADOV)), True),
    ("other-counterpart-same-country",
     _located(3, "During his meeting with Khudayberdiev, Safari discussed trade.", (SAFARI, KHUDAYBERDIEV)), False),
    ("other-counterpart-despite-anaphor",
     _located(3, "During the meeting, Khudayberdiev spoke of trade.", (KHUDAYBERDIEV,)), False),
    ("separately", _located(3, "Safari separately met Muradov.", (SAFARI, MURADOV)), False),
    ("also-met", _located(3, "Safari also met Muradov.", (SAFARI, MURADOV)), False),
    ("another-meeting", _located(3, "In another meeting, Safari and Muradov discussed trade.", (SAFARI, MURADOV)), False),
    ("ordinal-session", _located(3, "At the second session, Safari and Muradov talked.", (SAFARI, MURADOV)), False),
    ("different-date", _located(3, "Safari and Muradov discussed trade.", (SAFARI, MURADOV), date="2019-05-02"), False),
    # an undated meeting of the same countries naming no one new, no place and no counterpart: the one told
    ("no-people-no-anaphor", _located(3, "The two countries discussed trade.", ()), True),
    ("no-people-a-meeting-with-its-own-counterpart",
     _located(3, "The two countries held a meeting with the bank's board.", ()), False),
    ("no-people-met-again", _located(3, "The two countries met again.", ()), False),
    ("no-people-other-place", _located(3, "The two countries met in Samarkand.", (), location="Samarkand"), False),
    ("other-type", _located(3, "In the talks, the two sides reviewed transit.", (), type="AGREE"), False),
    # one more person at the meeting told, even of a country whose person was named (written for this test)
    ("another-person-attended-the-meeting",
     _located(3, "Deputy Minister Khudayberdiev also attended the meeting.", (KHUDAYBERDIEV,)), True),
    ("another-person-took-part-in-the-talks",
     _located(3, "Khudayberdiev took part in the talks.", (KHUDAYBERDIEV,)), True),
    ("attended-a-named-other-meeting",
     _located(3, "Khudayberdiev attended the meeting of the council.", (KHUDAYBERDIEV,)), False),
    ("attended-another-meeting",
     _located(3, "Khudayberdiev attended another meeting.", (KHUDAYBERDIEV,)), False),
]


@pytest.mark.parametrize(("later", "expected"), [case[1:] for case in RULE_CASES], ids=[case[0] for case in RULE_CASES])
def test_continues(later, expected):
    first = FIRST if later.event.date is None else Located(
        FIRST.event.__class__(**{**FIRST.event.__dict__, "date": "2019-05-01"}), 0, people=FIRST.people, text=FIRST.text)
    assert continues(first, later) is expected
