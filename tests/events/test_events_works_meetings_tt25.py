"""Joint works under way, flows under a deal, meetings scheduled in a relative clause and joint
ideas welcomed (twentieth session, issue #13, evtt25), in the Tehran Times register
(../shared/corpora/tehrantimes-region, CC BY 4.0) and sentences written for these tests in the
Azernews register of the reference seed:

- "joint projects between Iran and Armenia are under way": a joint work under way, COOPERATE of
  the sides named in the subject (`accords.events.works`);
- "is being built with the participation of Iran and Azerbaijan": a work carried out with named
  participants, COOPERATE;
- "supplies gas to Azerbaijan through Iran under a swap agreement": a flow running under a deal,
  COOPERATE (`accords.events.supplies`), not the general present;
- "the 6th meeting of the committee, which is set to be held in Georgia": a meeting planned, AGREE
  (`accords.events.status`), not a meeting held;
- "officials from Iran and Azerbaijan welcomed the idea of a joint military exercise": a joint plan
  agreed, AGREE (`accords.events.jointplans`), not a backing.
"""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

TT = "Tehran Times"

FOUND = [
    # written for this test
    pytest.param("Joint projects between Iran and Armenia are under way in the energy sector.",
                 ("COOPERATE", ("ARM", "IRN"), "occurred"), id="joint-projects-under-way"),
    # written for this test
    pytest.param("Several joint projects of Iran and Azerbaijan are currently underway in the fields of energy and "
                 "transport.", ("COOPERATE", ("AZE", "IRN"), "occurred"), id="joint-projects-currently-underway"),
    # written for this test
    pytest.param("The Khudafarin hydroelectric power plant is being built with the participation of Iran and "
                 "Azerbaijan.", ("COOPERATE", ("AZE", "IRN"), "occurred"), id="built-with-the-participation-of"),
    # written for this test
    pytest.param("Turkmenistan supplies gas to Azerbaijan through Iran under a swap agreement.",
                 ("COOPERATE", ("AZE", "TKM"), "occurred"), id="supplies-under-a-swap-agreement"),
    # tt_416542 (dev gold)
    pytest.param("Making remarks in the same event, Iranian Ambassador to Tbilisi Javad Qavam-Shahidi referred to the "
                 "6th meeting of Iran-Georgia Joint Economic Committee, which is set to be held in Georgia on October 9 "
                 "and 10, 2017, underlining that the two countries should seize the upcoming event for developing "
                 "bilateral economic bonds and capacities.", ("AGREE", ("GEO", "IRN"), "planned"),
                 id="meeting-which-is-set-to-be-held"),
    # written for this test
    pytest.param("The envoy spoke of the meeting of the Iran-Georgia Joint Economic Committee, which is scheduled to "
                 "be held in Tbilisi in October.", ("AGREE", ("GEO", "IRN"), "planned"),
                 id="meeting-which-is-scheduled-to-be-held"),
    # tt_477296 (dev gold)
    pytest.param("TEHRAN – Top military officials from Iran and the Republic of Azerbaijan on Monday welcomed the idea "
                 "of a joint military exercise along common borders.", ("AGREE", ("AZE", "IRN"), "intended"),
                 id="welcomed-the-idea-of-a-joint-exercise"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_found(text, expected):
    assert expected in events_with_sides(text, source=TT)


NOT_FOUND = [
    # written for this test: one side's project, no relation
    pytest.param("A new project is underway in Iran with Chinese help.", "COOPERATE", id="one-sides-project-underway"),
    # written for this test: a plan, not a work under way
    pytest.param("The plant will be built with the participation of Iran and Azerbaijan.", "COOPERATE",
                 id="will-be-built-is-a-plan"),
    # written for this test: the general present, no arrangement told as running
    pytest.param("Iran supplies gas to Turkey.", "COOPERATE", id="general-present-supply"),
    # written for this test: a meeting held, told in a relative clause in the past
    pytest.param("Zarif attended the meeting of the Iran-Turkey joint commission, which was held in Ankara last week.",
                 "AGREE", id="meeting-which-was-held"),
    # written for this test: one side welcoming another's proposal is a backing, not a joint plan
    pytest.param("Iranian Foreign Minister Zarif welcomed the proposal of the president of Azerbaijan for joint "
                 "projects.", "AGREE", id="one-side-welcomes-a-proposal"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "unexpected_type"), NOT_FOUND)
def test_not_found(text, unexpected_type):
    assert unexpected_type not in [t for t, _sides, _status in events_with_sides(text, source=TT)]


def test_meeting_held_is_consult():
    found = events_with_sides("Zarif attended the meeting of the Iran-Turkey joint commission, which was held in "
                              "Ankara last week.", source=TT)
    assert ("CONSULT", ("IRN", "TUR"), "occurred") in found
