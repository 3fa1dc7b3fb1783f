"""indicators.v1 on hard sentences of Tehran Times articles: lists, shares, growth, counts, subjects.

Each case is a short article made of real sentences; the expected records are
(metric, subjects, value, unit, kind, qualifier) in text order.
"""

import pytest

from accords.model import Article
from accords.pipeline import run

CASES = [
    (
        "list-items-own-country",
        "He said major export destinations of the Iranian goods in the said union were Turkey with about "
        "$3.397 billion of imports, Afghanistan with $1.125 billion, and Pakistan with $655.154 million.",
        [("exports", ("IRN", "TUR"), 3.397e9, "USD", "actual", "approx"),
         ("exports", ("AFG", "IRN"), 1.125e9, "USD", "actual", None),
         ("exports", ("IRN", "PAK"), 655.154e6, "USD", "actual", None)],
    ),
    (
        "enumerated-countries-are-examples",
        "Iran traded over 20,327,839 tons of commodities with ECO member countries including Turkey, Afghanistan, "
        "Kyrgyzstan, Kazakhstan, Pakistan and Tajikistan.",
        [("trade_turnover", ("ECO", "IRN"), 20327839.0, "t", "actual", "lower")],
    ),
    (
        "share-of-which-keeps-subjects",
        "Iranian companies have so far invested $2.6 billion in Azerbaijan’s economy, some $145 million of which is "
        "accounted for by investment in the country’s non-oil sector.",
        [("investment", ("AZE", "IRN"), 2.6e9, "USD", "actual", None),
         ("investment", ("AZE", "IRN"), 145e6, "USD", "actual", "approx")],
    ),
    (
        "company-name-no-country-pair-instead",
        "Iran-Azerbaijan joint car manufacturing project launched in Azerbaijan’s Neftchala Industrial District. "
        "Iran and Azerbaijan signed the deal in Baku.\n"
        "Production capacity of the $15 million joint venture plant, which will be constructed by Iran Khodro Company "
        "and Azevrocar Company, is 10,000 cars per year and it is expected to create 300 new job opportunities.",
        [("investment", ("AZE", "IRN"), 15e6, "USD", "actual", None),
         ("capacity", ("AZE", "IRN"), 10000.0, "count", "forecast", None),
         ("jobs", ("AZE", "IRN"), 300.0, "count", "forecast", None)],
    ),
    (
        "growth-after-figure-inherits-subjects",
        "Iran’s trade with the members of the Economic Cooperation Organization (ECO) exceeded $9.233 billion in the "
        "first seven months to register a 48.5 percent increase year on year.",
        [("trade_turnover", ("ECO", "IRN"), 9.233e9, "USD", "actual", "lower"),
         ("trade_turnover_growth", ("ECO", "IRN"), 48.5, "percent", "actual", None)],
    ),
    (
        "fall-is-negative-growth",
        "Iran’s exports to Turkey decreased by 37 percent.",
        [("exports_growth", ("IRN", "TUR"), -37.0, "percent", "actual", None)],
    ),
    (
        "two-percentages-one-change",
        "The Islamic Republic’s export to Turkey increased by 58 percent and 60 percent in weight and value.",
        [("exports_growth", ("IRN", "TUR"), 58.0, "percent", "actual", None),
         ("exports_growth", ("IRN", "TUR"), 60.0, "percent", "actual", None)],
    ),
    (
        "reference-counts-and-durations",
        "Iran and Azerbaijan have good ties. Vaezi arrived at Baku on Tuesday for a three-day visit. In a February visit to Tehran by President Aliyev, "
        "the two sides signed 11 memorandums of understanding.",
        [("agreements_signed", ("AZE", "IRN"), 11.0, "count", "actual", None)],
    ),
    (
        "member-delegation",
        "Iran and Turkey held talks. A 20-member Turkish trade delegation traveled to Tehran to discuss business "
        "opportunities.",
        [("delegation_members", ("TUR",), 20.0, "count", "actual", None)],
    ),
    (
        "target-named-after-figure",
        "Iran and Kazakhstan held talks to realize a $6 billion annual trade target.",
        [("trade_turnover", ("IRN", "KAZ"), 6e9, "USD", "target", None)],
    ),
    (
        "number-of-tourists",
        "Turkey and Iran plan to increase the number of Turkish tourists visiting Iran to 2 million.",
        [("tourists", ("IRN", "TUR"), 2e6, "count", "target", None)],
    ),
    (
        "closing-attribution-is-no-subject",
        "Iran and Turkey signed the deal. The fields will produce 100,000 barrels per day, the Turkish company said.",
        [("production", ("IRN", "TUR"), 100000.0, "bbl/d", "forecast", None)],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_indicators_on_sentences(text, expected):
    extraction = run(Article(id="i", text=text, published="2021-12-01"))
    got = [(i.metric, i.subjects, i.value, i.unit, i.kind, i.qualifier) for i in extraction.indicators]
    assert got == expected
