"""Counts of NATO's members and of a named coalition's members (`indicators.memberships`). A White House text
counts NATO's members as "Allies", capitalised ("Nine Allies will meet or exceed this commitment", "convene all 32
Allies"): each count is NATO's (`memberships.allies`), in a text that names NATO, even after "all" or "the"; not
"30 Allies and partners" (more than the members) nor Allies in a text that never names NATO. A coalition's name
with its membership verb after "which" ("the Global Coalition ..., which has brought together over 100 countries")
or with its kind in apposition ("the Ukraine Defense Contact Group—a coalition of 50 partner nations", "the
International Partners Group, a collection of ten countries") makes the count the coalition's; a count of countries
an administration brings together names no body.

Texts: White House fact sheets and statements, 2021-2024 (public domain), quoted as the corpus gives them, lines
joined and cut to the sentences that matter; sentences written for these tests in their register where marked. Each
expected record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"

CASES = [
    pytest.param(
        "Many Allies now spend well above NATO’s benchmark of 2 percent of Gross Domestic Product (GDP), which is "
        "increasingly seen as a floor and not a ceiling. Nine Allies will meet or exceed this commitment this year, 19 "
        "Allies have clear plans to meet it by 2024, and an additional five Allies have made concrete commitments to "
        "meet it thereafter.",
        [("share_of_gdp", ("NATO",), 2.0, "percent", "actual", None),
         ("allies", ("NATO",), 9.0, "count", "actual", None),
         ("allies", ("NATO",), 19.0, "count", "forecast", None),
         ("allies", ("NATO",), 5.0, "count", "actual", None)],
        id="capitalised-allies-are-natos",
    ),
    pytest.param(
        "The United States is hosting the 2024 NATO Summit, July 9-11, 2024, in Washington, D.C. The Washington Summit "
        "will convene all 32 Allies to demonstrate the continued strength and unity of the Transatlantic Alliance.",
        [("allies", ("NATO",), 32.0, "count", "forecast", None)],
        id="all-the-allies-are-natos-size",
    ),
    pytest.param(  # written for this test
        "NATO leaders met in Madrid. The United States and more than 30 Allies and partners have imposed sanctions on "
        "Russia.",
        [],
        id="allies-and-partners-are-more-than-nato",
    ),
    pytest.param(
        "The President spoke with the President of Romania. He conveyed his desire for closer cooperation with our nine "
        "Allies in Central Europe and the Baltic.",
        [],
        id="no-nato-named-no-count-of-its-members",
    ),
    pytest.param(
        "The U.S. government will continue our efforts to prevent the production and trafficking of illicit synthetic "
        "drugs through multiple efforts, including the Global Coalition to Address Synthetic Drug Threats, which has "
        "brought together over 100 countries to collectively address the scourge of fentanyl.",
        [("member_countries", ("Global Coalition to Address Synthetic Drug Threats",), 100.0, "count", "actual",
          "lower")],
        id="which-has-brought-together",
    ),
    pytest.param(
        "Working with European partners and Ukraine, the United States also launched the Ukraine Defense Contact "
        "Group—a coalition of 50 partner nations that has enhanced our coordination of security assistance "
        "deliveries.",
        [("member_countries", ("Ukraine Defense Contact Group",), 50.0, "count", "actual", None)],
        id="a-coalition-of-in-apposition",
    ),
    pytest.param(
        "The United States and Japan have led the International Partners Group, a collection of ten countries, to "
        "successfully launch a long-term partnership with Indonesia.",
        [("member_countries", ("International Partners Group",), 10.0, "count", "actual", None)],
        id="a-collection-of-in-apposition",
    ),
    pytest.param(
        "The Administration brought together more than 100 countries and 11 international organizations to take "
        "action.",
        [("international_organizations", ("USA",), 11.0, "count", "actual", None)],
        id="an-administration-brings-countries-together-no-body",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_allies_and_named_coalitions(text: str, expected: list[tuple]) -> None:
    assert figures(text, published="2024-07-10", source=WH) == expected
