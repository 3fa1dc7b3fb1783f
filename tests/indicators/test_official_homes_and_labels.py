"""Numbers that label, rank or scale are no figures (`accords.indicators.labels`); an amount in a
foreign currency in a government's own text is that currency's country's, and a flow the text
calls "our" trade is the home country's too (`accords.indicators.homes`); an ISO code before the
dollar sign names the dollar ("CAD $1.5 billion").

Sentences from White House fact sheets and statements (public domain, see tests/gold/README.md).
"""

from __future__ import annotations

import pytest

from accords.quantities.extract import find_quantities
from tests.indicators.figures import figures

WH = "The White House"

LABELS = [
    pytest.param(  # joint statement, 2022 U.S.-Mexico High-Level Security Dialogue, 2022-10-14
        "Over the next year, we must redouble our efforts through the following actions:\n\n"
        "6.  Commit to and implement an action plan to prevent the consumption and trafficking of synthetic drugs.\n"
        "7.  Sign a memorandum of understanding to exchange information and expand capacity in chemical regulation.",
        [], id="list-item-numbers-count-nothing",
    ),
    pytest.param(  # fact sheet on the U.S.-Philippines alliance, 2022-11-20
        "Launching 123 Agreement Negotiations for Civil Nuclear Energy Cooperation: The Vice President announced that "
        "the United States and the Philippines are initiating negotiations on a civil nuclear cooperation agreement "
        "(“123 agreement”) to support expanded cooperation on zero-emission energy.",
        [], id="a-section-number-names-an-agreement",
    ),
    pytest.param(  # fact sheet on the U.S.-Peru partnership, 2024-11-15
        "As a result, Peru is the second largest producer of organic cacao in the world and is among the top 10 "
        "producers of conventional cacao.",
        [], id="a-rank-is-no-count",
    ),
    pytest.param(  # fact sheet on U.S.-Africa food security, 2022-12-15
        "For every $1 million in credit guarantees, this partnership is expected to leverage up to $20 million in "
        "fertilizer sales.",
        [], id="both-amounts-of-a-ratio-are-no-sums",
    ),
    pytest.param(  # fact sheet on U.S.-Africa gender equality, 2022-12-14
        "Investments include a $20 million loan to One Acre Fund, which will provide financing for agricultural inputs.",
        [("investment", ("USA",), 2e7, "USD", "actual", None)], id="a-measure-in-a-name-is-no-area",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELS)
def test_labels_are_no_figures(text: str, expected: list[tuple]) -> None:
    assert [f[:4] for f in figures(text, source=WH)] == [e[:4] for e in expected]


HOMES = [
    pytest.param(  # fact sheet on the U.S.-Canada partnership, 2023-03-24
        "The Canadian Critical Minerals Infrastructure Fund will make CAD $1.5 billion available to support clean "
        "energy and transportation infrastructure projects and an additional CAD $ 1.5 billion available through the "
        "Strategic Innovation Fund to support advanced manufacturing, processing, and recycling.",
        [("CAN",), ("CAN",)], id="canadian-dollars-are-canadas",
    ),
    pytest.param(  # the same
        "Canada is our largest trading partner, with nearly $2.6 billion in goods and services crossing our shared "
        "border, the world’s longest land border, every day – an almost 20 percent increase in 2022 over the "
        "previous year.",
        [("CAN", "USA"), ("CAN", "USA")], id="our-trading-partner-is-the-pair",
    ),
]


@pytest.mark.parametrize(("text", "subjects"), HOMES)
def test_official_home_sides(text: str, subjects: list[tuple]) -> None:
    assert [f[1] for f in figures(text, source=WH, published="2023-03-24")] == subjects


def test_not_a_government_text_keeps_its_sides() -> None:
    text = "Canada is our largest trading partner, with nearly $2.6 billion in goods and services crossing every day."
    assert [f[1] for f in figures(text)] == [("CAN",)]


@pytest.mark.parametrize(("text", "found"), [
    pytest.param("will make CAD $1.5 billion available", ("CAD $1.5 billion", 1.5e9, "CAD"), id="cad-spaced"),
    pytest.param("an additional CAD $ 1.5 billion", ("CAD $ 1.5 billion", 1.5e9, "CAD"), id="cad-apart"),
    pytest.param("drawing on USD $7.5 billion in the law", ("USD $7.5 billion", 7.5e9, "USD"), id="usd-spaced"),
    pytest.param("NZ$5 million", ("NZ$5 million", 5e6, "NZD"), id="nzd"),
])
def test_iso_code_before_the_dollar(text: str, found: tuple) -> None:
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == [found]


SEIZURES = [
    pytest.param(  # joint statement, 2022 U.S.-Mexico High-Level Security Dialogue, 2022-10-14
        "In Mexico, law enforcement agencies seized over 32,000 weapons, 17 million rounds of ammunition, and 2,300 "
        "grenades since 2019.",
        [("seized_weapons", ("MEX",), 32000.0, "count"), ("seized_ammunition", ("MEX",), 1.7e7, "count"),
         ("seized_grenades", ("MEX",), 2300.0, "count")],
        id="a-list-of-things-seized",
    ),
    pytest.param(  # the same
        "In 2021, the U.S. Drug Enforcement Agency seized more than 20.4 million fake pills and 15,000 pounds of "
        "fentanyl powder.",
        [("seized_pills", ("USA",), 2.04e7, "count"), ("seized_fentanyl", ("USA",), 6.80388555, "t")],
        id="the-agency-names-the-seizer-pounds-weigh",
    ),
    pytest.param(  # the same
        "Mexico extended its surveillance watchlist to include 72 dual-use substances, facilitating the seizure of "
        "over 955 tons of chemical precursors under the current government.",
        [("seized_chemical", ("MEX",), 955.0, "t")],
        id="the-seizure-of",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SEIZURES)
def test_seizures(text: str, expected: list[tuple]) -> None:
    assert [f[:4] for f in figures(text, source=WH, published="2022-10-14")] == expected


def test_pounds_of_goods_are_a_weight_and_pounds_of_funding_sterling() -> None:
    assert [(q.value, q.unit) for q in find_quantities("15,000 pounds of fentanyl powder")] == [(6.80388555, "t")]
    assert [(q.value, q.unit) for q in find_quantities("5 million pounds of funding")] == [(5e6, "GBP")]


TERMS = [
    pytest.param(  # fact sheet on the U.S.-ASEAN initiatives (dev gold wh_20211026-us-asean-initiatives)
        "Provide a 20-year DFC loan to support Fulbright University Vietnam.",
        [("loan_term_years", ("USA", "VNM"), 20.0, "year")], id="a-loan-term-with-the-lending-body",
    ),
    pytest.param(  # fact sheet on the U.S.-Philippines alliance, 2022-11-20
        "USAID will launch a new Strengthening Private Enterprises for the Digital Economy (SPEED) award, a 5-year "
        "project that seeks to expand the participation of Philippine small and medium enterprises.",
        # the dev gold (wh_20221120-philippines-harris-initiatives) records it: a programme's term in a government's
        # own text (`accords.indicators.terms.is_programme_term`, indwh32)
        [("project_term_years", ("PHL", "USA"), 5.0, "year")], id="a-project-term-in-a-fact-sheet",
    ),
    pytest.param(  # our own words
        "The United States will work with Kenya for five years on the plan.", [], id="a-plain-duration-is-no-term",
    ),
    pytest.param(  # our own words
        "The minister made a three-day visit to Baku.", [], id="a-visit-is-no-term",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TERMS)
def test_terms(text: str, expected: list[tuple]) -> None:
    assert [f[:4] for f in figures(text, source=WH, published="2023-11-30")] == expected



GROUPS = [
    pytest.param(  # joint statement from Quad leaders, 2021-09-24
        "Quad countries will work together to keep the Paris-aligned temperature limits within reach and will pursue "
        "efforts to limit it to 1.5°C above pre-industrial levels.",
        [("global_warming_limit", ("AUS", "IND", "JPN", "USA"), 1.5, "degC")], id="quad-countries-are-its-members",
    ),
    pytest.param(  # our own words, after the Quad fact sheets
        "Thanks to the Quad Vaccine Partnership’s financing of increased manufacturing capacity at Biological E LTD, "
        "India will produce 1 billion doses.",
        [("capacity", ("IND",), 1e9, "count")], id="a-name-that-begins-with-the-group-is-no-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROUPS)
def test_group_members(text: str, expected: list[tuple]) -> None:
    assert [f[:4] for f in figures(text, source=WH, published="2021-09-24")] == expected
