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
