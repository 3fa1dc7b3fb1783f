"""An international organisation's own meeting held in a member's city ("the SCO summit in
Dushanbe", "the meeting of the ECO member states in Ashgabat") has the city as its venue, not
the host country as a side (`accords.events.formats.without_body_hosts`, issue 13). A meeting
of two states in a city keeps the host.

Sentences written for this test in the register of Tehran Times and Azernews."""

from __future__ import annotations

import pytest

from tests.events.sides import directed_events


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The SCO summit scheduled for September in Dushanbe will discuss regional security.",
                 [("AGREE", ("SCO",), ())],
                 id="sco-summit-in-dushanbe"),
    pytest.param("Iran's oil minister met his Turkmen counterpart on the sidelines of the meeting of the ECO member "
                 "states in Ashgabat.", [("CONSULT", ("IRN",), ("TKM",))], id="two-states-met-at-a-body-meeting"),
    pytest.param("Iran's foreign minister met his counterpart in Ankara on Monday.",
                 [("CONSULT", ("IRN",), ("TUR",))], id="a-meeting-of-states-keeps-its-host"),
])
def test_body_meetings(text, expected):
    assert directed_events(text, published="2023-05-01") == expected
