"""A gathering's counts are its host's, and fish stocks are no stock market (indtt48).

- "Over 1,300 delegates from more than 130 countries attended the biennial UNWTO meeting" after a sentence saying
  the assembly "was held in Chengdu, China": the delegates and the countries are the host's, as tests/gold/README.md
  gives them (tt_416827, "the delegates and countries at an assembly are the host country's"), not the body's whose
  meeting it is; "The conference brought together 1,300 delegates from 130 countries in Baku": the host named after
  the count (`accords.indicators.countrycounts.event_venue`), not the outlet's home;
- "30 percent of the Caspian Sea's fish stocks" is `fish_stocks_share`, never `stock_index_share`; "carbon stocks",
  "grain stocks" are no stock index either (`accords.indicators.lexicon`).

The UNWTO sentences are from tt_416827 (tests/gold/articles, Tehran Times, CC BY 4.0); the others are our own. Each
expected record is (metric, subjects, value).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

TT = "Tehran Times"


def _figures(text: str) -> list[tuple]:
    return [(metric, subjects, value) for metric, subjects, value, *_ in figures(text, published=None, source=TT)]


CASES = [
    pytest.param(
        "Pololikashvili was elected on Thursday by consensus at the 22nd UNWTO General Assembly, which was held in "
        "Chengdu, China from September 11 to 16. Over 1,300 delegates from more than 130 countries attended the "
        "biennial UNWTO meeting, which focused on sustainable development and tourism.",
        [("delegates", ("CHN",), 1300.0), ("countries", ("CHN",), 130.0)],
        id="delegates-at-a-meeting-held-in-a-country-are-the-hosts-not-the-bodys",
    ),
    pytest.param(
        "The conference brought together 1,300 delegates from 130 countries in Baku.",
        [("delegates", ("AZE",), 1300.0), ("countries", ("AZE",), 130.0)],
        id="a-gathering-brought-together-in-a-city-is-the-citys-country",
    ),
    pytest.param(
        "The forum was held in Tehran last week. Some 500 participants from 40 countries attended the forum.",
        [("participants", ("IRN",), 500.0), ("countries", ("IRN",), 40.0)],
        id="attendance-of-the-event-held-before-takes-its-host",
    ),
    pytest.param(
        "About 4,000 service members from 23 nations will train in Georgia.",
        [("troops", ("GEO",), 4000.0)],
        id="training-troops-gather-at-no-event",
    ),
    pytest.param(
        "Iran holds 30 percent of the Caspian Sea's fish stocks, the official said.",
        [("fish_stocks_share", ("IRN",), 30.0)],
        id="fish-stocks-are-no-stock-index",
    ),
    pytest.param(
        "Turkish stocks rose 2 percent on Monday.",
        [("stock_index_growth", ("TUR",), 2.0)],
        id="a-countrys-stocks-are-still-its-stock-market",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_event_hosts_and_fish_stocks(text: str, expected: list) -> None:
    assert _figures(text) == expected
