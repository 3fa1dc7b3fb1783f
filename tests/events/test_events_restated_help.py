"""Events of the regional state press (twelfth session, issue 13): a definite document or aid
already told, as the subject of how it came about or how it travels, restates the earlier
report and adds no event (`accords.events.generic.restated_thing`); help that arrives is help
given, AID, where "offered help" alone is an offer, AGREE (`accords.events.matching.came_to_help`);
joint works the sides named together have, and a partner one side "is in cooperation with", are
cooperation under way, COOPERATE of both (`accords.events.works`).

Texts: Tehran Times (tehrantimes-region, CC BY 4.0, Tehran Times / Mehr News) and the White
House (public domain), articles named in each id's comment; sentences marked "written for this
test" were written here in the same construction. Each expected record is (type, sides,
status), sides the sorted union of actors and recipients.
"""

from __future__ import annotations

import pytest
from sides import events_with_sides

pytestmark = pytest.mark.slow

RESTATED = [
    # written for this test, the second sentence from tt_473795 (dev gold)
    pytest.param("Iran and Kazakhstan signed a memorandum of understanding on railway cooperation on May 23. "
                 "The MOU was negotiated and agreed upon on the sidelines of the Economic Cooperation Organization "
                 "(ECO) summit.", [("SUPPORT", ("IRN", "KAZ"), "occurred")],
                 id="the-mou-negotiated-and-agreed-upon-is-the-signing-told-again"),
    # tt_434362 (dev gold)
    pytest.param("Moreover, the Russian Emergencies Ministry, together with the Armenian Emergencies Ministry, has "
                 "begun delivering humanitarian aid to Iran affected by floods, the press service of the Russian "
                 "Emergencies Ministry informed TASS on Saturday. The aid is delivered by trucks.",
                 [("AID", ("ARM", "IRN", "RUS"), "occurred")], id="the-aid-delivered-by-trucks-is-the-aid-told"),
    # written for this test
    pytest.param("An agreement was negotiated by Iran and Turkey on the sidelines of the summit.",
                 [("CONSULT", ("IRN", "TUR"), "occurred")], id="an-agreement-negotiated-is-a-first-report"),
    # written for this test
    pytest.param("Iran and Turkey reached a deal on gas prices. The agreement was signed by the oil ministers of "
                 "Iran and Turkey on Monday.",
                 [("AGREE", ("IRN", "TUR"), "occurred"), ("SUPPORT", ("IRN", "TUR"), "occurred")],
                 id="the-agreement-signed-is-a-new-step"),
    # wh_20240417-norway-critical-minerals (dev gold)
    pytest.param("With this MOU, the United States and Norway intend to deepen our partnership in pursuit of the "
                 "long-term commercial viability of critical minerals.",
                 [("AGREE", ("NOR", "USA"), "intended")], id="a-document-parsed-with-the-sides-is-no-subject"),
    # written for this test
    pytest.param("Turkey delivered the aid to Syria by trucks.", [("AID", ("SYR", "TUR"), "occurred")],
                 id="a-state-delivering-the-aid-acts"),
]


@pytest.mark.parametrize("text, expected", RESTATED)
def test_restated_documents_and_aid(text, expected):
    assert events_with_sides(text, source="Tehran Times") == expected


HELP = [
    # tt_481727 (dev gold)
    pytest.param("“Accordingly, tonight, a medical and rescue team of the Red Crescent Society of Iran arrives in "
                 "Turkey to offer help in the process of rescuing the injured in the quake-hit areas,” the Iranian "
                 "foreign minister added.", [("AID", ("IRN", "TUR"), "occurred")], id="team-arrives-to-offer-help"),
    # written for this test
    pytest.param("Azerbaijan flew a rescue team to Turkey to offer help after the earthquake.",
                 [("AID", ("AZE", "TUR"), "occurred")], id="team-flown-to-offer-help"),
    # written for this test
    pytest.param("Iran offered help to Turkey after the earthquake.", [("AGREE", ("IRN", "TUR"), "occurred")],
                 id="help-offered-is-an-offer"),
    # written for this test
    pytest.param("A rescue team of the Iranian Red Crescent will arrive in Turkey tomorrow to offer help.",
                 [("AGREE", ("IRN", "TUR"), "planned")], id="an-arrival-to-come-stays-an-offer"),
]


@pytest.mark.parametrize("text, expected", HELP)
def test_help_that_arrives_is_aid(text, expected):
    assert events_with_sides(text, source="Tehran Times") == expected


JOINT_WORKS = [
    # tt_435160 (dev gold)
    pytest.param("TEHRAN - Turkey is in cooperation with Iran working on a mechanism to keep the trade between the "
                 "two sides afloat amid increasing U.S. pressures on Iran’s trade partners to cut ties, Bloomberg "
                 "reported.", [("COOPERATE", ("IRN", "TUR"), "occurred")], id="in-cooperation-with-a-named-partner"),
    # written for this test
    pytest.param("Iran is in cooperation with international partners on the project.", [],
                 id="in-cooperation-with-no-one-named"),
    # written for this test (tt_467601 has "The two neighboring countries currently have 15 important joint projects")
    pytest.param("Iran and Azerbaijan have several joint projects in the fields of energy and transport.",
                 [("COOPERATE", ("AZE", "IRN"), "occurred")], id="two-states-have-joint-projects"),
    # written for this test
    pytest.param("Iran and Turkey have a joint venture in the automobile industry.",
                 [("COOPERATE", ("IRN", "TUR"), "occurred")], id="two-states-have-a-joint-venture"),
    # written for this test (463561 asks it in an interview)
    pytest.param("Does the Republic of Azerbaijan have joint projects with Iran?", [], id="a-question-holds-no-works"),
    # written for this test
    pytest.param("Iran and Azerbaijan will have more joint projects in the future.", [],
                 id="works-to-come-are-not-held"),
    # written for this test
    pytest.param("Iran and Azerbaijan do not have joint projects in Karabakh.", [], id="works-denied-are-not-held"),
]


@pytest.mark.parametrize("text, expected", JOINT_WORKS)
def test_joint_works_held_and_partners_in_cooperation(text, expected):
    found = [event for event in events_with_sides(text, source="Tehran Times") if event[0] == "COOPERATE"]
    assert found == expected
