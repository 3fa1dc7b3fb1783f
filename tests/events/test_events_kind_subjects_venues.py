"""Two sides that are none (issue 13, White House dev false events): states named by kind as the
ones who act ("the 16 additional countries that are negotiating agreements with Ukraine", "many
nations have pledged support") or given to states counted by kind ("to 92 low-income nations") are not the other member of the article's pair
(`accords.events.completion.any_partner`); and the place a meeting was held, when the clause names
who met ("the talks held in Geneva between Secretary Blinken and the Russian Foreign Minister"),
is a venue, not a side (`accords.events.phrases.held_at`). "The two countries" and a place with
no participants named still count. Sentences written for the test in the register of the White
House readouts and fact sheets."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_LEAD = ("President Joseph R. Biden, Jr. met with President Volodymyr Zelenskyy of Ukraine at the White House on "
         "Thursday. ")
_MET = ("CONSULT", ("UKR", "USA"), "occurred")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_LEAD + "Sixteen other countries are negotiating security agreements with Ukraine.", [_MET],
                 id="other-countries-subject"),
    pytest.param(_LEAD + "Fifteen countries have completed their own agreements, and the 16 additional countries "
                 "that are negotiating agreements with Ukraine will finish them this year.", [_MET],
                 id="additional-countries-relative-clause"),
    pytest.param(_LEAD + "Many nations have pledged support for Ukraine's recovery.", [_MET], id="many-nations-subject"),
    pytest.param(_LEAD + "The two countries are negotiating a security agreement.", [_MET, _MET],
                 id="the-two-countries-stay"),
    pytest.param(_LEAD + "The two neighboring countries currently have 15 important joint projects.",
                 [_MET, ("COOPERATE", ("UKR", "USA"), "occurred")], id="the-two-neighboring-countries-stay"),
    pytest.param(_LEAD + "The United States will allocate these doses to 92 low and lower-middle income nations "
                 "around the world.", [_MET], id="to-92-nations"),
    pytest.param(_LEAD + "The United States will provide the aid to the two countries.",
                 [_MET, ("AID", ("UKR", "USA"), "planned")], id="to-the-two-countries-stay"),
    pytest.param("TEHRAN - Iranian President Ebrahim Raisi met with Russian President Vladimir Putin in Moscow on "
                 "Monday. Raisi will hold talks about the negotiations with the P4+1 countries.",
                 [("CONSULT", ("IRN", "RUS"), "occurred"), ("AGREE", ("IRN", "RUS"), "planned")],
                 id="p4-plus-1-no-count"),
    pytest.param("The President welcomed the talks held in Geneva between Secretary Blinken and the Russian "
                 "Foreign Minister.", [("CONSULT", ("RUS", "USA"), "occurred")], id="held-between-no-host"),
    pytest.param("Iran welcomed the talks held in Baku on Monday.", [("CONSULT", ("AZE", "IRN"), "occurred")],
                 id="held-in-host-stays"),
])
def test_no_side_by_kind_or_venue(text, expected):
    assert events_with_sides(text, published="2024-06-13") == expected
