"""Events of the state-press register, twenty-first session (evtt27): satisfaction expressed
with another side's act is praise (`accords.events.stances.idle_satisfaction`), satisfaction
with the ties or one's own visit is none; people who seek to travel somewhere make no visit
(`accords.events.nonevents.travellers_visit`).

Texts: Tehran Times (tehrantimes-region, CC BY 4.0, Tehran Times / Mehr News), the article
named in each id's comment; the sentences are cut from those articles, some shortened. Each
expected record is (type, sides, status), sides the sorted union of actors and recipients.
"""

from __future__ import annotations

import pytest
from sides import events_with_sides

pytestmark = pytest.mark.slow

SATISFACTION = [
    # 464580
    pytest.param("Admiral Sergei Ekimov, Deputy Commander of the Russian Caspian Fleet, expressed satisfaction "
                 "regarding arrangements made by Iran’s Navy's Northern Fleet to host the Sea Cup competitions.",
                 [("SUPPORT", ("IRN", "RUS"), "occurred")], id="satisfaction-with-arrangements-made-by-a-side"),
    # 457374
    pytest.param("The Azerbaijani president also expressed satisfaction with Iran’s view on the six-party regional "
                 "cooperation platform, saying the initiative would benefit peace and common interests in the region.",
                 [("SUPPORT", ("AZE", "IRN"), "occurred")], id="satisfaction-with-a-sides-view"),
    # 474334
    pytest.param("The chief Syrian diplomat also expressed satisfaction with the positions adopted by Iran in the "
                 "negotiations held within the Astana format.",
                 [("SUPPORT", ("IRN", "SYR"), "occurred")], id="satisfaction-with-positions-adopted-by-a-side"),
    # 422037
    pytest.param("The Azeri president expressed satisfaction with the development of cooperation between Iran and "
                 "Azerbaijan.", [], id="satisfaction-with-the-ties-is-no-praise"),
    # 473200
    pytest.param("For his part, Tajik President Rahmon expressed satisfaction with his visit to the ancient land of "
                 "Iran.", [], id="satisfaction-with-ones-own-visit"),
    # 452864
    pytest.param("The Syrian minister also expressed satisfaction with the presence of experienced and capable "
                 "Iranian companies in his country's water projects.", [], id="satisfaction-with-companies-present"),
    # 482001
    pytest.param("Both sides expressed their satisfaction with the cancellation of 14-day visas for the citizens "
                 "of Iran and Kazakhstan.", [], id="satisfaction-with-a-measure-of-no-one-side"),
]


@pytest.mark.parametrize(("text", "expected"), SATISFACTION)
def test_satisfaction_with_another_sides_act_is_praise(text, expected):
    found = [e for e in events_with_sides(text, source="Tehran Times") if e[0] == "SUPPORT"]
    assert found == expected


TRAVELLERS = [
    # 485869
    pytest.param("As of this date, Iranians seeking to travel to Azerbaijan will have to apply for a visa either "
                 "through an Azerbaijani website or the Caspian country’s diplomatic missions in Iran.",
                 [], id="people-seeking-to-travel-make-no-visit"),
    # written for this test, in the construction of 485869
    pytest.param("Iranian Foreign Minister Mohammad Javad Zarif, planning to travel to Baku next week, will meet "
                 "his Azerbaijani counterpart.", [("AGREE", ("AZE", "IRN"), "planned")],
                 id="a-minister-planning-to-travel-stays"),
]


@pytest.mark.parametrize(("text", "expected"), TRAVELLERS)
def test_people_seeking_to_travel_make_no_visit(text, expected):
    assert events_with_sides(text, source="Tehran Times") == expected
