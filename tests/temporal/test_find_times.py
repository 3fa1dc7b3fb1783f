"""The temporal grammar: exact text, value and precision for each expression, on fixed publication dates."""

from __future__ import annotations

import pytest

from accords.temporal import find_times

PUB = "2021-09-15"  # a Wednesday, ISO week 37
PUB_2017 = "2017-12-05T21:27"

# (text, published, expected [(text, value, precision)])
CASES = [
    # the seeds' expressions
    ("held on September 14.", PUB, [("September 14", "2021-09-14", "day")]),
    ("a meeting held in Turkey in February 2021.", PUB, [("February 2021", "2021-02", "month")]),
    ("Eleven agreements were signed in Ankara on February 18.", PUB, [("February 18", "2021-02-18", "day")]),
    ("Moreover, on June 15, the Presidents signed", PUB, [("June 15", "2021-06-15", "day")]),
    ("In the first seven months of 2021, the trade", PUB,
     [("the first seven months of 2021", ("2021-01-01", "2021-07-31"), "interval")]),
    ("amounted to $4.1 billion in 2020.", PUB, [("2020", "2020", "year")]),
    ("to bring trade to $15 billion in 2023.", PUB, [("2023", "2023", "year")]),
    ("Underscoring the December 26th and 27th dates for the joint commission", PUB_2017,
     [("December 26th and 27th", ("2017-12-26", "2017-12-27"), "interval")]),
    # dates
    ("Sept. 14, 2021", PUB, [("Sept. 14, 2021", "2021-09-14", "day")]),
    ("on 14 September 2021", PUB, [("14 September 2021", "2021-09-14", "day")]),
    ("the 14th of September", PUB, [("the 14th of September", "2021-09-14", "day")]),
    ("on 2021-09-14", PUB, [("2021-09-14", "2021-09-14", "day")]),
    ("on 14.09.2021", PUB, [("14.09.2021", "2021-09-14", "day")]),
    ("on 09/14/2021", PUB, [("09/14/2021", "2021-09-14", "day")]),
    ("the forum on December 2", PUB, [("December 2", "2021-12-02", "day")]),
    ("the talks will resume on March 3", PUB, [("March 3", "2022-03-03", "day")]),
    ("on February 30", PUB, [("February", "2021-02", "month")]),  # no such day: the month stays
    # plans and what would be lean to the future only as the past leans to it: a date much nearer in the
    # past wins (news pages of the article-extraction-benchmark, MIT, published 2019-11-18); "will" decides
    ("a 15 percent tariff imposed on consumer goods in September would remain.", "2019-11-18",
     [("September", "2019-09", "month")]),
    ("While Mr. Trump canceled an increase in tariffs planned for Oct. 15, he made no mention of rolling back any levies.",
     "2019-11-18", [("Oct. 15", "2019-10-15", "day")]),
    ("the summit scheduled for December 3", "2019-11-18", [("December 3", "2019-12-03", "day")]),
    ("the deal is expected to be signed in January", "2019-11-18", [("January", "2020-01", "month")]),
    ("the minister will visit Tehran in October", "2019-11-18", [("October", "2020-10", "month")]),
    # an expression never starts inside a word
    ("the yearly January 2020 report", PUB, [("January 2020", "2020-01", "month")]),
    ("code XJanuary 5, 2020", PUB, [("2020", "2020", "year")]),
    # weekdays
    ("the ministers met on Monday", PUB, [("Monday", "2021-09-13", "day")]),
    ("the ministers will meet on Friday", PUB, [("Friday", "2021-09-17", "day")]),
    ("the visit on Wednesday", PUB, [("Wednesday", "2021-09-15", "day")]),
    ("last Monday", PUB, [("last Monday", "2021-09-13", "day")]),
    ("next Monday", PUB, [("next Monday", "2021-09-20", "day")]),
    # months and years
    ("in February", PUB, [("February", "2021-02", "month")]),
    ("in December", PUB, [("December", "2021-12", "month")]),
    ("last June", PUB, [("last June", "2021-06", "month")]),
    ("next June", PUB, [("next June", "2022-06", "month")]),
    ("in the month of October", PUB, [("the month of October", "2021-10", "month")]),
    ("signed on september 14", PUB, [("september 14", "2021-09-14", "day")]),
    ("on Tue, 14 September 2021", PUB, [("Tue, 14 September 2021", "2021-09-14", "day")]),
    ("in 1990", PUB, [("1990", "1990", "year")]),
    ("early 2021", PUB, [("early 2021", "2021", "year")]),
    ("by the end of 2023", PUB, [("the end of 2023", "2023", "year")]),
    # ranges
    ("14-21 July", PUB, [("14-21 July", ("2021-07-14", "2021-07-21"), "interval")]),
    ("December 26-27, 2017", PUB, [("December 26-27, 2017", ("2017-12-26", "2017-12-27"), "interval")]),
    ("from March to May 2020", PUB, [("from March to May 2020", ("2020-03-01", "2020-05-31"), "interval")]),
    ("in January-July 2021", PUB, [("January-July 2021", ("2021-01-01", "2021-07-31"), "interval")]),
    ("from September 1 to October 10", PUB,
     [("from September 1 to October 10", ("2021-09-01", "2021-10-10"), "interval")]),
    ("from 14 to 21 July", PUB, [("from 14 to 21 July", ("2021-07-14", "2021-07-21"), "interval")]),
    ("2015-2020", PUB, [("2015-2020", ("2015-01-01", "2020-12-31"), "interval")]),
    ("between 2015 and 2020", PUB, [("between 2015 and 2020", ("2015-01-01", "2020-12-31"), "interval")]),
    # periods
    ("in H1 2022", PUB, [("H1 2022", "2022-H1", "half")]),
    ("in the first half of 2022", PUB, [("the first half of 2022", "2022-H1", "half")]),
    ("in the second half of the year", PUB, [("the second half of the year", "2021-H2", "half")]),
    ("in Q3", PUB, [("Q3", "2021-Q3", "quarter")]),
    ("in Q1 2022", PUB, [("Q1 2022", "2022-Q1", "quarter")]),
    ("in the third quarter", PUB, [("the third quarter", "2021-Q3", "quarter")]),
    ("the third quarter of 2020", PUB, [("the third quarter of 2020", "2020-Q3", "quarter")]),
    ("in the first quarter of this year", PUB, [("the first quarter of this year", "2021-Q1", "quarter")]),
    ("the first nine months", PUB, [("the first nine months", ("2021-01-01", "2021-09-30"), "interval")]),
    ("the last three months of 2020", PUB,
     [("the last three months of 2020", ("2020-10-01", "2020-12-31"), "interval")]),
    ("last year", PUB, [("last year", "2020", "year")]),
    ("next year", PUB, [("next year", "2022", "year")]),
    ("this year", PUB, [("this year", "2021", "year")]),
    ("the previous year", PUB, [("the previous year", "2020", "year")]),
    ("last month", PUB, [("last month", "2021-08", "month")]),
    ("this week", PUB, [("this week", "2021-W37", "week")]),
    ("so far this year", PUB, [("so far this year", ("2021-01-01", "2021-09-15"), "interval")]),
    ("year-to-date", PUB, [("year-to-date", ("2021-01-01", "2021-09-15"), "interval")]),
    ("since 2020", PUB, [("since 2020", ("2020-01-01", "2021-09-15"), "interval")]),
    ("since March 2020", PUB, [("since March 2020", ("2020-03-01", "2021-09-15"), "interval")]),
    ("since March", PUB, [("since March", ("2021-03-01", "2021-09-15"), "interval")]),
    ("over the past five years", PUB, [("the past five years", ("2016-09-15", "2021-09-15"), "interval")]),
    ("two years ago", PUB, [("two years ago", "2019", "year")]),
    ("yesterday", PUB, [("yesterday", "2021-09-14", "day")]),
    ("today", PUB, [("today", "2021-09-15", "day")]),
    ("tomorrow", PUB, [("tomorrow", "2021-09-16", "day")]),
    # vague: no calendar value, not listed
    ("Nowadays, the latest talking point", PUB, []),
    ("so far, Turkey is the second-largest investor", PUB, []),
    ("recently appointed", PUB, []),
    # numbers that are not years
    ("$2020", PUB, []),
    ("2020 tons of wheat", PUB, []),
    ("2,020 people", PUB, []),
    ("4G and 5G networks", PUB, []),
    ("call +994 12 2020 123", PUB, []),
    ("COVID-2019", PUB, []),
    ("2101", PUB, []),
    ("You may go", PUB, []),
    ("Independence March", PUB, []),
    # undated article: relative expressions have no value, absolute ones still do
    ("in February 2021", None, [("February 2021", "2021-02", "month")]),
    ("last year", None, [("last year", None, "year")]),
    ("on September 14", None, [("September 14", None, "day")]),
    ("since 2020", None, [("since 2020", None, "interval")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[f"{c[0][:40]}|{c[1]}" for c in CASES])
def test_find_times(text, published, expected):
    found = [(m.text, m.value, m.precision) for m in find_times(text, published=published)]
    assert found == expected


def test_spans_point_into_the_text():
    text = "Signed on June 15 and again in 2020."
    for match in find_times(text, published=PUB):
        assert text[match.start:match.end] == match.text


def test_permissive_mode_reads_a_bare_month():
    assert [(m.text, m.value) for m in find_times("May", published=PUB, permissive=True)] == [("May", "2021-05")]
