"""Counts of the countries doses were delivered or shared with, and the two ends of a range of prices per
unit, in White House fact sheets (twenty-ninth session, indwh44).

Texts: the fact sheets on the Roadmap for a U.S.-Pacific Island Partnership (2022-09-29), on the partnership
with the Africa CDC (2022-03-11) and on energy security and the Strategic Petroleum Reserve (2022-10-18), from
the whitehouse-briefings corpus (bidenwhitehouse.archives.gov; works of the United States government, public
domain); the last cases are our own words. Expected records are (metric, subjects, value, unit, kind, qualifier)
of the counts of countries and of the prices: the value, unit and qualifier are what these rules decide.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"

COUNTED = [
    pytest.param(
        "We are proud to have delivered over 620 million doses to over 116 countries.",
        "2022-09-29", [("recipient_countries", ("USA",), 116, "count", "actual", "lower")], id="delivered-doses-to-116"),
    pytest.param(
        "As part of President Biden’s commitment to leading an international and coordinated vaccine effort,\n"
        "the United States has shared over 166 million COVID-19 vaccine doses with 48 countries in Africa, as\n"
        "of February 2022, with plans for sending more.",
        "2022-03-11", [("recipient_countries", ("USA",), 48, "count", "actual", None)], id="shared-doses-with-48"),
    pytest.param(
        "The two countries share borders with 14 countries.", "2022-03-11", [], id="share-borders-no-count"),
    pytest.param(
        "The agencies shared information with 12 countries last year.", "2022-03-11", [], id="shared-information-no-count"),
]


@pytest.mark.parametrize("text, published, expected", COUNTED)
def test_counts_of_countries_delivered_to(text, published, expected):
    found = [f for f in figures(text, published=published, source=WH) if f[0].endswith("countries")]
    assert found == expected


PRICES = [
    pytest.param(
        "Second, the President is announcing that the Administration intends to\n"
        "repurchase crude oil for the SPR when prices are at or below about\n"
        "$67-$72 per barrel, adding to global demand when prices are around that\n"
        "range.",
        [(67, "USD/bbl", "lower"), (72, "USD/bbl", "upper")], id="dashed-price-range-per-barrel"),
    pytest.param(
        "DOE plans to use this authority to enter into contracts to repurchase oil for the SPR, targeting a\n"
        "price of about $67 to $72 per barrel or lower, with initial repurchases being delivered in 2024 or 2025.",
        [(67, "USD/bbl", "lower"), (72, "USD/bbl", "upper")], id="to-price-range-per-barrel"),
    pytest.param(
        "The Floating Offshore Wind Shot will aim to reduce the costs of floating technologies by more than 70%\n"
        "by 2035, to $45 per megawatt-hour.",
        [(-70, "percent", "lower"), (45, "USD/MWh", None)], id="per-megawatt-hour"),
]


@pytest.mark.parametrize("text, expected", PRICES)
def test_price_ranges_per_unit(text, expected):
    assert [(v, u, q) for _m, _s, v, u, _k, q in figures(text, published="2022-10-18", source=WH)] == expected


PACKAGES = [
    pytest.param(
        "President Biden pledged to continue supporting Ukraine as it defends itself from Russian aggression for\n"
        "as long as it takes, including the provision today of a new $625 million security assistance package\n"
        "that includes additional weapons and equipment.",
        [("security_assistance", ("UKR", "USA"), 625000000)], id="security-assistance-package-not-pledged-investment"),
    pytest.param(
        "The President announced a $275 million aid package to Ukraine.",
        [("aid", ("UKR", "USA"), 275000000)], id="aid-package"),
    pytest.param(
        "Washington pledged $40 million to support the package of reforms.",
        [("investment", ("USA",), 40000000)], id="to-support-a-package-unchanged"),
]


@pytest.mark.parametrize("text, expected", PACKAGES)
def test_money_named_by_its_package(text, expected):
    assert [(m, s, v) for m, s, v, _u, _k, _q in figures(text, published="2022-10-04", source=WH)] == expected


PACIFIC = (
    "- ***Compacts of Free Association*:** Compacts of Free Association with the Federated States of Micronesia,\n"
    "the Republic of the Marshall Islands, and the Republic of Palau have formed a bedrock of U.S.-Pacific\n"
    "cooperation for nearly four decades.\n\n"
    "The Administration intends to:\n\n"
    "- Provide $15 million to help Pacific Islands adapt and build resilience to climate change and extreme\n"
    "  weather events.\n"
)


def test_money_for_the_pacific_islands_is_the_givers_alone():
    """Money "to help Pacific Islands adapt" names a region, no state: the giver's alone, not the countries of the
    sentence before (Roadmap for a U.S.-Pacific Island Partnership, 2022-09-29)."""
    found = [(m, s, v) for m, s, v, _u, _k, _q in figures(PACIFIC, published="2022-09-29", source=WH) if v == 15000000]
    assert found == [("aid", ("USA",), 15000000)]
