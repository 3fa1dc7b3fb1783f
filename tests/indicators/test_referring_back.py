"""What "the figure" and "The country" of a new sentence stand for (issue #14).

- "The figure stood at $4.445 billion" after a sentence with a level and its rise: the level
  (the latest figure of the sentence before in the same unit), not the rise;
- "The country exported ..." after "Turkey's exports to Iran fell ...": the country the
  sentence before named as an owner, not the partner nor the article's main country; a country
  named otherwise there ("UK entrepreneur") says nothing.

Text of Tehran Times article 425235 (CC BY 4.0, Tehran Times / Mehr News Agency; fresh dev gold
tt_425235); the last case is written for this test.
"""

from __future__ import annotations

from accords.model import Article
from accords.pipeline import run

_TT_425235 = (
    "TEHRAN – The value of trade between Iran and its neighbor Turkey has reached $4.575 billion during the first "
    "five months of 2018, registering a three percent rise compared to the same period last year. The figure stood "
    "at $4.445 billion during the first five months of 2017, Tasnim reported on Monday citing data from the Turkish "
    "Statistical Institute. According to the report, Turkey’s exports to Iran fell 11 percent during January-May "
    "2018 compared to 2017 five-month period to settle at $1.14 billion. The country exported $1.286 billion worth "
    "of goods to Iran during the same time span in the previous year."
)


def _figures(text: str, source: str) -> list[tuple]:
    extraction = run(Article(id="r", text=text, source=source))
    return [(i.metric, i.subjects, i.value) for i in extraction.indicators]


def test_the_figure_is_the_level_not_its_rise() -> None:
    assert ("trade_turnover", ("IRN", "TUR"), 4.445e9) in _figures(_TT_425235, "Tehran Times")


def test_the_country_is_the_owner_of_the_sentence_before() -> None:
    assert ("exports", ("IRN", "TUR"), 1.286e9) in _figures(_TT_425235, "Tehran Times")


def test_a_country_named_not_as_owner_says_nothing() -> None:
    # written for this test
    text = ("India's carriers keep adding routes. Their market has attracted investors from the UK. "
            "The country now counts a population of over 1.3 billion people.")
    assert [f[1] for f in _figures(text, "Azernews") if f[0] == "population"] == [("IND",)]
