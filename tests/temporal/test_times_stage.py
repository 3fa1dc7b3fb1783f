"""times.v2 and quantities.v1 through the pipeline: the seed sentences, undated and odd articles."""

from __future__ import annotations

import pytest

from accords import pipeline
from accords.model import Article

pytestmark = pytest.mark.slow

# Excerpts of the two seed articles (Azernews 2021-09-15; MICT Iran 2017-12-05).
SEED_000 = (
    "The document was signed during the meeting held at the Ministry with a delegation led by "
    "Turkey's Digital Transformation Office President Ali Taha Koch on September 14.\n\n"
    "It should be noted that the parties reached an agreement on the establishment of a working "
    "group at a meeting held in Turkey in February 2021.\n\n"
    "Eleven agreements were signed between the two countries within the Azerbaijani-Turkish business "
    "forum held in Ankara on February 18. Moreover, on June 15, Azerbaijani and Turkish Presidents have "
    "signed a Shusha Declaration.\n\n"
    "In the first seven months of 2021, the trade turnover between Azerbaijan and Turkey amounted to "
    "$2.5 billion. The trade turnover between the two countries amounted to $4.1 billion in 2020.\n\n"
    "The two countries set up a goal to bring the mutual trade turnover to $15 billion in 2023. It should "
    "be noted that so far, Turkey is Azerbaijan's second-largest investor followed by the UK."
)
SEED_004 = (
    "Underscoring the December 26th and 27th dates for the joint commission, he said that: "
    "\u201cWe have already coordinated mutual issues like Khoda-Afarin dam.\u201d\n\n"
    "He expressed pleasure on the increasing tourism traffic from Iran, saying that: \u201cAlmost one "
    "million Azeri tourists have visited Iran and I hope that number is going to keep increasing.\u201d"
)

STAGES = ["segment.v2", "times.v2", "quantities.v1"]


def _run(text: str, published: str | None):
    return pipeline.run(Article(id="t", text=text, published=published), stages=STAGES)


def test_seed_000_times_match_the_gold():
    extraction = _run(SEED_000, "2021-09-15")
    assert [(t.text, t.value) for t in extraction.times] == [
        ("September 14", "2021-09-14"),
        ("February 2021", "2021-02"),
        ("February 18", "2021-02-18"),
        ("June 15", "2021-06-15"),
        ("the first seven months of 2021", ("2021-01-01", "2021-07-31")),
        ("2020", "2020"),
        ("2023", "2023"),
    ]
    assert all(t.stage == "times.v2" for t in extraction.times)
    for time in extraction.times:
        assert SEED_000[time.evidence[0].start:time.evidence[0].end] == time.text


def test_seed_000_quantities_skip_the_years():
    extraction = _run(SEED_000, "2021-09-15")
    money = [(q.text, q.value, q.unit) for q in extraction.quantities if q.unit != "count"]
    assert money == [("$2.5 billion", 2.5e9, "USD"), ("$4.1 billion", 4.1e9, "USD"), ("$15 billion", 15e9, "USD")]
    counts = [(q.text, q.value) for q in extraction.quantities if q.unit == "count"]
    assert counts == [("Eleven", 11.0), ("two", 2.0), ("two", 2.0), ("two", 2.0)]
    assert all(q.stage == "quantities.v1" for q in extraction.quantities)


def test_seed_004_range_and_qualified_count():
    extraction = _run(SEED_004, "2017-12-05T21:27")
    assert [(t.text, t.value, t.precision) for t in extraction.times] == [
        ("December 26th and 27th", ("2017-12-26", "2017-12-27"), "interval"),
    ]
    assert [(q.text, q.value, q.unit, q.qualifier) for q in extraction.quantities] == [
        ("Almost one million", 1e6, "count", "upper"),
    ]


def test_undated_article_keeps_absolute_dates_only():
    extraction = _run("The roadmap was agreed in February 2021 and signed last year.", None)
    assert [(t.text, t.value, t.precision) for t in extraction.times] == [
        ("February 2021", "2021-02", "month"),
        ("last year", None, "year"),
    ]


# (name, text, times found, quantities found): what can be read is read, nothing raises.
ODD_TEXTS = [
    ("empty", "", [], []),
    ("whitespace", "   \n\n  ", [], []),
    ("markup", "<div class='x'><p>Signed on <b>June 15</b> for $2.5&nbsp;billion</p></div>",
     [("June 15", "2021-06-15")], [("$2.5", 2.5)]),
    ("non-english", "Azərbaycan və Türkiyə 2021-ci ilin fevralında 2,5 milyard dollarlıq müqavilə imzalayıb.",
     [("2021", "2021")], []),
    ("long-sentence", " ".join(["cooperation"] * 2500 + ["in 2020 worth $1 billion"] + ["and"] * 2500),
     [("2020", "2020")], [("$1 billion", 1e9)]),
    ("digit-run", "9" * 5000, [], []),
]


@pytest.mark.parametrize(("name", "text", "times", "quantities"), ODD_TEXTS, ids=[case[0] for case in ODD_TEXTS])
def test_odd_articles_yield_what_they_can(name, text, times, quantities):
    extraction = _run(text, "2021-09-15")
    assert extraction.notes == ()
    assert [(t.text, t.value) for t in extraction.times] == times
    assert [(q.text, q.value) for q in extraction.quantities] == quantities
