"""Money given in a government's own text: named by the verb that announces or releases it or by
the purpose after it ("announced $20 million to support Ecuador", "a $50 million initiative"),
given to the one partner a text about a pair is about ("The United States will contribute $3
million to this program" in a fact sheet on Zambia), with no side for a war named only as the
cause of the need ("the impact of Putin’s unprovoked war in Ukraine"), to a named institution and not
to those it serves ("for the UN Relief and Works Agency for Palestine Refugees (UNRWA) to continue
delivering critical services to Palestinian refugees in ... Jordan"); and what is no money given:
a list's item numbers ("1) Improving Access"), pounds of a good.

Texts: White House fact sheets and readouts of 2021-2024 (tests/gold/README.md, White House),
works of the United States government; line breaks of the corpus kept except where noted. Each
expected record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"
ZAMBIA_TITLE = "FACT SHEET: Vice President Harris Announces Initiatives to Advance the U.S. Partnership with Zambia"
ZAMBIA = (
    "The United States and Zambia maintain a strong relationship based on\nshared democratic values, growing "
    "commercial engagement, longstanding\nhealth cooperation, and enduring people-to-people ties. The Vice "
    "President’s travel to Lusaka demonstrates the United States’\ncommitment to advancing our cooperation with "
    "Zambia.\n\n-   Strengthening Good\n    Financial Governance: USAID plans to participate in a new\n    four-year "
    "Strengthening Good Financial Governance project with the\n    Government of the Republic of Zambia to strengthen "
    "its financial\n    management systems.  The United States will contribute $3 million to\n    this program."
)

CASES = [
    pytest.param(
        "* Today, the U.S. Department of Energy is announcing nearly $18 million from the Bipartisan Infrastructure "
        "Law to 61 local and territorial governments to fund a wide range of energy efficiency and decarbonization "
        "projects.", None,
        [("funding", ("USA",), 18e6, "USD", "target", "upper")],
        id="announcing-money",
    ),
    pytest.param(
        "The United States also announced $20 million to support Ecuador in reducing carbon emissions, protecting "
        "biodiversity, reactivating the economy, and addressing the\nchallenge of Illegal, Unreported, and Unregulated "
        "Fishing.", None,
        [("funding", ("ECU", "USA"), 20e6, "USD", "target", None)],
        id="announced-money-to-support-a-country",
    ),
    pytest.param(  # the corpus breaks "El Salvador" over two lines; joined here
        "CASC—a $50 million initiative, which will be administered by the U.S. Agency for International Development "
        "(USAID)—will provide young people in El Salvador, Guatemala, and Honduras with paid community service "
        "opportunities, mentorship, and a path to future employment.", None,
        [("funding", ("GTM", "HND", "SLV", "USA"), 50e6, "USD", "actual", None)],
        id="money-named-by-its-initiative",
    ),
    pytest.param(
        ZAMBIA, ZAMBIA_TITLE,
        # the project's term is a figure of a government's own text too (`accords.indicators.terms`, indwh32)
        [("project_term_years", ("USA", "ZMB"), 4.0, "year", "target", None),
         ("contribution", ("USA", "ZMB"), 3e6, "USD", "target", None)],
        id="given-to-the-partner-the-title-names",
    ),
    pytest.param(
        ZAMBIA, None,
        [("project_term_years", ("USA", "ZMB"), 4.0, "year", "target", None),
         ("contribution", ("USA",), 3e6, "USD", "target", None)],
        id="no-partner-without-a-title-naming-it",
    ),
    pytest.param(
        "A year of rising energy and fuel prices, disruptions from the global\npandemic, climate change, and the impact "
        "of Putin’s unprovoked war in\nUkraine, are challenging food prices across the world and in the Western\n"
        "Hemisphere. Many of our neighbors rely significantly on imports for food\nand are particularly vulnerable to "
        "rising food costs. The region is\nexperiencing the highest spike in food prices in a generation.\n\nAt the "
        "Summit of the Americas in Los Angeles, the President is bringing\ntogether key partners to address this crisis "
        "and announcing $331 million\nfor humanitarian assistance, food security assistance, and disaster risk\n"
        "reduction assistance– out of the $645 million total, that includes\nsupport for refugee and migrant "
        "populations.", None,
        [("aid", ("USA",), 331e6, "USD", "target", None), ("aid", ("USA",), 645e6, "USD", "actual", None)],
        id="a-war-named-as-the-impact-behind-the-need-is-no-side",
    ),
    pytest.param(
        "President Biden will announce an additional $201\n    million for the UN Relief and Works Agency for "
        "Palestine Refugees\n    (UNRWA) to continue delivering critical services to Palestinian\n    refugees in the "
        "West Bank, Gaza, Jordan, Lebanon, and Syria.", None,
        [("funding", ("UNRWA", "USA"), 201e6, "USD", "target", None)],
        id="money-for-an-agency-is-the-agencys-not-its-beneficiaries",
    ),
    pytest.param(
        "The first new grant, for $2.21 million to the Peres Center for\n    Peace, will support collaboration and "
        "professional exchanges between\n    the Palestinian and Israeli health sectors.", None,
        [("aid", ("Peres Center for Peace", "USA"), 2.21e6, "USD", "actual", None)],
        id="a-grant-to-a-named-centre",
    ),
    pytest.param(
        "To achieve these objectives, PACC 2030 will organize its\nactivities and programs under four pillars: 1) "
        "Improving Access to\nDevelopment Financing; 2) Facilitating Clean Energy Project Development\nand Investment; "
        "3) Enhancing Local Capacity Building; and 4) Deepening\nCollaboration with our Caribbean Partners.", None,
        [],
        id="item-numbers-are-no-counts",
    ),
    pytest.param(
        "On Friday, June 17<sup>th</sup>, Vice President Harris will travel to Dulles International Airport to announce "
        "the arrival of over 14,000 pounds of Kendamil infant formula.", None,
        [],
        id="pounds-of-a-good-are-no-money",
    ),
]


@pytest.mark.parametrize("text, title, expected", CASES)
def test_given_money(text: str, title: str | None, expected: list) -> None:
    assert figures(text, published="2022-06-09", source=WH, title=title) == expected
