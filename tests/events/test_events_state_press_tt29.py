"""Events of the state-press register, twenty-second session (evtt29): meetings and calls held one
partner at a time (`accords.events.separately`: "bilateral meetings with A and B", a mark of
separate calls under the verb, a phone call of one side with two others); the country whose
neighbours meet is no side of their meeting (`accords.events.formats.whose_neighbours`); a meeting
named as the time of another act ("ahead of the Wednesday meeting") is no meeting of the
sentence's sides (`accords.events.meetings`).

Texts: Tehran Times (tehrantimes-region, CC BY 4.0, Tehran Times / Mehr News), the article
named in each id's comment; the sentences are cut from those articles, some shortened; those
"written for this test" are paraphrases in the register. Each expected record is (type, sides,
status), sides the sorted union of actors and recipients.
"""

from __future__ import annotations

import pytest
from sides import events_with_sides

pytestmark = pytest.mark.slow

SEPARATE = [
    # 446742
    pytest.param("TEHRAN – Iranian Foreign Minister Mohammad Javad Zarif has discussed the political crisis in "
                 "Afghanistan and the latest developments in the country with his Turkish, Russian and Qatari "
                 "counterparts in separate phone calls on Monday.",
                 [("CONSULT", ("IRN", "QAT"), "occurred"), ("CONSULT", ("IRN", "RUS"), "occurred"),
                  ("CONSULT", ("IRN", "TUR"), "occurred")], id="separate-calls-marked-under-the-verb"),
    # 466266
    pytest.param("TEHRAN – Iranian Foreign Minister Hossein Amir Abdollahian has spoken over the phone with his "
                 "counterparts from Turkey and Indonesia to discuss a number of issues including developments in "
                 "Afghanistan.",
                 [("CONSULT", ("IDN", "IRN"), "occurred"), ("CONSULT", ("IRN", "TUR"), "occurred")],
                 id="a-phone-call-has-two-ends"),
    # 466421
    pytest.param("TEHRAN – Iranian Foreign Minister Hossein Amir Abdollahian held bilateral meetings with the "
                 "foreign ministers of Tajikistan and Turkmenistan ahead of the Wednesday meeting on Afghanistan "
                 "in Tehran.",
                 [("CONSULT", ("IRN", "TJK"), "occurred"), ("CONSULT", ("IRN", "TKM"), "occurred")],
                 id="bilateral-meetings-with-two-ministers"),
    # written for this test
    pytest.param("Iranian President Hassan Rouhani held a trilateral phone call with his Russian and Turkish "
                 "counterparts on Monday.",
                 [("CONSULT", ("IRN", "RUS", "TUR"), "occurred")], id="a-trilateral-call-stays-one"),
    # written for this test
    pytest.param("Zarif held a meeting with the foreign ministers of Russia and Turkey in Moscow and later held "
                 "separate talks with the Qatari foreign minister.",
                 [("CONSULT", ("RUS", "TUR"), "occurred")], id="separate-talks-of-another-verb-split-no-meeting"),
]


@pytest.mark.parametrize(("text", "expected"), SEPARATE)
def test_meetings_and_calls_held_one_partner_at_a_time(text, expected):
    found = [e for e in events_with_sides(text, source="Tehran Times") if e[0] == "CONSULT"]
    assert sorted(found) == expected


