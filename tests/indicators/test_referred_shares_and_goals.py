"""Figures of the held-out registers (issue #14, indreg18): a share said of "the figure" before it
takes that figure's subjects; a goal two countries set is the goal of both; a count of the
countries goods are exported to is a figure; "the economy of Turkey contracted" and "the economy is forecast
to contract" are its growth; the European Commission's figure is the EU's.
Sentences from Tehran Times (Mehr News / Tehran Times, CC BY 4.0, via the tehrantimes-region
corpus) and a White House joint statement of 2022 (public domain), or written in their style."""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

CASES = [
    (
        "the-figure-accounts-for-a-share-of-the-arrivals",
        "TEHRAN – Around 950,000 Azerbaijani nationals arrived in Iran’s northwestern Ardebil province during the "
        "first eight months of the current Iranian calendar year which began on March 21. “The figure accounts for "
        "nearly 25 percent of inbound travelers to the country,” said Nader Falladi, the provincial tourism chief.",
        [("tourists", ("AZE", "IRN"), 950000.0, "count", "actual", "approx"),
         ("inbound_travelers_share", ("AZE", "IRN"), 25.0, "percent", "actual", "upper")],
    ),
    (
        "this-figure-makes-up-a-share-of-the-total",
        "Azerbaijan's trade turnover with Turkiye amounted to $3.5 billion in 2024. "
        "This figure makes up 12.5 percent of Azerbaijan's total foreign trade.",
        [("trade_turnover", ("AZE", "TUR"), 3.5e9, "USD", "actual", None),
         ("trade_turnover_share", ("AZE", "TUR"), 12.5, "percent", "actual", None)],
    ),
    (
        "a-share-of-a-whole-named-in-its-own-words-keeps-its-country",
        "Azerbaijan's trade turnover with Turkiye amounted to $3.5 billion in 2024. "
        "The share of the non-oil sector in Azerbaijan's GDP was 67.5 percent.",
        [("trade_turnover", ("AZE", "TUR"), 3.5e9, "USD", "actual", None),
         ("non_oil_sector_share_of_gdp", ("AZE",), 67.5, "percent", "actual", None)],
    ),
    (
        "two-countries-set-the-goal",
        "Iran, Tajikistan set the goal for $500 million trade.",
        [("trade_turnover", ("IRN", "TJK"), 500e6, "USD", "target", None)],
    ),
    (
        "a-country-setting-a-target-with-a-partner",
        "Turkiye sets a target of $15 billion in trade with Azerbaijan.",
        [("trade_turnover", ("AZE", "TUR"), 15e9, "USD", "target", None)],
    ),
    (
        "a-goal-owned-by-one-country-stays-its-own",
        "Japan's new goal to deploy 10 GW of offshore wind by 2030 was welcomed by the United States.",
        [("capacity", ("JPN",), 10000.0, "MW", "target", None)],
    ),
    (
        "exported-to-n-countries",
        "According to the acting director of Food and Drug Administration, Iranian medicines are exported to 30 "
        "countries.",
        [("export_destinations", ("IRN",), 30.0, "count", "actual", None)],
    ),
    (
        "sold-to-more-than-n-markets",
        "Uzbekistan sells its cotton to more than 40 foreign markets.",
        [("export_destinations", ("UZB",), 40.0, "count", "actual", "lower")],
    ),
    (
        "countries-travelled-to-are-no-markets",
        "The Azerbaijani delegation traveled to 5 countries in Central Asia.",
        [],
    ),
    (
        "the-economy-of-a-country-contracted",
        "The economy of Turkey contracted by 3 percent in 2020.",
        [("gdp_growth", ("TUR",), -3.0, "percent", "actual", None)],
    ),
    (
        "an-economy-forecast-to-contract",
        "Russia's economy is forecast to contract as much as 15 percent in 2022.",
        [("gdp_growth", ("RUS",), -15.0, "percent", "forecast", "upper")],
    ),
    (
        "the-european-commission-is-the-eu",
        "The European Commission has proposed regulation on energy storage to ensure that the existing storage "
        "infrastructure is filled up to 90% of its capacity by 1 November each year, with specific phase-in "
        "provisions for 2022.",
        [("capacity_share", ("EU",), 90.0, "percent", "actual", "upper")],  # the kind is not this rule's
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[i for i, _, _ in CASES])
def test_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text) == expected
