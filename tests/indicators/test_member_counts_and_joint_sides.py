"""Counts of a named body's members are the body's alone (`indicators.memberships`): "the 38-nation Combined
Maritime Forces", "the Global Coalition has grown to include 159 countries and 15 international
organizations" (the body by its fullest name in the text, or its id: "the 27-member EU"); a place's adjective
names no body ("a 12-nation Asian tour"), and "the two sides" still refers back. A figure of one named country
whose sentence has the two sides of a joint statement as its subject ("Our federal governments ... have
organized five joint meetings with Mexican southern state governors") is the two's
(`indicators.homes.official_sides`). An organisation named as the owner of a plan money is "in line with" is
no side of it (`indicators.background.without_background`). Money a government gives a named grantee is the giver's and the
grantee's, not a country only the sentences before name (`indicators.funds.with_fund`).

Texts: White House fact sheets and joint statements, 2022-2024 (public domain), quoted as the corpus gives
them, lines joined; sentences written for these tests in their register where marked. Each expected record
is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"
COALITION = "Global Coalition to Address Synthetic Drug Threats"

CASES = [
    pytest.param(
        "It also hosts and is a member of the 38-nation Combined Maritime Forces and the 11-member International "
        "Maritime Security Construct.",
        [("member_countries", ("Combined Maritime Forces",), 38.0, "count", "actual", None),
         ("member_countries", ("International Maritime Security Construct",), 11.0, "count", "actual", None)],
        None,
        id="hyphened-counts-name-their-bodies",
    ),
    pytest.param(
        "Today, President Biden hosted a Summit of the Global Coalition to Address Synthetic Drug Threats. In just "
        "over a year, the Global Coalition has grown to include 159 countries and 15 international organizations "
        "working together to disrupt the supply chain for fentanyl.",
        [("member_countries", (COALITION,), 159.0, "count", "actual", None),
         ("member_organizations", (COALITION,), 15.0, "count", "actual", None)],
        None,
        id="grown-to-include-by-the-fullest-name",
    ),
    pytest.param(  # written for this test
        "The 27-member EU agreed on the package, and the President began a 12-nation Asian tour.",
        [("member_countries", ("EU",), 27.0, "count", "actual", None)],
        None,
        id="an-organisation-by-its-id-no-body-in-an-adjective",
    ),
    pytest.param(  # written for this test in the register of the regional state press
        "The resolution was vetoed by the United States in the 15-member UN Security Council on Monday, and Turkey "
        "is hosting the 57-member Organization of Islamic Cooperation.",
        [("member_countries", ("UN Security Council",), 15.0, "count", "actual", None),
         ("member_countries", ("OIC",), 57.0, "count", "actual", None)],
        None,
        id="an-organ-by-its-name-an-organisation-by-its-id-no-day-in-a-name",
    ),
    pytest.param(
        "Working with Congress, this initiative intends to invest over $350 million and facilitate over $450 million "
        "in financing for Africa in line with the African Union’s Digital Transformation Strategy and the U.S. "
        "Strategy Toward Sub-Saharan Africa.",
        [("investment", ("USA",), 3.5e8, "USD", "target", "lower"),
         ("financing", ("USA",), 4.5e8, "USD", "actual", "lower")],
        None,
        id="the-owner-of-a-plan-in-line-with-is-no-side",
    ),
    pytest.param(
        "Our federal governments, in partnership with regional leaders from the private sector, have organized "
        "five joint meetings with Mexican southern state governors to promote public-private cooperation.",
        [("meetings", ("MEX", "USA"), 5.0, "count", "actual", None)],
        "Joint Statement Following the 2022 U.S.-Mexico High-Level Economic Dialogue",
        id="our-governments-of-a-joint-statement",
    ),
    pytest.param(
        "USAID is currently supporting pre-election activities in Haiti. USAID is providing more than $3 million to "
        "the Consortium for Elections and Political Processes Strengthening, which includes the National Democratic "
        "Institute.",
        [("aid", ("Consortium for Elections and Political Processes Strengthening", "USA"), 3e6, "USD", "actual",
          "lower")],
        None,
        id="grantee-not-the-country-named-before",
    ),
]


@pytest.mark.parametrize("text, expected, title", CASES)
def test_member_counts_and_joint_sides(text: str, expected: list[tuple], title: str | None) -> None:
    assert figures(text, published="2024-09-24", source=WH, title=title) == expected
