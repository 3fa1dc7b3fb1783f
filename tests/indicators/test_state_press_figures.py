"""Figures of the regional state press (Tehran Times; the Azernews register of tests/gold/articles/seed_000.txt):
a sentence-opening common noun names a figure (`accords.indicators.initials`); "18.8 year-on-year percent" is a
percentage (`accords.quantities.extract`) and a people counted on their visits are tourists
(`accords.indicators.counted`); money set by a comma beside a count as its worth is the count's
(`accords.indicators.worth`); a customs or statistics body's trade figure is its country's and a company's stake
its own country's (`accords.indicators.nationalbodies`).

Sentences from Tehran Times reports (`tehrantimes-region`, CC BY 4.0, see tests/gold/README.md) or our own
paraphrases of the Azernews register (marked).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

TT = "Tehran Times"
AZ = "Azernews"

NAMED = [
    pytest.param(  # our paraphrase of the Azernews register
        "Patent activity in Azerbaijan grew by 22 % in 2024 compared to the previous year.",
        [("patent_activity_growth", 22.0, "percent", "actual")],
        id="a-sentence-opening-common-noun-names-the-growth",
    ),
    pytest.param(  # our paraphrase
        "Baku metro ridership grew by 5 percent in 2024.",
        [("metro_ridership_growth", 5.0, "percent", "actual")],
        id="a-sentence-opening-city-is-no-word-of-the-metric",
    ),
    pytest.param(  # tt 425655
        "Meanwhile, number of Iranians visiting the neighboring country dropped by 18.8 year-on-year percent from March "
        "to June, the report added.",
        [("tourists_growth", -18.8, "percent", "actual")],
        id="a-year-on-year-percent-of-a-people-visiting-is-tourists-growth",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_named(text: str, expected: list[tuple]) -> None:
    assert [(f[0], *f[2:5]) for f in figures(text, source=TT)] == expected  # what the figure is named; its sides aside


WORTH = [
    pytest.param(  # tt 410771
        "Iran plans to open two credit lines in South Korea’s Exim Bank and a bank in Turkey in near future, worth €175 "
        "million.",
        [("credit_lines", ("IRN", "KOR", "TUR"), 2.0, "count", "target"),
         ("loans", ("IRN", "KOR", "TUR"), 1.75e8, "EUR", "target")],
        id="planned-credit-lines-worth-money-are-the-plans-countries-and-a-target",
    ),
    pytest.param(  # our paraphrase
        "Iran and Kazakhstan signed 66 contracts worth $2 billion.",
        [("agreements_signed", ("IRN", "KAZ"), 66.0, "count", "actual"),
         ("contract_value", ("IRN", "KAZ"), 2e9, "USD", "actual")],
        id="contracts-worth-money-with-no-comma-keep-their-own-metric",
    ),
]


@pytest.mark.parametrize(("text", "expected"), WORTH)
def test_worth(text: str, expected: list[tuple]) -> None:
    assert [f[:5] for f in figures(text, source=TT)] == expected


BODIES = [
    pytest.param(  # our paraphrase of the Azernews register
        AZ, "Georgia's imports from Azerbaijan increased by 14.6 percent. According to the State Customs Committee, the "
        "trade turnover amounted to 20 billion dollars.",
        [("imports_growth", ("AZE", "GEO"), 14.6, "percent"), ("trade_turnover", ("AZE",), 2e10, "USD")],
        id="a-customs-body-reports-its-home-countrys-trade",
    ),
    pytest.param(  # our paraphrase of the Azernews register
        AZ, "Georgia's imports from Azerbaijan increased by 14.6 percent. According to the State Customs Committee, the "
        "trade turnover between the two countries amounted to 2 billion dollars.",
        [("imports_growth", ("AZE", "GEO"), 14.6, "percent"), ("trade_turnover", ("AZE", "GEO"), 2e9, "USD")],
        id="a-customs-body-reporting-trade-between-two-countries-leaves-the-pair",
    ),
    pytest.param(  # our paraphrase
        TT, "Georgia's imports from Azerbaijan increased by 14.6 percent. According to the State Customs Committee, the "
        "trade turnover amounted to 20 billion dollars.",
        [("imports_growth", ("AZE", "GEO"), 14.6, "percent"), ("trade_turnover", ("AZE", "GEO"), 2e10, "USD")],
        id="an-outlet-home-the-article-is-not-about-gives-no-body-its-country",
    ),
    pytest.param(  # our paraphrase of the Azernews register
        AZ, "Iran and Azerbaijan signed a deal. SOCAR owns a 25 percent stake in the consortium.",
        [("stake", ("AZE",), 25.0, "percent")],
        id="a-companys-stake-is-its-country-not-the-sentence-befores",
    ),
]


@pytest.mark.parametrize(("source", "text", "expected"), BODIES)
def test_bodies_and_owners(source: str, text: str, expected: list[tuple]) -> None:
    assert [f[:4] for f in figures(text, source=source)] == expected
