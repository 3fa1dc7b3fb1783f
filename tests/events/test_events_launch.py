"""Joint bodies and campaigns set up, reported in the present progressive (issue 13): "We the Quad
partners ... are launching a public campaign" is cooperation carried out as the text is written,
like "launched"; "will launch" stays a plan. White House texts (2021-2024, public domain),
paragraphs unwrapped."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_QUAD = ("We the Quad partners of Australia, India, Japan, and the United States are launching a public campaign to "
         "improve cyber security across our nations: the *Quad Cyber Challenge*.")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param(_QUAD, "2023-02-07", ("COOPERATE", ("AUS", "IND", "JPN", "USA"), "occurred"), id="are-launching"),
])
def test_present_progressive_is_carried_out(text, published, expected):
    assert expected in events_with_sides(text, published=published, source="The White House")


@pytest.mark.slow
def test_future_launch_is_no_cooperation_yet():
    found = events_with_sides("The leaders will launch the U.S.-EU Trade and Technology Council to write the rules "
                              "of the road for the economy of the 21st century.", published="2021-06-15",
                              source="The White House")
    assert all(kind != "COOPERATE" for kind, _sides, _status in found)
