"""events.v2 on sentences of Tehran Times articles nobody tuned on (CC BY 4.0, Tehran Times /
Mehr News; tehrantimes_region_dev, news_id >= 400000, not in the gold set): habits, named
references, tallies of meetings, proposals, conditions, topics of a discussion. Exact type, sides (actor ∪ recipient
countries) and status."""

from __future__ import annotations

import pytest
from sides import events_with_sides as _events

pytestmark = pytest.mark.slow


CASES = [
    # habits and descriptions: no one occurrence
    ("relative-clause-meets-in-regular-sessions",
     "Iran and Tajikistan are members of ECO. It comprises the ministers of foreign affairs of the member states who "
     "meet in regular, informal and extraordinary sessions.",
     []),
    ("simple-present-holds-annual-conferences",
     "Iran and Tajikistan are neighbours. The diplomat also said the SCO holds annual conferences.",
     []),
    ("relative-clause-which-aims",
     "Iran and Turkey are members. We will continue in an effective manner activity of the ECO which aims at "
     "increasing cooperation and well-being in our region.",
     []),
    # named references: a document by what was done to it
    ("charter-signed-in-2002-is-a-reference",
     "Iran and Tajikistan are neighbours. Under the charter signed in 2002, the member nations cooperate on security "
     "and military issues.",
     []),
    ("agreement-aimed-at-is-a-description",
     "Iran and Azerbaijan are neighbours. He called for the establishment of a preferential trade agreement between "
     "the two countries aimed at increasing the volume of trade exchanges.",
     []),
    ("opening-purpose-participle",
     "Aiming for the sustainable economic development of its member states and the region as a whole, ECO was "
     "established in 1985 by Iran, Pakistan, and Turkey.",
     []),
    # tallies of meetings
    ("twelve-meetings-are-a-tally",
     "Iran and Azerbaijan are neighbours. Speaking in the event, Mustafayev mentioned the 12 meetings between the two "
     "countries’ presidents during the past five years.",
     []),
    ("multiple-rounds-hosted-are-a-tally",
     "Iran and Syria are allies. Kazakhstan has hosted multiple rounds of talks on Syria since January 2017.",
     []),
    ("first-three-rounds-are-a-tally",
     "Iran and Syria are allies. The first three rounds of the talks were held on January 23-24, February 15-16 and "
     "March 14-15.",
     []),
    ("a-numbered-single-meeting-stays",
     "Previous to the business forum, the 13th Iran-Azerbaijan Joint Economic Committee meeting was also held in Baku "
     "on Wednesday.",
     [("CONSULT", ("AZE", "IRN"), "occurred")]),
    # proposals, conditions, gerunds after a future verb
    ("suggested-that-hold-talks-is-a-proposal",
     "Iran and Turkmenistan are neighbours. He further suggested that the heads of the two countries' railways hold "
     "talks on issues related to Sarakhs and Incheh Boroun terminals.",
     [("AGREE", ("IRN", "TKM"), "intended")]),
    ("as-soon-as-reached-is-a-condition",
     "Iran, Russia and Turkey are guarantors. As soon as an agreement between Russia and Turkey is reached, the date "
     "of the summit will be announced to the public.",
     [("AGREE", ("RUS", "TUR"), "hypothetical")]),
    ("will-lead-to-signing-is-planned",
     "Iran and Turkey are neighbours. Zeybekçi expressed hope that it will lead to signing a free trade agreement "
     "between the two countries.",
     [("AGREE", ("IRN", "TUR"), "planned")]),
    # a government's own body meeting: no second side
    ("cabinet-meeting-is-domestic",
     "Iran and Tajikistan are neighbours. TEHRAN — Speaking at a cabinet meeting on Sunday, President Ebrahim Raisi "
     "said Iran’s foreign policy is centered on comprehensive relations with neighbors and regional countries.",
     []),
    # the topic of a discussion is no side; the undated discussion tells what the visit was about (one event)
    ("discussed-developments-surrounding-syria",
     "Iran and Syria are allies. Amir Abdollahian visited Damascus. The two top diplomats also discussed developments "
     "surrounding Syria within the Astana process.",
     [("CONSULT", ("IRN", "SYR"), "occurred")]),
    ("discussed-afghanistan-with-counterparts",
     "TEHRAN – Iranian Foreign Minister Mohammad Javad Zarif has discussed the political crisis in Afghanistan and the "
     "latest developments in the country with his Turkish, Russian and Qatari counterparts.",
     [("CONSULT", ("IRN", "QAT", "RUS", "TUR"), "occurred")]),
    ("welcomes-participation-in-talks-on-syrian-crisis",
     "The Kremlin has announced it welcomes the participation of Washington in the Astana talks on the Syrian crisis.",
     # "it" is the Kremlin that announced it (events/pronouns): Russia welcomes, the US is welcomed
     [("SUPPORT", ("RUS", "USA"), "occurred")]),
    # telephone conversations
    ("spoke-by-phone-with-counterpart",
     "TEHRAN – Iranian Foreign Minister Mohammad Javad Zarif spoke by phone with his Turkish counterpart Mevlut "
     "Cavusoglu on Tuesday night.",
     [("CONSULT", ("IRN", "TUR"), "occurred")]),
    ("presidents-spoke-by-phone",
     "The Turkish and Russian presidents spoke by phone on Friday.",
     [("CONSULT", ("RUS", "TUR"), "occurred")]),
    ("spoke-over-the-phone",
     "Iranian Foreign Minister Hossein Amir Abdollahian spoke over the phone with his Azerbaijani counterpart "
     "Jeyhun Bayramov.",
     [("CONSULT", ("AZE", "IRN"), "occurred")]),
    ("spoke-at-assembly-is-no-conversation",
     "Iran's president spoke at the UN General Assembly on Tuesday.",
     []),
    # a place phrase inside the object of a hosted event is its venue, not a side
    ("held-talks-with-officials-in-the-capital",
     "Prior to the talks with the Turkish side the Iranian diplomatic team held talks with Russian officials in the "
     "Kazakh capital.",
     [("CONSULT", ("IRN", "TUR"), "occurred"), ("CONSULT", ("IRN", "RUS"), "occurred")]),
    # the dateline is not the subject; a call has two ends: one with each counterpart (evtt29, as
    # the gold of tt_466266 records such calls)
    ("dateline-beside-the-subject",
     "TEHRAN – Iran's Foreign Minister Mohammad Javad Zarif has talked over the telephone with his Turkish and "
     "Indonesian counterparts, Mehr news agency reported on Monday.",
     [("CONSULT", ("IDN", "IRN"), "occurred"), ("CONSULT", ("IRN", "TUR"), "occurred")]),
]


@pytest.mark.parametrize("text, expected", [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES])
def test_events_on_unseen_sentences(text, expected):
    assert _events(text) == expected
