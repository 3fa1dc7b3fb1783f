"""Metric, kind and period rules of indicators.v2 on real sentences (no spaCy)."""

import pytest

from accords.indicators.kinds import kind_for
from accords.indicators.lexicon import metric_for
from accords.indicators.periods import bounds, period_of
from accords.indicators.subjects import CountrySpan, article_pair, subjects_for

METRICS = [
    # (text before the figure, text after it, unit, figure text, metric)
    ("In the first seven months of 2021, the trade turnover between Azerbaijan and Turkey amounted to ", ".", "USD", "$2.5 billion", "trade_turnover"),
    ("", " agreements were signed between the two countries", "count", "Eleven", "agreements_signed"),
    ("There are ", " Iranian start-up firms present in Bakutel", "count", "nine", "companies"),
    ("", " Azeri tourists have visited Iran", "count", "Almost one million", "tourists"),
    ("I have visited Iran ", ", and we have met 10 times altogether", "count", "twice", "visits"),
    ("I have visited Iran twice, and we have met ", " times altogether", "count", "10", "meetings"),
    ("Meanwhile, the country imported 2,887,222 tons of goods valued at over ", " from the ECO member countries", "USD", "$3.302 billion", "imports"),
    ("The trade turnover between the ", " countries amounted to $4.1 billion", "count", "two", None),
    ("Iran has already ", " to develop ICT infrastructures", "USD", "five billion dollars", None),
]


@pytest.mark.parametrize("before,after,unit,figure,metric", METRICS,
                         ids=["turnover", "agreements", "firms", "tourists", "twice", "times", "valued-at", "two-countries", "no-keyword"])
def test_metric_for(before, after, unit, figure, metric):
    assert metric_for(before, after, unit=unit, figure=figure) == metric


KINDS = [
    ("The two countries set up a goal to bring the mutual trade turnover to $15 billion", "target"),
    ("Iran aims to host 20 million", "target"),
    ("the fields will produce 100,000", "forecast"),
    ("it is expected to create 300", "forecast"),
    ("The project could cost $2 billion", "forecast"),
    ("It is estimated that between 10,000", "estimate"),
    ("In the first seven months of 2021, the trade turnover between Azerbaijan and Turkey amounted to $2.5 billion", "actual"),
    # Tehran Times (CC BY): the modal of a writer's aside says nothing of the figure
    ("It should be noted that 99", "actual"),
    ("It can be said that the trade between the two countries reached $1.2", "actual"),
    ("It should be noted that the two sides are expected to reach $5", "forecast"),
]


@pytest.mark.parametrize("clause,kind", KINDS, ids=["goal", "aims", "will", "expected", "could-cost", "estimated", "actual", "aside-noted",
                                                    "aside-said", "aside-then-expected"])
def test_kind_for(clause, kind):
    assert kind_for(clause) == kind


PERIODS = [
    ("2020", ("2020-01-01", "2020-12-31")),
    ("2021-02", ("2021-02-01", "2021-02-28")),
    ("2021-02-18", ("2021-02-18", "2021-02-18")),
    ("2021-Q3", ("2021-07-01", "2021-09-30")),
    ("2021-H1", ("2021-01-01", "2021-06-30")),
    ("2021-W37", ("2021-09-13", "2021-09-19")),
    (("2021-01", "2021-07"), ("2021-01-01", "2021-07-31")),
    ("nowadays", None),
]


@pytest.mark.parametrize("value,period", PERIODS, ids=["year", "month", "day", "quarter", "half", "week", "interval", "none"])
def test_period_of(value, period):
    assert period_of(value) == period


def test_bounds_of_leap_february():
    assert bounds("2024-02") == ("2024-02-01", "2024-02-29")


SUBJECTS = [
    ("The trade turnover between the two countries amounted to $4.1 billion in 2020.", [], ("AZE", "TUR")),
    ("the trade turnover between Azerbaijan and Turkey amounted to $2.5 billion", ["AZE", "TUR"], ("AZE", "TUR")),
    ("There are nine Iranian start-up firms present in Bakutel", ["IRN"], ("IRN",)),
    ("Iran's bilateral trade with Iraq", ["IRN", "IRQ"], ("IRN", "IRQ")),
]


@pytest.mark.parametrize("clause,named,subjects", SUBJECTS, ids=["two-countries", "named", "one-country", "other-pair"])
def test_subjects_for(clause, named, subjects):
    assert subjects_for(clause, named, pair=("AZE", "TUR")) == subjects


def test_article_pair_is_the_two_most_mentioned():
    spans = [CountrySpan(0, 1, "TUR"), CountrySpan(2, 3, "AZE"), CountrySpan(4, 5, "GBR"), CountrySpan(6, 7, "AZE")]
    assert article_pair(spans) == ("AZE", "TUR")
