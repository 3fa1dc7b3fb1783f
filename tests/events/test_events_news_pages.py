"""Web-news pages (issue #13, seventeenth session): what a short page of an outlet reports is
news, not a PLOVER event record. Each rule keeps a case that must still fire.

The sentences are our own, written in the register of wire and web news (no outlet's text is
copied)."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_PAGE = "Example News (example.com)"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "source", "expected"), [
    # an event with no state on either side: kept in a bare event record, not on a page
    pytest.param("The rebels released 20 hostages on Sunday.", None, [("CONCEDE", (), "occurred")],
                 id="record-keeps-sideless-release"),
    pytest.param("The rebels released 20 hostages on Sunday.", _PAGE, [], id="page-drops-sideless-release"),
    pytest.param("A man was stabbed to death at a clinic on Tuesday. Police arrested a 45-year-old suspect.", _PAGE,
                 [], id="page-drops-sideless-arrest"),
    pytest.param("Iran and Turkey signed a gas deal on Monday.", _PAGE, [("SUPPORT", ("IRN", "TUR"), "occurred")],
                 id="page-keeps-signing-of-two-states"),
])
def test_short_pages(text: str, source: str | None, expected: list) -> None:
    assert events_with_sides(text, "2019-11-20", source=source) == expected


#: An article (more than three sentences) about a pair, whose leader meets people of no state.
_KYIV = ("Ukraine and Germany discussed arms deliveries this week. Ukrainian President Volodymyr Zelenskiy met {} in "
         "Kyiv on Tuesday. Germany has sent tanks to Ukraine. Ukraine wants more from Germany. Officials in Germany "
         "said more would come to Ukraine.")


@pytest.mark.slow
@pytest.mark.parametrize(("met", "expected"), [
    # reporters, business leaders met (where they are met is no side of theirs): no consultation
    pytest.param("reporters", [("CONSULT", ("DEU", "UKR"), "occurred")], id="met-reporters-in-a-city"),
    pytest.param("with journalists", [("CONSULT", ("DEU", "UKR"), "occurred")], id="met-with-journalists-in-a-city"),
    pytest.param("business leaders", [("CONSULT", ("DEU", "UKR"), "occurred")], id="met-business-leaders"),
    # a state's people still are a side
    pytest.param("German officials", [("CONSULT", ("DEU", "UKR"), "occurred")] * 2, id="met-officials-of-a-state"),
])
def test_meetings_with_people_of_no_state(met: str, expected: list) -> None:
    assert events_with_sides(_KYIV.format(met), "2019-11-20", source=_PAGE) == expected
