"""A sentence that names no side takes the article's pair only once the text has shown the pair
(`accords.events.pairrefs.pair_related`): a sentence naming both, at or before it, or an event
relating them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        "The ministers agreed to expand cooperation on trade. Later in the year, officials of Kazakhstan met "
        "officials of Uzbekistan, and Kazakhstan and Uzbekistan signed a memorandum on water.",
        [("SUPPORT", ("KAZ", "UZB"), "occurred")], id="pair-shown-only-after"),
    pytest.param(
        "Kazakhstan and Uzbekistan are neighbours. The ministers agreed to expand cooperation on trade.",
        [("AGREE", ("KAZ", "UZB"), "occurred")], id="pair-shown-before"),
])
def test_pair_fills_only_once_shown(text, expected):
    # a Tehran Times text: an outlet with a home (Iran), not named here
    events = events_with_sides(text, published="2024-04-15", source="Tehran Times")
    assert [e for e in events if e[0] in ("AGREE", "SUPPORT")] == expected
