"""A call of several leaders, then "They agreed ..." or "They called on Russia to ...": the sides are those who
held the call, even where the article's pair (its two most-named sides) is never shown together
(`accords.events.relations.anchored`); "called on Russia to de-escalate tensions" is a request of Russia though the
parser reads the split "de - escalate" as adjectives of "tensions" (`accords.events.matching`). Sentences from White
House readouts (wh_20211206-biden-european-allies-call, wh_20210413-biden-putin-call)."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_ALLIES = ("DEU", "FRA", "GBR", "ITA", "USA")
_CALL = ("Today, President Emmanuel Macron of France, Chancellor Angela Merkel of Germany, Prime Minister Mario Draghi "
         "of Italy, Prime Minister Boris Johnson of the United Kingdom, and President Biden of the United States held a "
         "call. The leaders discussed their shared concern about the Russian military build-up on Ukraine’s borders and "
         "Russia’s increasingly harsh rhetoric. ")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param(_CALL + "They called on Russia to de-escalate tensions and agreed that diplomacy, especially through the "
                 "Normandy Format, is the only way forward to resolve the conflict in Donbas through the implementation of "
                 "the Minsk Agreements. They agreed that their teams will stay in close touch, including in consultation "
                 "with NATO allies and EU partners, on a coordinated and comprehensive approach.", "2021-12-06",
                 [("AGREE", _ALLIES, "occurred"), ("REQUEST", ("DEU", "FRA", "GBR", "ITA", "RUS", "USA"), "occurred")],
                 id="allies-call-they-agreed-and-called-on"),
    pytest.param("President Joseph R. Biden, Jr. spoke today with President Vladimir Putin\nof Russia. They discussed a"
                 " number of regional and global issues,\nincluding the intent of the United States and Russia to pursu"
                 "e a\nstrategic stability dialogue on a range of arms control and emerging\nsecurity issues, building o"
                 "n the extension of the New START Treaty.\nPresident Biden also made clear that the United States will"
                 " act firmly\nin defense of its national interests in response to Russia’s actions,\nsuch as cyber intr"
                 "usions and election interference.\xa0President Biden\nemphasized the United States\u2019 unwavering commitmen"
                 "t to Ukraine’s\nsovereignty and territorial integrity. The President voiced our concerns\nover the sud"
                 "den Russian military build-up in occupied Crimea and on\nUkraine’s borders, and called on Russia to d"
                 "e-escalate\ntensions.\xa0President Biden reaffirmed his goal of building a stable and\npredictable relati"
                 "onship with Russia consistent with U.", "2021-04-13",
                 [("REQUEST", ("RUS", "USA"), "occurred")],
                 id="called-on-russia-to-de-escalate"),
])
def test_allies_call_events(text, published, expected):
    found = events_with_sides(text, published=published, source="The White House")
    for event in expected:
        assert event in found
