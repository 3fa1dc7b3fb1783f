"""events.v2 on what the state press reports that is no event between the sides it names
(issue 13): a format of talks named after a city ("the Astana process") makes no side of the
city's country (`accords.events.formats`); an armed operation launched is an assault, no joint
project; a trip called off is no planned visit; tourists expected or welcomed are no
consultation or support between states; a travel warning is no visit. Sentences from Tehran
Times articles nobody tuned on (CC BY 4.0, Tehran Times / Mehr News; tehrantimes_region_dev, not in the gold set). Exact
type, sides (actor and recipient countries) and status of every event found."""

from __future__ import annotations

import pytest
from sides import events_with_sides as _events

pytestmark = pytest.mark.slow

_MPS = "TEHRAN – Iranian MPs issued a statement on Monday condemning Turkey’s military attack on northeastern Syria. "

CASES = [
    # tehrantimes 462941: the Astana process held by three states: Kazakhstan is no side
    ("astana-process-names-no-side",
     "TEHRAN — Any humanitarian assistance to Syria must go through the government, a top Iranian diplomat has said. "
     "Ali Asghar Khaji made the remarks as Iran, Russia and Turkey held 16th round of talks on Syria within the "
     "Astana process on Thursday. Khaji told the Russian news agency RIA Novosti that the main decision must be "
     "made by the government and people of the country.",
     [("CONSULT", ("IRN", "RUS", "TUR"), "occurred")]),
    # tehrantimes 433352: "Damascus supported the Astana process" backs a format, no state
    ("supported-the-astana-process",
     "Russian Foreign Minister Sergey Lavrov has said that Russia, Iran and Turkey have no plans to carry out joint "
     "military operations in Syria. Turkey has been citing its security concerns. Damascus supported the Astana "
     "process, which made it possible to ensure a true ceasefire in most of Syria, he noted.",
     []),
    # must stay: a hyphenated pair of capitals is two sides
    ("capitals-pair-talks-stay",
     "Iran and Azerbaijan are neighbours. The Tehran-Baku talks were held in Baku on Monday.",
     [("CONSULT", ("AZE", "IRN"), "occurred")]),
    # tehrantimes 441157: an armed operation is an assault, not a joint project
    ("military-operation-launched",
     _MPS + "The MPs also condemned the international bodies’ silence over the attack. Turkey launched a military "
            "operations against Syrian Kurdish fighters, known as the Syrian Democratic Forces (SDF), on Wednesday.",
     [("ACCUSE", ("IRN", "TUR"), "occurred"), ("ASSAULT", ("SYR", "TUR"), "occurred")]),
    # tt_454085 (dev): a military campaign being launched is an assault, no joint campaign (ninth session)
    ("military-campaign-launched",
     "On the other hand, Armenia asserts that Azerbaijan is launching a military campaign to occupy lands that belong "
     "to ethnic Armenians.",
     [("ASSAULT", ("AZE",), "occurred")]),
    # must stay: a public campaign launched together is cooperation
    ("public-campaign-launched",  # written for this test, in the register above
     "Iran and Turkey are neighbours. Iran and Turkey are launching a public campaign against smuggling.",
     [("COOPERATE", ("IRN", "TUR"), "occurred")]),
    # must stay: a joint project launched is cooperation
    ("joint-project-launched",
     "Iran and Azerbaijan are neighbours. Iran and Azerbaijan launched a joint project to build a bridge over the "
     "Astara river on Monday. The bridge will open in 2021.",
     [("COOPERATE", ("AZE", "IRN"), "occurred")]),
    # tehrantimes 441157: a trip the speaker will cancel is a visit denied, no planned visit (AGREE)
    ("trip-cancelled",
     _MPS + "The statement also said, “Speaker of the parliament [Ali Larijani] will cancel his trip to Turkey in "
            "protest to the military attack.”",
     [("ACCUSE", ("IRN", "TUR"), "occurred"), ("CONSULT", ("IRN", "TUR"), "denied")]),
    # tehrantimes 440703: nationals expected to visit, tourists expected to be welcomed
    ("tourists-expected",
     "TEHRAN – Some six million Iranian nationals are anticipated to visit the neighboring Turkey in 2020, "
     "president of Iranian Scientific Ecotourism has said. Having ranked first among Iranian’s most preferred "
     "countries during public holidays and vacation periods, Turkey is expected to welcome more than 6 million "
     "Iranian tourists throughout next year, Farid Javaherzadeh, told Anadolu Agency on Monday.",
     []),
    # tehrantimes 481494 and 481545: a travel warning to a state's own citizens is no visit to the
    # country they are warned against (events.generic.gerund_topic: "against visiting")
    ("warning-against-visiting",
     "TEHRAN- Following an embassy attack in Tehran on Friday, Azerbaijan on Tuesday issued a travel warning to its "
     "citizens advising them against visiting Iran.", []),
    ("caution-against-travelling",
     "While Iran adopted a low-key approach, Azerbaijan worked to internationalize the attack and went so far as to "
     "caution its citizens against travelling to Iran.", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_state_press_nonevents(text, expected):
    assert _events(text) == expected
