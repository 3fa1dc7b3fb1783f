"""Web news (twenty-fourth session, evnews34): acts that only end, or only follow a condition.

- A gerund that "stop", "cease", "quit" or "halt" governs is no act done ("want the president to stop
  sending weapons to Saudi Arabia": no AID sent; `status._stopped`, status "denied").
- What a speaker says he would do under a condition put on his words ("If elected, the senator said he
  would meet the Chinese president") is hypothetical, not planned (`status._under_condition`); the same
  words with no condition stay planned.

The sentences are our own, written for these tests."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_OPEN = "Officials spoke on Monday. "


@pytest.mark.slow
@pytest.mark.parametrize(("text", "types", "expected"), [
    pytest.param("Democrats want the president to stop sending weapons to Saudi Arabia.", ("AID",),
                 [("AID", ("SAU",), "denied")], id="stop-sending-weapons"),
    pytest.param("The United States will halt sending aid to Egypt, the senator said.", ("AID",),
                 [("AID", ("EGY", "USA"), "denied")], id="halt-sending-aid"),
    pytest.param("The United States sent weapons to Saudi Arabia last year.", ("AID",),
                 [("AID", ("SAU", "USA"), "occurred")], id="sent-weapons"),
    pytest.param("If elected, the senator said he would meet the Chinese president in Beijing.", ("CONSULT", "AGREE"),
                 [("CONSULT", ("CHN",), "hypothetical")], id="if-elected-said-would-meet"),
    pytest.param("The senator said he would meet the Chinese president in Beijing.", ("CONSULT", "AGREE"),
                 [("AGREE", ("CHN",), "planned")], id="said-would-meet"),
])
def test_stopped_and_conditioned_acts(text, types, expected):
    assert [e for e in events_with_sides(_OPEN + text, published="2019-10-01") if e[0] in types] == expected
