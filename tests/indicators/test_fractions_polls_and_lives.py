"""Shares written as fractions, a poll's findings over two sentences, lives claimed and forces counted by strength
(issue #14, indtt41). "three quarters of", "nearly half of", "a quarter of the world's GDP" are shares in percent
(`accords.quantities.extract._FRACTION_SHARE`), "fell by a quarter" a change of -25 percent; "half of that" names no
whole. A share right before an opinion ("83% do not want") in a sentence after one naming a survey is what the poll
found, the opinion of the country the respondents are in (`accords.indicators.polls`); "claimed the lives of more than
200 people" is a toll (`tolls`); "a 1,500-strong troop presence" counts troops (`named.casualties`). Sentences from
tehrantimes-region (CC BY 4.0), some cut to the clause that matters, and the White House corpus (public domain)."""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    (
        "a-quarter-of-the-worlds-gdp",  # tt_465250, cut
        "The members of the Shanghai Cooperation Organization account for a quarter of the world's GDP.",
        [("world_gdp_share", ("SCO",), 25.0, "percent", "actual", None)],
    ),
    (
        "fell-by-a-quarter",  # tt_473799, cut
        "Trade between Iran and Kazakhstan fell by a quarter in 2020.",
        [("trade_turnover_growth", ("IRN", "KAZ"), -25.0, "percent", "actual", None)],
    ),
    (
        "poll-continued-in-the-next-sentence",  # tt_409226
        "A 2015 survey by U.S. think tank German Marshall Fund, three-quarters of respondents in Turkey do not want "
        "their children to play with the children of those who support a different political party. Furthermore, 83% "
        "do not want their daughter to marry someone voting for the party from which they feel distant, and 78% reject "
        "the idea of doing business with someone voting for the “other” party.",
        [("poll_share", ("TUR",), 75.0, "percent", "actual", None),
         ("poll_share", ("TUR",), 83.0, "percent", "actual", None),
         ("poll_share", ("TUR",), 78.0, "percent", "actual", None)],
    ),
    (
        "lives-of-people-claimed",  # tt_404823
        "A military coup attempt in Turkey on July 15 claimed the lives of more than 200 people and left nearly 1,500 "
        "others wounded.",
        [("deaths", ("TUR",), 200.0, "count", "actual", "lower"),
         ("injured", ("TUR",), 1500.0, "count", "actual", "upper")],
    ),
    (
        "a-strong-troop-presence",  # tt_143348, its pronoun made the country
        "Turkey maintains a 1,500-strong troop presence several kilometres inside Iraq.",
        [("troops", ("IRQ", "TUR"), 1500.0, "count", "actual", None)],
    ),
    (
        "half-of-that-names-no-whole",  # whitehouse 2022-03-08, the sentence's end
        "Member countries agreed to a collective release of an initial 60 million barrels of crude oil from our "
        "strategic petroleum reserves, with the United States committing half of that in the emergency sale.",
        [("reserves", ("USA",), 6e7, "bbl", "target", None)],  # the barrels only, no 50 percent
    ),
    (
        "the-first-half-of-a-year-no-share",
        "Iran's exports to Turkey reached $2 billion in the first half of the year.",
        [("exports", ("IRN", "TUR"), 2e9, "USD", "actual", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text, source="Tehran Times") == expected
