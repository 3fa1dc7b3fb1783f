"""A sentence that names no side takes the article's pair only once the text has shown the pair
(`accords.events.pairrefs.pair_related`): a sentence naming both, at or before it, or an event
relating them; and only while the text is still about the pair (`pairrefs.pair_current`). Sentences
written for these tests."""

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


_LEAD = ("TEHRAN - Iranian Foreign Minister Hossein Amir Abdollahian met his Azerbaijani counterpart Jeyhun Bayramov in "
         "Baku on Monday. Iran and Azerbaijan signed a memorandum of understanding on transit. ")


@pytest.mark.parametrize(("text", "kept"), [
    pytest.param(_LEAD + "Russia has long competed with Turkey for influence in the South Caucasus. Both countries agreed "
                 "last year to build a new gas pipeline.", False, id="both-countries-after-two-others"),
    pytest.param(_LEAD + "Separately, Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi "
                 "on Tuesday. The Kremlin said the talks lasted three hours. A new round of talks on gas prices will be held "
                 "next month.", False,
                 id="no-side-after-another-pair-met"),
    pytest.param(_LEAD + "A new round of talks on gas prices will be held next month.", True, id="no-side-after-the-pair"),
    pytest.param(_LEAD + "The two sides agreed to build a railway.", True, id="two-sides-after-the-pair"),
])
def test_pair_fills_only_while_current(text, kept):
    """`pairrefs.pair_current`, `pairrefs.other_pair_before`: the article's pair completes a
    sentence that names no side only while the text is still about the pair."""
    events = events_with_sides(text, published="2023-04-15", source="Tehran Times")
    assert (("AGREE", ("AZE", "IRN")) in [e[:2] for e in events]) is kept
    assert not [e for e in events if e[0] == "AGREE" and e[1] != ("AZE", "IRN")]


_CLASH = "Armenia says Azerbaijan has launched a military offensive in Karabakh. "


@pytest.mark.parametrize(("text", "sides"), [
    pytest.param(_LEAD + _CLASH + "Iran has called on both sides to exercise restraint.", ("ARM", "AZE", "IRN"),
                 id="caller-in-pair-both-sides-two-others"),
    pytest.param(_LEAD + _CLASH + "Iran urged both sides to exercise restraint.", ("ARM", "AZE", "IRN"), id="urged-two-others"),
    pytest.param(_LEAD + "Iran urged both sides to implement the memorandum quickly.", ("AZE", "IRN"),
                 id="no-other-two-named-pair-stays"),
])
def test_both_sides_apart_from_caller(text, sides):
    """`pairrefs.pair_apart`: "both sides" that one of the pair calls on, when the sentence or the
    nearest earlier one names two other countries, is those two, not the caller and its partner."""
    events = events_with_sides(text, published="2023-04-15", source="Tehran Times")
    assert [e[1] for e in events if e[0] == "REQUEST"] == [sides]
