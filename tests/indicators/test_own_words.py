"""Figures beyond the trade lexicon (issue #14): metrics named from their own words, subjects
never read from a currency or a language, partners that are groups, distances that are no
trade, commitments with their deadlines. Sentences in the style of Azernews and of White House
fact sheets. The methane and electricity pledges are adapted from White House texts of 2021
(bidenwhitehouse.archives.gov, via the whitehouse-briefings corpus: works of the United States
government, public domain)."""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    (
        "currency-is-no-country",
        "In January-September 2023, Azerbaijan's foreign trade turnover hit 24.4 billion US dollars.",
        [("trade_turnover", ("AZE",), 24.4e9, "USD", "actual", None)],
    ),
    (
        "group-partner-keeps-the-article-country",
        "Azerbaijan's economy grew in 2022, the State Statistics Committee of Azerbaijan said. "
        "Trade turnover with CIS countries amounted to 3.883 billion USD.",
        [("trade_turnover", ("AZE", "CIS"), 3.883e9, "USD", "actual", None)],
    ),
    (
        "corridor-length-is-no-trade",
        "The construction of the proposed 32-kilometer corridor will boost trade between Azerbaijan and Armenia.",
        [("corridor_length", ("ARM", "AZE"), 32.0, "km", "actual", None)],
    ),
    (
        "patent-activity-is-no-production",
        "In Azerbaijan, patent activity grew by 22 % in 2023, while production of cars increased.",
        [("patent_activity_growth", ("AZE",), 22.0, "percent", "actual", None)],
    ),
    (
        "a-new-sentence-is-no-conversion-and-countries-are-no-companies",
        "Azerbaijan hosted the exhibition. The average monthly salary in the country reached 960 manats. "
        "Some 45 companies from 12 countries took part in the exhibition.",
        [("salary", ("AZE",), 960.0, "AZN", "actual", None), ("companies", ("AZE",), 45.0, "count", "actual", "approx"),
         ("countries", ("AZE",), 12.0, "count", "actual", None)],
    ),
    (
        "share-of-a-sector-in-gdp",
        "In 2023, the share of the non-oil sector in Azerbaijan's GDP was 67.5 percent.",
        [("non_oil_sector_share_of_gdp", ("AZE",), 67.5, "percent", "actual", None)],
    ),
    (
        "count-named-by-its-nouns",
        "Azerbaijan filed 1,200 patent applications in 2023.",
        [("patent_applications", ("AZE",), 1200.0, "count", "actual", None)],
    ),
    (
        "tariff-rate",
        "The US imposed a 25 percent tariff on steel imports from Turkey.",
        [("tariff_rate", ("TUR", "USA"), 25.0, "percent", "actual", None)],
    ),
    (
        "stake-and-share",
        "Iran and Azerbaijan signed the deal. SOCAR holds a 10 percent stake in the project. "
        "Iran accounts for 30 percent of Azerbaijan's imports.",
        # SOCAR's stake is Azerbaijan's: the sentence before names Iran, not the stake's target (nationalbodies)
        [("stake", ("AZE",), 10.0, "percent", "actual", None),
         ("imports_share", ("AZE", "IRN"), 30.0, "percent", "actual", None)],
    ),
    (
        "language-is-no-country",
        "Iran and Azerbaijan held talks. The Russian-language daily said trade between the two countries reached $500 million.",
        [("trade_turnover", ("AZE", "IRN"), 5e8, "USD", "actual", None)],
    ),
    (
        "pledge-with-deadline-and-baseline",
        "The United States and the EU announced a Global Methane Pledge that aims to cut global methane pollution "
        "by at least 30 percent from 2020 levels by 2030.",
        [("methane_pollution_change", ("EU", "USA"), -30.0, "percent", "target", "lower")],
    ),
    (
        "commitment-to-reach-a-share",
        "Canada and the United States are committed to reaching 90 percent non-emitting electricity by 2030.",
        [("non_emitting_electricity_share", ("CAN", "USA"), 90.0, "percent", "target", None)],
    ),
    (
        "share-of-gdp-on-defense",
        "NATO Allies made commitments to spend at least two percent of GDP on defense.",
        [("defense_spending_share_of_gdp", ("NATO",), 2.0, "percent", "target", "lower")],
    ),
    (
        "deaths-by-what-happened",
        "Clashes erupted in Bolivia on Friday, and nine people were killed.",
        [("deaths", ("BOL",), 9.0, "count", "actual", None)],
    ),
    (
        "stock-index-fall",
        "Japan's Nikkei 225 declined 0.3% on Tuesday.",
        [("stock_index_growth", ("JPN",), -0.3, "percent", "actual", None)],
    ),
    (
        "efficiency-from-to",
        "South Korea wants to increase solar module efficiency from around 20% now to 24% by 2029.",
        [("efficiency", ("KOR",), 20.0, "percent", "actual", "approx"),
         ("efficiency", ("KOR",), 24.0, "percent", "target", None)],
    ),
    (
        "plan-includes-a-cut",
        "South Korea's plan includes actions to reduce coal-fired fine dusts by 90%.",
        [("coal_fired_fine_dusts_change", ("KOR",), -90.0, "percent", "target", None)],
    ),
    (
        "second-price-of-a-change-keeps-the-unit",
        "South Korea's roadmap includes a reduction in solar module costs from around $0.23/W today to $0.10 by 2030.",
        [("price", ("KOR",), 0.23, "USD/W", "actual", "approx"), ("price", ("KOR",), 0.1, "USD/W", "target", None)],
    ),
    (
        "an-order-counts-whatever-its-size",
        "Turkish Airlines ordered five jets from Airbus, Turkey said.",
        [("jets", ("FRA", "TUR"), 5.0, "count", "actual", None)],
    ),
    (
        "a-pledge-is-a-target",
        "The United States pledged $500 million in humanitarian assistance to Ukraine.",
        [("humanitarian_aid", ("UKR", "USA"), 5e8, "USD", "target", None)],
    ),
    (
        "a-donation-counts-whatever-its-size",
        "Japan donated five ambulances to Ukraine.",
        [("ambulances", ("JPN", "UKR"), 5.0, "count", "actual", None)],
    ),
    (
        "price-per-unit",
        "South Korea plans a reduction in solar module costs to $0.10/W by 2030.",
        [("price", ("KOR",), 0.1, "USD/W", "target", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_own_words(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(("text", "metric", "period"), [
    ("The Global Methane Pledge aims to cut methane pollution by 30 percent from 2020 levels by 2030.",
     "methane_pollution_change", ("2030-01-01", "2030-12-31")),
    ("Canada and the United States are committed to reaching 90 percent non-emitting electricity by 2030.",
     "non_emitting_electricity_share", ("2030-01-01", "2030-12-31")),
], ids=["baseline-is-no-period", "deadline-is-the-period"])
def test_target_period_is_its_deadline(text: str, metric: str, period: tuple[str, str]) -> None:
    from accords.model import Article
    from accords.pipeline import run

    found = [i for i in run(Article(id="i", text=text, published="2021-11-02")).indicators if i.metric == metric]
    assert [(i.period, i.deadline, i.kind) for i in found] == [(period, period[1], "target")]


@pytest.mark.parametrize("text", [
    "The leaders welcomed the release of two hostages.",  # an event's object, no figure
    "Iran is building three oil fields.",  # a small count of things the lexicon does not know
], ids=["two-hostages", "three-oil-fields"])
def test_no_figure(text: str) -> None:
    assert figures(text) == []


# the people a report cites as its sources are how the news was sourced, not a figure (Reuters on
# WeWork, 2019-11-19, article-extraction-benchmark, MIT: "two people familiar" was population 2);
# a count of people who act stays
@pytest.mark.parametrize(("text", "expected"), [
    ("The New York State Attorney General is investigating WeWork, according to two people familiar with the matter.",
     []),
    ("Three officials briefed on the talks said Iran and Iraq signed 12 agreements.",
     [("agreements_signed", ("IRN", "IRQ"), 12.0, "count", "actual", None)]),
    ("Some 5,000 people said they would attend the Iran-Turkey fair.",
     [("population", ("IRN", "TUR"), 5000.0, "count", "actual", "approx")]),
], ids=["according-to-two-people-familiar", "officials-briefed-are-sources", "people-who-act-are-counted"])
def test_sources_of_a_report_are_no_figure(text: str, expected: list) -> None:
    assert figures(text, published="2019-11-19") == expected


@pytest.mark.parametrize("text", [
    "Clashes between the two armies killed dozens of troops, Armenia and Azerbaijan said.",  # a vague number
    "Iran and Azerbaijan signed the deal. It said the export also indicates a 11-percent rise in terms of value.",
], ids=["dozens", "in-terms-of-is-no-metric"])
def test_no_own_word_figure(text: str) -> None:
    assert [f for f in figures(text) if f[0].startswith(("deaths", "terms"))] == []


@pytest.mark.parametrize(("text", "subjects"), [
    ("Beijing agreed to import $20 billion of American farm products.",
     ("CHN", "USA")),
    ("TEHRAN – Iran's exports to Turkey reached $2 billion.", ("IRN", "TUR")),
], ids=["capital-acting-for-its-government", "dateline-capital-is-a-place"])
def test_capital_as_a_subject(text: str, subjects: tuple[str, ...]) -> None:
    assert [f[1] for f in figures(text)] == [subjects]


@pytest.mark.parametrize(("text", "expected"), [
    # web news page news_06e5123e4e (VentureBeat/Reuters, dev)
    ("The New York Times reported on Sunday that WeWork is preparing to cut 4,000 jobs.",
     [("jobs", 4000.0, "count")]),
    # Major Economies Forum readout, White House 2021-09-17 (dev)
    ("President Biden also announced, with the EU, a Global Methane Pledge that aims to cut global methane "
     "pollution by at least 30 percent from 2020 levels by 2030.",
     [("methane_pollution_change", -30.0, "percent")]),
    # fact sheet on the U.S.-Ireland partnership, White House 2021-03-17 (fresh dev): a level keeps its sign
    ("Today, more than 900 U.S.-owned firms operate in Ireland.", [("companies", 900.0, "count")]),
], ids=["a-count-of-what-is-cut-stays-positive", "cut-percent", "a-level-keeps-its-sign"])
def test_a_cut_is_a_negative_change(text: str, expected: list[tuple]) -> None:
    """One sign convention (tests/gold/README.md, "Signs"): a cut of a level, pledged or done, is a
    negative change; a count of what is cut (jobs, layoffs) is a count, positive like a casualty count."""
    assert [(m, v, u) for m, _, v, u, _, _ in figures(text)] == expected
