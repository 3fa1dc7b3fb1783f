"""A conversation with a news medium is an interview, no consultation between states
(`accords.events.meetings.interviewed`): "was speaking to the BBC's ... programme", "spoke to
CNN", "talked with the Russian news agency TASS" name no state's official as the partner, and
the outlet's country (the BBC's Britain, CNN's United States) is no side. A conversation with a
state's official stays.

Sentences written for these tests in the register of the wire and broadcast pages the rule was
checked on (no outlet's text is copied)."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Turkish foreign minister was speaking to the BBC's Hardtalk programme before flying to Brussels.",
                 [], id="speaking-to-a-programme"),
    pytest.param("Iran's foreign minister spoke to CNN on Monday.", [], id="spoke-to-a-network"),
    pytest.param("The Azerbaijani president talked with the Russian news agency TASS in Baku.", [],
                 id="talked-with-a-news-agency"),
    pytest.param("The Iranian foreign minister talked to CNN in New York on Monday.", [], id="talked-to-a-network-abroad"),
    pytest.param("The Israeli prime minister spoke with Fox News on Sunday.", [], id="spoke-with-a-news-channel"),
    pytest.param("The Iranian foreign minister spoke to his Turkish counterpart by phone on Monday.",
                 [("CONSULT", ("IRN", "TUR"), "occurred")], id="counterpart-stays"),
    pytest.param("Iran's foreign minister spoke with the Russian ambassador in Tehran on Sunday.",
                 [("CONSULT", ("IRN", "RUS"), "occurred")], id="ambassador-stays"),
])
def test_interview_is_no_consultation(text, expected):
    assert events_with_sides(text, published="2020-06-01") == expected
