"""How long a bond between the sides has lasted, in a government's own text, is a figure in `year` of the sides
(`accords.indicators.tenures`, the White House gold's convention: tests/gold/README.md, indwh42): "Over the past 55
years of diplomatic relations", "For over 75 years, Germany has been a crucial partner", "more than six decades of
... cooperation", "which has deepened over the past 50 years"; a span ahead ("the next 70 years of our Alliance"), a
span of work that names no bond ("trained over 300 meteorologists ... over the past 23 years"), a span with no bond in
its sentence ("For 60 years, the United States and Canada have managed these waterways"), and a span of cooperation
in another outlet's text are none.

Sentences: White House texts of 2021-2024 (public domain, via the CC0 crawl in `shared/corpora/whitehouse-briefings`,
as in tests/gold/README.md): the Singapore fact sheet of 2021-08-23, the Thailand fact sheet of 2022-11-18, the
Tanzania fact sheet of 2023-03-30, the Germany fact sheet of 2024-10-17, the France fact sheet of 2024-06-08, the
AUKUS statement of 2023-03-13, the Qatar readout of 2022-01-31 (fresh dev of this round), the ROK alliance statement
of 2023-04-26, the SIDS fact sheet of 2024-06-11 and the Columbia River Treaty statement of 2024-07-11; one Tehran
Times sentence (tt_474443, a dev file). Each expected record is (metric, subjects, value, unit, kind, qualifier).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"
CASES = [
    pytest.param(
        "Over the past 55 years of diplomatic relations, our two countries have developed deep economic, cultural, "
        "and security ties with Singapore.",
        WH, [("diplomatic_relations_years", ("SGP", "USA"), 55.0, "year", "actual", None)],
        id="years-of-relations-unmarked",
    ),
    pytest.param(
        "This partnership builds on almost 50 years of U.S.-Thailand civil nuclear cooperation.",
        WH, [("nuclear_cooperation_years", ("THA", "USA"), 50.0, "year", "actual", "upper")],
        id="years-of-cooperation-named-by-the-pair",
    ),
    pytest.param(
        "The partnership between the United States and Tanzania is rooted in more than six decades of economic, "
        "development, health, and security cooperation.",
        WH, [("cooperation_years", ("TZA", "USA"), 60.0, "year", "actual", "lower")],
        id="decades-in-words",
    ),
    pytest.param(
        "For over 75 years, Germany has been a crucial partner in ensuring the stability, security, and prosperity of "
        "the transatlantic alliance.",
        WH, [("relations_years", ("DEU", "USA"), 75.0, "year", "actual", "lower")],
        id="for-n-years-opening-a-sentence-with-a-partner",
    ),
    pytest.param(
        "As America’s oldest Ally – for nearly 250 years – France has been a likeminded and dependable partner in all "
        "of the world’s greatest challenges.",
        WH, [("relations_years", ("FRA", "USA"), 250.0, "year", "actual", "upper")],
        id="for-n-years-between-dashes",
    ),
    pytest.param(
        "As NATO Allies for 40 years, Spain and the United States are steadfastly committed to providing NATO with "
        "ready forces and capabilities.",
        WH, [("relations_years", ("ESP", "USA"), 40.0, "year", "actual", None)],
        id="allies-for-n-years-are-no-figure-of-nato",
    ),
    pytest.param(
        "For more than a century, our three nations have stood shoulder to shoulder, along with other allies and "
        "partners, Australia, the United Kingdom and the United States.",
        WH, [("relations_years", ("AUS", "GBR", "USA"), 100.0, "year", "actual", "lower")],
        id="a-century",
    ),
    pytest.param(
        "In recognition of the strategic partnership between the United States and Qatar, which has deepened over the "
        "past 50 years, the President informed the Amir of his intention to designate Qatar as a Major Non-NATO Ally.",
        WH, [("relations_years", ("QAT", "USA"), 50.0, "year", "actual", None)],
        id="deepened-over-the-past-n-years",
    ),
    pytest.param(
        "These next 70 years of the U.S.-ROK Alliance will be the brightest yet.",
        WH, [],
        id="span-ahead-is-none",
    ),
    pytest.param(
        "NOAA, with funding from USAID and the Department of State, has trained over 300 meteorologists from the "
        "Pacific and Caribbean over the past 23 years to enhance climate resilience.",
        WH, [],
        id="span-of-work-is-none",
    ),
    pytest.param(
        "For 60 years, the United States and Canada have managed these waterways together through the Columbia River "
        "Treaty.",
        WH, [],
        id="no-bond-in-the-sentence-is-none",
    ),
    pytest.param(
        "The history of 50 years of cooperation between the two countries in exploiting Aras border river is "
        "valuable.",
        "Tehran Times", [],
        id="another-outlet-is-none",
    ),
]


@pytest.mark.parametrize(("text", "source", "expected"), CASES)
def test_bond_tenures(text: str, source: str, expected: list[tuple]) -> None:
    assert figures(text, published="2024-06-08", source=source) == expected
