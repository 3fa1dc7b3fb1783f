"""Web and wire news weigh chances and report bodies meeting in a member's city (nineteenth
session, precision of news events): "slim chance of X agreeing", "the possibility of a
meeting between" report no act (`accords.events.status.prospect_of`: hypothetical, out of the
gold shape); "EU agriculture ministers met in Prague" is the body's meeting, not one with the
Czech Republic (`accords.events.venues.body_members`). Each rule keeps a case that must still
fire. Sentences written for these tests in the register of wire news."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("There is slim chance of Britain and the United States agreeing on a new tariff deal this year.",
                 [("AGREE", ("GBR", "USA"), "hypothetical")], id="prospect-of-agreeing"),
    pytest.param("The possibility of a meeting between the Russian and US presidents in Geneva was raised on "
                 "Monday.", [("CONSULT", ("RUS", "USA"), "hypothetical")], id="possibility-of-a-meeting"),
    pytest.param("Iran and Turkey discussed the possibility of a joint gas pipeline.",
                 [("CONSULT", ("IRN", "TUR"), "occurred")], id="discussing-a-possibility-stays"),
    pytest.param("Iran and Turkey agreed on Monday to build a joint gas pipeline.",
                 [("AGREE", ("IRN", "TUR"), "occurred")], id="agreement-stays"),
])
def test_odds_are_no_act(text, expected):
    assert events_with_sides(text, published="2024-05-07") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("EU agriculture ministers met in Prague on Monday.", [("CONSULT", ("EU",), "occurred")],
                 id="body-members-meet-in-a-member-city"),
    pytest.param("The Iranian foreign minister met EU colleagues in Madrid on Monday.",
                 [("CONSULT", ("EU", "IRN"), "occurred")], id="met-the-body-members"),
    pytest.param("The EU envoy held talks in Tehran on Sunday.", [("CONSULT", ("EU", "IRN"), "occurred")],
                 id="one-envoy-visits-the-host-stays"),
    pytest.param("The Iranian foreign minister met with officials in Baku on Monday.",
                 [("CONSULT", ("AZE", "IRN"), "occurred")], id="host-officials-stay"),
])
def test_a_body_meets_in_a_member_city(text, expected):
    assert events_with_sides(text, published="2024-05-07") == expected
