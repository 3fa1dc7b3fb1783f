"""A truce accepted is agreed (`accords.events.triggers`, "accept"): "Israel and Lebanon have accepted
a cessation of hostilities" is an AGREE of the two; accepting something else ("accepts oil") stays
no event, and one refused is denied. Sentences from a White House joint statement of 2024-11-26 (public domain) and Tehran Times
article 463524 (tehrantimes-region, CC BY 4.0), some shortened."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Today, after many weeks of tireless diplomacy, Israel and Lebanon have accepted a cessation of "
                 "hostilities between Israel and Lebanon.", [("AGREE", ("ISR", "LBN"), "occurred")],
                 id="accepted-cessation-of-hostilities"),
    pytest.param("Azerbaijan and Armenia accepted a ceasefire on Tuesday evening.",
                 [("AGREE", ("ARM", "AZE"), "occurred")], id="accepted-ceasefire"),
    pytest.param("Azerbaijan and Armenia did not accept the ceasefire.", [("AGREE", ("ARM", "AZE"), "denied")],
                 id="not-accepted-is-denied"),
    pytest.param("Under the swap deals, Iran accepts oil from other Caspian littoral states.", [], id="accepts-oil"),
])
def test_accepted_truce(text, expected):
    assert events_with_sides(text, published="2024-11-26") == expected
