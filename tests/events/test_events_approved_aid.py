"""Aid approved or authorized by its giver is aid given (AID), to the side it is for: "approved a $300
million security assistance package for Ukraine", "authorized a drawdown of ... military aid for
Ukraine". Approving anything else (a sale, a request, a plan), or aid another side owns ("a French
government aid package" a regulator approves), is no aid. Sentences written for the
test in the register of the White House statements (2021-2026)."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

WH = "The White House"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The President approved a $300 million security assistance package for Ukraine.",
                 [("AID", ("UKR", "USA"), "occurred")], id="approved-package-for"),
    pytest.param("The President authorized a drawdown of $200 million in military aid for Ukraine.",
                 [("AID", ("UKR", "USA"), "occurred")], id="authorized-drawdown-of-aid"),
    pytest.param("Today the United States approved $40 million in humanitarian assistance to Haiti.",
                 [("AID", ("HTI", "USA"), "occurred")], id="approved-amount-to"),
    # approval of anything but aid is none
    pytest.param("The State Department approved the sale of F-35 jets to the United Arab Emirates.", [],
                 id="approved-a-sale"),
    pytest.param("The United States approved the request of Poland for more time.", [],
                 id="approved-a-request"),
    # a regulator approving another's aid gives nothing
    pytest.param("The European Commission approved a French government aid package for the airline.", [],
                 id="approved-another-s-aid"),
    pytest.param("The Fund approved Ghana’s request for a new loan program.", [], id="approved-another-s-request"),
])
def test_approved_aid(text, expected):
    assert events_with_sides(text, published="2025-03-10", source=WH) == expected