NEIGHBOURS = [
    # 483638
    pytest.param("TEHRAN – Iranian Foreign Minister Hossein Amir Abdollahian met with a number of foreign "
                 "counterparts in Uzbekistan, where he headed the delegation to participate in the 4th meeting of "
                 "the Conference of Afghanistan’s Neighbors.",
                 [("CONSULT", ("IRN", "UZB"), "occurred")], id="conference-of-a-countrys-neighbours"),
    # 466421
    pytest.param("Turkmenistan’s foreign minister Rashid Meredov visited Tehran to hold political consultations "
                 "with Iran, attending the meeting of foreign ministers of Afghanistan’s neighboring countries.",
                 [("CONSULT", ("IRN", "TKM"), "occurred")], id="a-countrys-neighbouring-countries"),
    # written for this test (tests/events/test_events_helpers_credits.py)
    pytest.param("Azerbaijan has confirmed that it deployed troops to areas bordering Armenia.",
                 [("MOBILIZE", ("ARM", "AZE"), "occurred")], id="areas-bordering-a-country-are-no-meeting"),
    # written for this test
    pytest.param("Azerbaijan's southern neighbor Iran signed a transit agreement with Baku on Monday.",
                 [("SUPPORT", ("AZE", "IRN"), "occurred")], id="one-neighbour-named-stays-a-side"),
    # written for this test
    pytest.param("Iranian Foreign Minister Mohammad Javad Zarif met with his Afghan counterpart on Monday.",
                 [("CONSULT", ("AFG", "IRN"), "occurred")], id="the-country-itself-met-stays"),
]


@pytest.mark.parametrize(("text", "expected"), NEIGHBOURS)
def test_the_country_whose_neighbours_meet_is_no_side(text, expected):
    assert events_with_sides(text, source="Tehran Times") == expected


AHEAD = [
    # tests/events/test_events_unseen.py (an unseen sentence of the register)
    pytest.param("Prior to the talks with the Turkish side the Iranian diplomatic team held talks with Russian "
                 "officials in the Kazakh capital.",
                 [("CONSULT", ("IRN", "TUR"), "occurred"), ("CONSULT", ("IRN", "RUS"), "occurred")],
                 id="talks-with-a-partner-after-prior-to-stay"),
    # 430643
    pytest.param("Vaezi made the remark in a meeting with Turkish Trade Minister Ruhsar Pekcan on his visit to Turkey "
                 "ahead of the upcoming visit of President Hassan Rouhani to the country to meet his Turkish "
                 "counterpart, Recep Tayyip Erdogan.",
                 [("CONSULT", ("IRN", "TUR"), "occurred"), ("AGREE", ("IRN", "TUR"), "planned")],
                 id="a-coming-visit-after-ahead-of-stays"),
]


@pytest.mark.parametrize(("text", "expected"), AHEAD)
def test_a_meeting_named_as_the_time_of_another_act_has_not_its_sides(text, expected):
    assert events_with_sides(text, source="Tehran Times") == expected


TRIPS = [
    # 405109
    pytest.param("Foreign Minister Zarif was in Baku, accompanying President Hassan Rouhani who took a trip to "
                 "Azerbaijan to participate in a trilateral summit with Russian and Azeri presidents.",
                 [("CONSULT", ("AZE", "IRN", "RUS"), "occurred")], id="took-a-trip-to-participate"),
    # 465185: a trip to attend the body's summit is the member's and the body's (docs/gold-format.md, thirty-second
    # session; events.formats.body_meeting_sides), told as taken: CONSULT IRN-SCO, required in the gold
    pytest.param("On September 16, an Iranian delegation headed by President Ebrahim Raisi embarked on a trip to attend "
                 "the twentieth-anniversary summit of the Shanghai Cooperation Organization (SCO) in Tajikistan.",
                 [("CONSULT", ("IRN", "SCO"), "occurred")], id="embarked-on-a-trip-to-attend"),
    # written for this test
    pytest.param("President Rouhani will take a trip to Azerbaijan next week to participate in a trilateral summit "
                 "with the Russian and Azeri presidents.",
                 [("AGREE", ("AZE", "IRN"), "planned"), ("AGREE", ("AZE", "IRN", "RUS"), "planned")],
                 id="a-trip-to-be-taken-stays-planned"),
]


@pytest.mark.parametrize(("text", "expected"), TRIPS)
def test_the_purpose_of_a_trip_taken_happened_with_it(text, expected):
    assert events_with_sides(text, source="Tehran Times") == expected
