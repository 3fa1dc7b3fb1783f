"""events.v2 on plans the state press reports without a verb of agreeing (issue 13): what both
sides "will" do together (`accords.events.jointplans`), a pledge made with "vowed to", a
meeting announced as "upcoming" with its body named or one that "is to be held", and a
cooperative event of one state alone (no partner) that is no relation. Sentences from Tehran Times articles nobody tuned on
(CC BY 4.0, Tehran Times / Mehr News; tehrantimes_region_dev, not in the gold set unless
named). Exact type, sides (actor and recipient countries) and status of every event found."""

from __future__ import annotations

import pytest
from sides import events_with_sides as _events

pytestmark = pytest.mark.slow

_TAJIK = ("TEHRAN – Iranian President Hassan Rouhani sent a message to President Emomali Rahmon of Tajikistan on "
          "Friday and congratulated the Tajik people and government on the 25th anniversary of the country’s "
          "independence. ")
_BAKU = ("TEHRAN - Iran's Finance and Economic Affairs Minister Farhad Dejpasand said on Thursday that Iran and "
         "Azerbaijan should take necessary measures to expand their economic ties. ")

CASES = [
    # tehrantimes 406230: the two countries will expand cooperation: a joint plan
    ("two-countries-will-expand",
     _TAJIK + "Rouhani added that the two countries will expand cooperation in various areas given the cultural "
              "affinities between the two nations.",
     [("AGREE", ("IRN", "TJK"), "intended")]),
    # named sides coordinated as the subject (Azernews-style phrasing)
    ("named-sides-will-build",
     "Azerbaijan and Uzbekistan will build a joint textile plant in the Fergana region, the ministry said.",
     [("AGREE", ("AZE", "UZB"), "intended")]),
    # "will spare no efforts to boost": the purpose of an effort verb is the plan
    ("sides-will-spare-no-efforts",
     "Iran and Azerbaijan signed a memorandum on Friday. The two sides will spare no efforts to boost joint "
     "industrial projects, Fars news agency reported.",
     [("SUPPORT", ("AZE", "IRN"), "occurred"), ("AGREE", ("AZE", "IRN"), "intended")]),
    # tehrantimes 473696: a hope is no plan
    ("hope-that-the-two-countries-will",
     "TEHRAN – Leader of the Islamic Revolution of Iran Ayatollah Seyed Ali Khamenei met on Wednesday with Serdar "
     "Berdimuhamedow, the president of Turkmenistan. Raisi said, \"I hope that the two countries will take good "
     "steps to develop relations in the new era.\"",
     [("CONSULT", ("IRN", "TKM"), "occurred")]),
    # relations as the subject: a forecast about the relation, no plan of the sides
    ("relations-will-expand",
     _TAJIK + "Relations between the two countries will expand in the coming years.",
     []),
    # not cooperative action
    ("two-countries-will-benefit",
     _TAJIK + "He said the two countries will benefit from the new road.",
     []),
    # tt_442663 (dev gold): "vowed to do their best to deepen" is a pledge; the visitor in its
    # subject ("visiting ... Mustafayev") is a visit of its own, not inside what is pledged
    ("vowed-to-deepen",
     "TEHRAN - Mohammad Hossein Baqeri, chief of staff of the Iranian Armed Forces, and visiting Azeri Deputy Prime "
     "Minister Shahin Mustafayev on Wednesday vowed to do their best to deepen Tehran-Baku relations, especially in "
     "defense and security fields.",
     [("CONSULT", ("AZE", "IRN"), "occurred"), ("AGREE", ("AZE", "IRN"), "intended")]),
    # tehrantimes 411922: vowing to retaliate is no promise of cooperation
    ("vowed-to-retaliate",
     "Turkish President Recep Tayyip Erdogan vowed to retaliate against the Netherlands.",
     []),
    # tt_438294 (dev gold): an upcoming meeting of a named body is a planned meeting
    ("upcoming-committee-meeting",
     "TEHRAN – Iranian Transport and Urban Development Minister Mohammad Eslami held talks with his Azeri "
     "counterpart Ramin Guluzade in Tehran on Wednesday. Referring to the upcoming Iran-Azerbaijan Joint "
     "Transportation Cooperation Committee meeting in Tehran, he noted, \"This event is a good opportunity.\"",
     [("CONSULT", ("AZE", "IRN"), "occurred"), ("AGREE", ("AZE", "IRN"), "planned")]),
    # tehrantimes 75438 (second sentence): a session that "is to be held" is scheduled, a planned meeting
    ("session-is-to-be-held",
     "Mohammad-Reza Khatami met Kyrgyz Foreign Minister Askar Aitmatov in Tehran on Monday. The fifth session of "
     "the Iran-Kyrgyzstan Joint Economic Commission is to be held shortly in Bishkek, the newspaper said.",
     [("CONSULT", ("IRN", "KGZ"), "occurred"), ("AGREE", ("IRN", "KGZ"), "planned")]),
    # tehrantimes 457197: "the upcoming visit" told again is the visit already reported
    ("upcoming-visit-told-again",
     "Russian Foreign Ministry spokesperson Maria Zakharova said on Friday that the Iranian foreign minister will pay "
     "a visit to Moscow on January 26 to hold talks with his Russian counterpart Sergey Lavrov. The upcoming visit "
     "will take place ahead of major JCPOA developments.",
     [("AGREE", ("IRN", "RUS"), "planned")]),
    # tehrantimes 431518: one state alone offers no one anything (an article, not a record)
    ("one-state-offers-travellers",
     "Experts say each eco-lodge unit generates jobs for seven to eight people on the average so that the scheme "
     "could create 160,000 jobs. Iran’s Cultural Heritage, Handicrafts and Tourism Organization said in 2018 that "
     "2,000 eco-lodges will be constructed across the country until 2021. Having a very diverse natural setting, "
     "Iran offers varied excursions to nature lovers. Sightseers may live with a nomad or rural family or enjoy an "
     "independent stay.",
     []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_joint_plans(text, expected):
    assert _events(text) == expected
