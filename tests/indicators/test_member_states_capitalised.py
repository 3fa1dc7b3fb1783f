"""A named body's count of members after a membership verb with "currently" between ("The SCO currently
comprises eight Member States"), its members' term capitalised as the body's own ("Member States", "Member
Countries"), is the body's alone (`indicators.memberships`: `member_countries`, as the gold gives
tt_477074's "eight Member States" to `SCO`); a one-word place that names no body ("Asia"), members of a
delegation and the two sides make no count of a body's members.

Texts: Tehran Times (tehrantimes-region, CC BY 4.0), the sentence as the corpus gives it (tt_477074), the
first sentence of the article written for this test; sentences written for these tests in the register of
the regional state press where marked. Each expected record is (metric, subjects, value, unit, kind,
qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

TT = "Tehran Times"

CASES = [
    pytest.param(
        "TEHRAN - The Shanghai Cooperation Organization was founded in 2001. The SCO currently comprises eight Member "
        "States (China, India, Kazakhstan, Kyrgyzstan, Russia, Pakistan, Tajikistan, and Uzbekistan), four Observer "
        "States interested in acceding to full membership (Afghanistan, Belarus, Iran, and Mongolia), and six "
        "“Dialogue Partners” (Armenia, Azerbaijan, Cambodia, Nepal, Turkey, and Sri Lanka).",
        [("member_countries", ("SCO",), 8.0, "count", "actual", None),
         # the observers and partners the SCO's too since indtt46 (indicators.statuses), as the gold records them
         ("observer_states", ("SCO",), 4.0, "count", "actual", None),
         ("dialogue_partners", ("SCO",), 6.0, "count", "actual", None)],
        id="currently-comprises-capitalised-member-states",
    ),
    pytest.param(  # written for this test
        "The Economic Cooperation Organization currently includes ten Member Countries.",
        [("member_countries", ("ECO",), 10.0, "count", "actual", None)],
        id="currently-includes-capitalised-member-countries",
    ),
    pytest.param(  # written for this test
        "Asia currently comprises 48 States.", [], id="a-place-is-no-body",
    ),
    pytest.param(  # written for this test
        "The Iranian delegation currently includes eight members of parliament.", [], id="delegates-are-no-member-states",
    ),
    pytest.param(  # written for this test
        "The two sides currently have eight joint committees.", [], id="the-two-sides-no-body",
    ),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_member_states_capitalised(text: str, wanted: list[tuple]) -> None:
    assert figures(text, source=TT) == wanted
