"""Events of the economic register of the regional state press (tenth session, issue 13): joint
works carried out told without "cooperate" (`accords.events.works`), sanctions put in force
again or as a ban, the target of a condemned measure, and backing that backs no state.

Texts: Tehran Times (tehrantimes-region, CC BY 4.0, Tehran Times / Mehr News), articles named in
each id's comment; sentences marked "written for this test" were written here in the same
construction. Each expected record is (type, sides, status), sides the sorted union of actors
and recipients; each test compares the events of one type.
"""

from __future__ import annotations

import pytest
from sides import events_with_sides

pytestmark = pytest.mark.slow

WORKS = [
    # 300784
    pytest.param("During his two-day stay in Baku, Vaezi also attended the ground breaking ceremony for the "
                 "construction of a railway bridge over Astara river on Azerbaijan-Iran border.",
                 [("COOPERATE", ("AZE", "IRN"), "occurred")], id="groundbreaking-ceremony-attended"),
    # 437691
    pytest.param("Iran and Armenia use a barter system to exchange gas for electricity and other basic goods.",
                 [("COOPERATE", ("ARM", "IRN"), "occurred")], id="barter-of-gas-for-electricity"),
    # 405057
    pytest.param("Iran-Azerbaijan joint car manufacturing project launched in Azerbaijan’s Neftchala Industrial "
                 "District on Saturday.", [("COOPERATE", ("AZE", "IRN"), "occurred")], id="headline-project-launched"),
    # 435160
    pytest.param("TEHRAN - Turkey is in cooperation with Iran working on a mechanism to keep the trade between the "
                 "two sides afloat.", [("COOPERATE", ("IRN", "TUR"), "occurred")], id="is-in-cooperation-with"),
    # 434232
    pytest.param("According to Mehr, the source made the comments after reports emerged that Iran is cooperating "
                 "with Turkey in the operation.", [("COOPERATE", ("IRN", "TUR"), "occurred")],
                 id="is-cooperating-with"),
    # written for this test
    pytest.param("Iran and Turkey set up a joint venture to produce cars.",
                 [("COOPERATE", ("IRN", "TUR"), "occurred")], id="joint-venture-set-up"),
    # 453175
    pytest.param("Clashes between Armenia and Azerbaijan over the disputed Nagorno-Karabakh region erupted on "
                 "September 27 when the two sides exchanged fire along borders.", [], id="exchanged-fire-is-no-trade"),
    # 473786
    pytest.param("Baku Energy Week 2022 was held during June 1-3 by Azerbaijan’s Energy Ministry in collaboration "
                 "with the State Oil Company of the Republic of Azerbaijan (SOCAR).", [],
                 id="held-in-collaboration-with-a-company"),
    # written for this test
    pytest.param("Iran cooperates with Russia in many fields.", [], id="general-present-is-no-work"),
    # written for this test
    pytest.param("Iran and Turkey exchanged views on regional issues.", [], id="exchanged-views"),
]


@pytest.mark.parametrize("text, expected", WORKS)
def test_joint_works(text, expected):
    found = [event for event in events_with_sides(text, source="Tehran Times") if event[0] == "COOPERATE"]
    assert found == expected


MEASURES = [
    # 435160
    pytest.param("The United States reimposed sanctions in November on exports of Iranian oil.",
                 [("SANCTION", ("IRN", "USA"), "occurred")], id="reimposed"),
    # 466897
    pytest.param("But given that the Armenian government has banned the import of more than 1,000 commodity items "
                 "of goods from Turkey, the conditions are now quite favorable.",
                 [("SANCTION", ("ARM", "TUR"), "occurred")], id="import-ban"),
    # written for this test
    pytest.param("Washington slapped sanctions on Turkey and Russia last year.",
                 [("SANCTION", ("TUR", "USA"), "occurred"), ("SANCTION", ("RUS", "USA"), "occurred")],
                 id="slapped-on-two-one-each"),
    # 426609
    pytest.param("“Time and again we have made it clear that we will not implement U.S. sanctions against Iran,” "
                 "Cavusoglu said.", [], id="not-implementing-sanctions-imposes-none"),
]


@pytest.mark.parametrize("text, expected", MEASURES)
def test_measures(text, expected):
    found = [event for event in events_with_sides(text, source="Tehran Times") if event[0] == "SANCTION"]
    assert sorted(found) == sorted(expected)


STANCES = [
    # 455809
    pytest.param("TEHRAN — Foreign Minister Mohammad Javad Zarif has denounced the recent U.S. sanctions against "
                 "Turkey.", "ACCUSE", [("ACCUSE", ("IRN", "USA"), "occurred")], id="target-of-condemned-sanctions"),
    # 433779
    pytest.param("Iran’s economy minister met his Azerbaijani counterpart in Baku. He also voiced his country’s "
                 "full support to the Iranian investors.", "SUPPORT", [], id="support-to-investors"),
    # 435251
    pytest.param("Iran and Turkey held talks in Tehran. The Iranian transport minister also welcomed the Turkish "
                 "companies’ investments in Iran’s transportation projects especially in railway areas.",
                 "SUPPORT", [], id="welcomed-companies-investments"),
    # 435251
    pytest.param("Iran and Turkey held talks in Tehran. Addressing the press, the official underlined important "
                 "issues discussed during the event, including connecting border provinces of the two countries by "
                 "rail and signing an agreement on tariffs.", "SUPPORT", [], id="signing-listed-as-an-issue"),
    # written for this test
    pytest.param("The new customs portal of Azerbaijan supports Russian and Persian.", "SUPPORT", [],
                 id="portal-supports-languages"),
    # written for this test
    pytest.param("Iran welcomed Turkey's decision to join the corridor.", "SUPPORT",
                 [("SUPPORT", ("IRN", "TUR"), "occurred")], id="welcomed-a-decision-stays"),
]


@pytest.mark.parametrize("text, kind, expected", STANCES)
def test_stances(text, kind, expected):
    found = [event for event in events_with_sides(text, source="Tehran Times") if event[0] == kind]
    assert found == expected


CALLS = [
    # written for this test
    pytest.param("President Biden called President Erdogan on Monday to discuss the war.",
                 [("CONSULT", ("TUR", "USA"), "occurred")], id="called-on-a-day-is-a-call"),
    # written for this test
    pytest.param("Iran called on Turkey on Monday to release the trucks.",
                 [("REQUEST", ("IRN", "TUR"), "occurred")], id="called-on-a-side-is-a-request"),
]


@pytest.mark.parametrize("text, expected", CALLS)
def test_calls(text, expected):
    """"Called X *on Monday* to discuss": "on" a day dates the call, it asks no one."""
    found = [event for event in events_with_sides(text, source="Tehran Times") if event[0] in ("CONSULT", "REQUEST")]
    assert found == expected
