"""A group phrase ("a tripartite summit", "trilateral coordination") stands for its members, not
for a country its sentence names only as a topic ("the sovereignty ... of Syria", "the Syrian
issue"): `accords.events.groups.named_as_topic` (issue 13). A member named as a country stays.

Sentences from Tehran Times (CC BY 4.0, tests/gold/README: "Rouhani, Putin, Erdogan voice
commitment to Syria's sovereignty"); the last one is written for this test."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_SUMMIT = ("TEHRAN — Presidents of Iran, Russia and Turkey on Wednesday held a tripartite virtual summit voicing "
           "strong commitment to the sovereignty, independence, unity and territorial integrity of Syria.")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_SUMMIT, [("CONSULT", ("IRN", "RUS", "TUR"), "occurred"),
                           ("SUPPORT", ("IRN", "RUS", "SYR", "TUR"), "occurred")], id="summit-on-syria-is-no-meeting-with-syria"),
    pytest.param(_SUMMIT + " In addition to the Syrian issue, they confirmed their intention to strengthen trilateral "
                 "coordination in different fields in order to promote joint economic cooperation.",
                 [("CONSULT", ("IRN", "RUS", "TUR"), "occurred"), ("SUPPORT", ("IRN", "RUS", "SYR", "TUR"), "occurred"),
                  ("AGREE", ("IRN", "RUS", "TUR"), "intended")], id="trilateral-beside-the-syrian-issue"),
    pytest.param("The foreign ministers of Iran, Russia and Syria held a trilateral meeting in Moscow on Friday.",
                 [("CONSULT", ("IRN", "RUS", "SYR"), "occurred")], id="a-member-named-as-a-country-stays"),
])
def test_group_topics(text, expected):
    assert events_with_sides(text, published="2020-07-02") == expected
