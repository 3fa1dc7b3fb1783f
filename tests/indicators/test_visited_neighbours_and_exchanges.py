"""Visits to a country named before, comparisons, goods exchanged and the circumstance of sanctions in the
state-press register (indaze32).

- "Iranians visited the neighboring country" is a visit to the country named before
  (`accords.indicators.partners`), and "international travelers visited the country" in a sentence naming no
  country the country the sentence before names as visited (`accords.indicators.owners`), not the article's main
  country;
- "in comparison with 204,000" restates the metric of the figure before it (`accords.indicators.clauses`);
- "hosted a total of 2,276,604 foreign nationals" counts tourists; "exchanged $417 million worth of goods" and
  "the volume of transactions between" are trade turnover (`accords.indicators.lexicon`); "increase in 2001" names
  a year, no metric (`accords.indicators.named`);
- "Given the U.S. sanctions against Iran" names the imposer of sanctions, no side of the figure
  (`accords.indicators.background`);
- "the two neighboring countries" is the article's pair (`accords.indicators.subjects.PAIR_CUE`), "the neighboring
  countries" is not;
- the verb that says what counted people do may come after auxiliaries ("are anticipated to visit"), and "have met"
  after a count is no count of meetings (`accords.indicators.countnouns.verb_after_head`).

Sentences from Tehran Times reports (`tehrantimes-region`, CC BY 4.0, see tests/gold/README.md), and two
paraphrases of one (tt 83085, whose original writes the countries in lower case).
"""

from __future__ import annotations

import pytest

from accords.indicators.subjects import subjects_for
from tests.indicators.figures import figures

TT = "Tehran Times"
Q1_2018 = ("2018-01-01", "2018-03-31")
J_O_2017 = ("2017-01-01", "2017-10-31")


def _subjects(text: str) -> list[tuple]:
    return [(metric, subjects, value) for metric, subjects, value, *_ in figures(text, published=None, source=TT)]


CASES = [
    pytest.param(  # tt 423080
        "TEHRAN – A total of 99,158 Iranian nationals visited the Republic of Azerbaijan during the first three months of "
        "2018. During this period, 627,835 international travelers visited the country, which shows a 12.6 percent "
        "year-on-year increase, Azer News reported. Around 320,000 Iranians visited the neighboring country in "
        "January-October 2017 in comparison with 204,000 in 2016.",
        [("visits", ("AZE", "IRN"), 99158.0), ("tourists", ("AZE",), 627835.0), ("tourists_growth", ("AZE",), 12.6),
         ("visits", ("AZE", "IRN"), 320000.0), ("visits", ("AZE", "IRN"), 204000.0)],
        id="the-country-visited-and-the-neighboring-country-are-the-one-named-as-visited-before",
    ),
    pytest.param(  # tt 418519
        "TEHRAN – The number of Iranian travelers to Azerbaijan has risen by nearly 64 percent in the first 10 months of "
        "2017 compared to the same period last year. The Republic of Azerbaijan hosted a total of 2,276,604 foreign "
        "nationals during the 10-month period.",
        [("tourists_growth", ("AZE", "IRN"), 64.0), ("tourists", ("AZE",), 2276604.0)],
        id="foreign-nationals-a-country-hosted-are-tourists",
    ),
    pytest.param(  # paraphrase of tt 83085
        "Iran and Turkey exchanged $417 million worth of goods in the first four months of 2002, a report said. The "
        "volume of transactions between Iran and Turkey showed 13.48 percent increase in 2001 compared to the figures "
        "for 2000 and stood at $1.193 billion.",
        [("trade_turnover", ("IRN", "TUR"), 4.17e8), ("trade_turnover_growth", ("IRN", "TUR"), 13.48),
         ("trade_turnover", ("IRN", "TUR"), 1.193e9)],
        id="goods-exchanged-and-the-volume-of-transactions-are-trade-and-a-year-after-increase-in-no-metric",
    ),
    pytest.param(  # tt 451998
        "Q: Given the U.S. sanctions against Iran, do you think that the Iran-Turkey roadmap to increase trade ties to "
        "$30 billion is achievable?",
        [("trade_turnover", ("IRN", "TUR"), 3e10)],
        id="given-the-us-sanctions-names-no-side",
    ),
    pytest.param(  # tt 411679
        "TEHRAN – Azerbaijani President Ilham Aliyev arrived in Tehran on Sunday for the third time in three years in a "
        "bid to seek closer ties with its big neighbor. Referring to documents finalized between the two sides during "
        "previous meetings, the Azerbaijani head of state noted that the agreements have either entered implementation "
        "or are being prepared for implementation. As a result, trade between the two neighboring countries grew as much "
        "as 70 percent in 2016, Aliyev said while citing 18 MOUs signed in recent years. Iran and Azerbaijan signed "
        "documents, Iran’s president said.",
        [("trade_turnover_growth", ("AZE", "IRN"), 70.0)],
        id="the-two-neighboring-countries-are-the-pair",
    ),
    pytest.param(  # tt 440703
        "TEHRAN – Some six million Iranian nationals are anticipated to visit the neighboring Turkey in 2020, president "
        "of Iranian Scientific Ecotourism has said.",
        [("visits", ("IRN", "TUR"), 6e6)],
        id="people-anticipated-to-visit-a-country-are-its-visitors",
    ),
    pytest.param(  # own paraphrase of a sentence on defence spending
        "Only nine Allies have met the commitment this year, the alliance said.",
        [],
        id="allies-that-have-met-a-commitment-are-no-meetings",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_visits_exchanges(text: str, expected: list[tuple]) -> None:
    assert _subjects(text) == expected


NOT_THE_PAIR = [
    pytest.param(  # tt 431330, the group of neighbours instead of the one named before
        "TEHRAN- The value of Iran’s exports to Azerbaijan rose 50 percent during the first eight months of the year. "
        "Iran’s exports to the neighboring countries rose 12 percent in the period.",
        [("exports_growth", ("AZE", "IRN"), 50.0), ("exports_growth", ("IRN",), 12.0)],
        id="the-neighboring-countries-are-no-pair",
    ),
    pytest.param(  # tt 423080, the country visited is named in the sentence before only as the travellers' home
        "TEHRAN – A total of 99,158 Iranian nationals travelled abroad during the first three months of 2018. During "
        "this period, 627,835 international travelers visited the country.",
        [("tourists", ("IRN",), 99158.0), ("tourists", ("IRN",), 627835.0)],
        id="a-country-named-before-but-not-as-visited-is-not-the-country-visited",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_THE_PAIR)
def test_not_the_pair(text: str, expected: list[tuple]) -> None:
    assert _subjects(text) == expected


PAIR_CUES = [
    pytest.param("As a result, trade between the two neighboring countries grew as much as 70 percent in 2016", ("AZE",),
                 ("AZE", "IRN"), id="the-two-neighboring-countries"),  # tt 411679
    pytest.param("the relations between the two friendly countries", ("AZE",), ("AZE", "IRN"), id="the-two-friendly-countries"),
    pytest.param("Iran’s exports to the neighboring countries rose 12 percent", ("IRN",), ("IRN",),
                 id="the-neighboring-countries-are-a-region"),
]


@pytest.mark.parametrize(("clause", "named", "expected"), PAIR_CUES)
def test_pair_cues(clause: str, named: tuple[str, ...], expected: tuple[str, ...]) -> None:
    assert subjects_for(clause, named, pair=("AZE", "IRN")) == expected
