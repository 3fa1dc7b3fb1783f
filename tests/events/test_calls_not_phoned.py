"""The noun "call" is a conversation only when no appeal or name is meant
(`accords.events.meetings._no_conversation`): "a Call to Action for businesses", "a call to
action on cancer screening" and "the Paris Call for Trust and Security in Cyberspace" are no
phone calls. Sentences written for these tests in the register of White House fact sheets."""

from __future__ import annotations

import pytest

from tests.events.sides import directed_events

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Vice President will travel to Guatemala next week. In her role overseeing diplomatic efforts "
                 "with Guatemala, Vice President Kamala Harris announced today a Call to Action for businesses to "
                 "make new, significant commitments in Guatemala.",
                 [("AGREE", ("USA",), ("GTM",))], id="call-to-action"),
    pytest.param("The Vice President will travel to France next week. The United States interprets the Paris Call "
                 "consistent with our existing domestic and international obligations with France.",
                 [("AGREE", ("USA",), ("FRA",))], id="initiative-named-after-a-place"),
    pytest.param("President Biden had a call with President Macron of France on Tuesday.",
                 [("CONSULT", ("USA",), ("FRA",))], id="a-call-with-a-president-stays"),
])
def test_calls_that_are_no_conversation(text, expected):
    assert directed_events(text, published="2023-05-01", source="The White House") == expected
