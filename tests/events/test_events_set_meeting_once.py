"""A future meeting told twice in one article ("will hold a tripartite meeting ... The upcoming
tripartite meeting between ...") is one planned AGREE (`accords.events.dedup._set_meeting`,
issue 13); two meetings of other kinds set for the same sides stay two.

Sentences written for this test in the register of Tehran Times (the first modelled on a Tehran
Times dev article, CC BY 4.0)."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("According to media reports, officials from Tehran, Baku and Moscow will hold a tripartite meeting "
                 "intended to assess ways to enhance economic ties between the three countries. Iran's ambassador met "
                 "the Azerbaijani deputy prime minister on Monday. The upcoming tripartite meeting between Iran, the "
                 "Republic of Azerbaijan and Russia regarding regional transportation corridors is scheduled to be "
                 "held in Baku.",
                 [("AGREE", ("AZE", "IRN", "RUS"), "planned"), ("CONSULT", ("AZE", "IRN"), "occurred")],
                 id="one-tripartite-meeting-told-twice"),
    pytest.param("Iran and Turkey will hold a joint commission meeting in Ankara. The presidents of Iran and Turkey "
                 "will hold a summit in Tehran next year.",
                 [("AGREE", ("IRN", "TUR"), "planned"), ("AGREE", ("IRN", "TUR"), "planned")],
                 id="a-commission-meeting-and-a-summit-are-two"),
])
def test_set_meeting_once(text, expected):
    assert events_with_sides(text, published="2023-05-01") == expected
