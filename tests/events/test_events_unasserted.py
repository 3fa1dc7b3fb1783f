"""Acts put as a question, as the speaker's opinion or as a possibility are no events (issue 13,
`accords.events.status.unasserted`): they stay in the Extraction as hypothetical, out of the gold
shape. Each rule keeps a case that must still be reported.

Interview wording is from Tehran Times (CC BY 4.0, tests/gold/README: "Washington unlikely to
extradite Fethullah Gulen to Turkey", an interview with Mark N. Katz); the other sentences are
written for these tests in the register of wire news."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

#: Statuses of the gold shape (`accords.gold.GOLD_EVENT_STATUSES`).
_REPORTED = ("occurred", "planned", "intended")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Q: Do you think the U.S. will extradite Fethullah Gülen to Turkey?", [], id="interview-question"),
    pytest.param("Did Iran and Turkey sign the agreement last week, as officials said?", [], id="question-of-a-signing"),
    pytest.param("Q: Is Iran planning to sign a new gas deal with Turkey this year?", [], id="question-of-a-plan"),
    pytest.param("Iran is planning to sign a new gas deal with Turkey this year.",
                 [("AGREE", ("IRN", "TUR"), "intended")], id="the-plan-stated-stays"),
    pytest.param("In this regard, Mark N. Katz said, “It is highly unlikely that the U.S. will ever extradite "
                 "Fethullah Gulen to Turkey.”", [], id="judged-unlikely"),
    pytest.param("Erdogan may then decide to take drastic action, such as withdraw Turkey from NATO.", [],
                 id="modal-above-the-act"),
    pytest.param("Russia, of course, would be quite happy to see any country withdraw from NATO.", [],
                 id="would-be-happy-to-see"),
    pytest.param("Italy and Spain have long called for the trade ban on Cuba to be lifted.", [],
                 id="called-for-it-to-be-lifted"),
    pytest.param("Asked about the talks with Turkey, the Iranian minister said: “Yes, I do agree with you.”",
                 [("CONSULT", ("IRN", "TUR"), "occurred")], id="i-agree-is-an-opinion"),
    pytest.param("I agreed with President Raisi to expand trade between Iran and Azerbaijan.",
                 [("AGREE", ("AZE", "IRN"), "occurred")], id="i-agreed-with-stays"),
    pytest.param("Iran and Turkey signed an agreement that could boost trade.",
                 [("SUPPORT", ("IRN", "TUR"), "occurred")], id="modal-in-a-relative-clause-stays"),
    pytest.param("He said Iran would be ready to sign the agreement with Turkey.",
                 [("AGREE", ("IRN", "TUR"), "intended")], id="reported-would-stays"),
])
def test_unasserted_acts(text, expected):
    found = [event for event in events_with_sides(text, published="2020-01-01") if event[2] in _REPORTED]
    assert found == expected
