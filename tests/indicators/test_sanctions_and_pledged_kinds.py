"""Counts of sanctions (`accords.indicators.sanctions`), pledges told after the figure or as an
investment under way (`accords.indicators.kinds`), durations that are no calendar year
(`accords.indicators.periods`), keywords inside hyphenated names (`innames.in_name`), and shares of
a nation's adults (`lexicon.figure_metric`).

Sentences: White House briefing-room texts of 2021-2024 (works of the United States government,
public domain; via the CC0 crawl in `shared/corpora/whitehouse-briefings`, as in
tests/gold/README.md), each from the release named in its comment; two written for the test, said
so. Each expected record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from accords.model import Article
from accords.pipeline import run
from tests.indicators.figures import figures

WH = "The White House"

CASES = [
    pytest.param(  # fact sheet on Russia's invasion, 2022-03-24
        "Today, the United States is sanctioning over 400 individuals and entities comprised of Russian elites, the "
        "Duma and more than 300 of its members, and defense companies, aligning and strengthening our sanctions in "
        "close coordination and partnership with the EU and G7.",
        WH, [("sanctions", ("RUS", "USA"), 400.0, "count", "actual", "lower")],
        id="people-and-bodies-sanctioned-home-imposes",
    ),
    pytest.param(  # fact sheet on G7 measures, 2022-05-08
        "The United States imposed approximately 2,600 visa restrictions on Russian and Belarusian officials in "
        "response to their ongoing efforts to undermine the sovereignty, territorial integrity, or political "
        "independence of Ukraine.",
        WH, [("visa_restrictions", ("BLR", "RUS", "USA"), 2600.0, "count", "actual", "approx")],
        id="visa-restrictions-country-among-reasons-no-side",
    ),
    pytest.param(  # fact sheet, one year of supporting Ukraine, 2023-02-21
        "The United States has implemented or expanded more than 2,000 sanctions listings and more than 375 export "
        "control Entity Listings, including major state-owned enterprises and third-country actors supporting "
        "Russia’s war machine.",
        WH, [("sanctions", ("USA",), 2000.0, "count", "actual", "lower"),
             ("entity_listings", ("RUS", "USA"), 375.0, "count", "actual", "lower")],
        id="the-count-names-the-measure",
    ),
    pytest.param(  # fact sheet on harmful foreign activities, 2021-04-15
        "Treasury sanctioned 32 entities and individuals carrying out Russian government-directed attempts to "
        "influence the 2020 U.S. presidential election.",
        WH, [("sanctions", ("RUS", "USA"), 32.0, "count", "actual", None)],
        id="sanctioned-verb-with-its-targets",
    ),
    pytest.param(  # written for the test, after the NATO Indo-Pacific fact sheet of 2024-07-11
        "New Zealand has imposed sanctions on more than 1,700 individuals and entities.",
        WH, [("sanctions", ("NZL",), 1700.0, "count", "actual", "lower")],
        id="named-imposer-no-home-country",
    ),
    pytest.param(  # written for the test
        "The two sanctions regimes were merged, and three rounds of sanctions followed.",
        WH, [],
        id="regimes-and-rounds-are-no-count",
    ),
    pytest.param(  # fact sheet on the President's economic plan, 2022-09-14
        "Samsung SDI America is investing $3.1 billion in Kokomo, Indiana to build batteries in a joint venture "
        "with Stellantis.",
        WH, [("investment", ("KOR", "USA"), 3.1e9, "USD", "target", None)],
        id="investing-under-way-is-pledged",
    ),
    pytest.param(  # fact sheet on the vaccine donation, 2021-06-10
        "200 million doses will be delivered by the end of this year and the remaining 300 million will be delivered "
        "in the first half of 2022.",
        WH, [("doses", ("USA",), 2e8, "count", "target", None)],  # "300 million" names nothing it counts
        id="figure-then-will-be-delivered-is-pledged",
    ),
    pytest.param(  # written for the test
        "HHS expects more than 750,000 doses to be made available over the summer.",
        WH, [("doses", ("USA",), 7.5e5, "count", "forecast", "lower")],
        id="expected-to-be-made-available-stays-forecast",
    ),
    pytest.param(  # fact sheet on G7 action for Ukraine, 2022-06-27
        "The G7 will commit to help Ukraine cover its short-term budgetary funding shortfalls, including a $7.5 billion "
        "commitment from the United States from the recently passed second supplemental.",
        WH, [("funding", ("UKR", "USA"), 7.5e9, "USD", "target", None)],
        id="a-commitment-named-after-the-figure-is-pledged",
    ),
    pytest.param(  # fact sheet on the President's trip to Angola, 2024-12-02
        "- Since 2022, the Export-Import Bank of the United States (EXIM) has provided $2.9 billion in financing "
        "toward projects in Angola across the renewable energy, infrastructure, and telecom sectors.",
        WH, [("financing", ("AGO", "USA"), 2.9e9, "USD", "actual", None)],
        id="export-import-bank-is-a-name-not-exports",
    ),
    pytest.param(  # fact sheet on the vaccine donation, 2021-06-10
        "64% of adult Americans have received at least one shot in just four and a half months, daily death rates "
        "are lower than at any point in the pandemic, and our economy is rebounding.",
        WH, [("population_share", ("USA",), 64.0, "percent", "actual", None)],
        id="share-of-a-nations-adults",
    ),
]


@pytest.mark.parametrize(("text", "source", "expected"), CASES)
def test_sanctions_and_pledged_kinds(text: str, source: str | None, expected: list[tuple]) -> None:
    assert figures(text, source=source, published="2022-05-08") == expected


KINDS_IN_TIME = [
    pytest.param(  # fact sheet on the vaccine donation, 2021-06-10
        "Today’s historic announcement comes on the heels of President Biden’s donation of at least 80 million "
        "vaccines from the United States’ supply by the end of June.",
        "2021-06-10", "target", ("2021-06-01", "2021-06-30"), id="by-the-end-of-this-month-is-a-deadline-ahead",
    ),
    pytest.param(  # written for the test
        "Exports reached $5 billion by the end of June.",
        "2021-07-10", "actual", ("2021-06-01", "2021-06-30"), id="a-deadline-passed-is-a-reading",
    ),
    pytest.param(  # fact sheet on vaccines for global use, 2021-05-17 (shortened)
        "Today, the President announced that the U.S. will donate 80 million U.S. vaccines.",
        "2021-05-17", "target", None, id="a-pledge-dated-by-today-has-no-deadline",
    ),
]


@pytest.mark.parametrize(("text", "published", "kind", "period"), KINDS_IN_TIME)
def test_deadlines_ahead_and_days_of_announcement(text: str, published: str, kind: str,
                                                  period: tuple[str, str] | None) -> None:
    extraction = run(Article(id="i", text=text, published=published, source=WH))
    assert [(i.kind, i.period) for i in extraction.indicators] == [(kind, period)]


PERIODS = [
    pytest.param(  # fact sheet on Zambia, 2023-03-30
        "PMI plans to invest $28 million over the next year in partnership with the Government of Zambia to deploy "
        "lifesaving interventions proven to fight malaria.",
        None, id="over-the-next-year-is-a-duration",
    ),
    pytest.param(  # written for the test
        "The United States will provide $28 million next year to the Government of Zambia.",
        ("2024-01-01", "2024-12-31"), id="next-year-is-the-calendar-year",
    ),
]


@pytest.mark.parametrize(("text", "period"), PERIODS)
def test_durations_are_no_period(text: str, period: tuple[str, str] | None) -> None:
    extraction = run(Article(id="i", text=text, published="2023-03-30", source=WH))
    assert [i.period for i in extraction.indicators] == [period]
