"""The event confidence table (events/confidence.py): a signing whose sides the sentence names
ranks above a meeting, a meeting above backing and intentions, sides from the article's pair
below named ones, and conflictual events lowest (refit on the dev gold of 62 articles)."""

from __future__ import annotations

import pytest

from accords.events.confidence import event_confidence


@pytest.mark.parametrize(("higher", "lower"), [
    pytest.param(("SUPPORT", 2, "sign"), ("CONSULT", 2, None), id="signing-over-meeting"),
    pytest.param(("CONSULT", 2, None), ("AGREE", 2, None), id="meeting-over-agreement"),
    pytest.param(("AGREE", 2, None), ("SUPPORT", 2, None), id="agreement-over-backing"),
    pytest.param(("CONSULT", 1, None), ("CONSULT", 0, None), id="named-over-pair"),
    pytest.param(("CONSULT", 0, None), ("SUPPORT", 1, None), id="pair-over-one-sided-backing"),
    pytest.param(("SUPPORT", 1, None), ("ACCUSE", 2, None), id="cooperative-over-conflictual"),
])
def test_order(higher, lower):
    assert event_confidence(*higher) > event_confidence(*lower)


@pytest.mark.parametrize(("event", "band"), [
    pytest.param(("SUPPORT", 2, "sign"), True, id="named-signing-high"),
    pytest.param(("SUPPORT", 3, "ratify"), True, id="named-ratification-high"),
    pytest.param(("CONSULT", 2, "phone"), False, id="call-not-high"),
    pytest.param(("SUPPORT", 2, None), False, id="backing-not-high"),
    pytest.param(("SUPPORT", 0, "sign"), False, id="pair-signing-not-high"),
])
def test_high_band(event, band):
    assert (event_confidence(*event) >= 0.8) is band
