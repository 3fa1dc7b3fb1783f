"""A fact sheet's bullet is its own topic: the receiver a bullet names ("$1 million for AWEP",
"$500 million to the European Bank for Reconstruction and Development") is no side of the money
in the next bullet, which is no item of it; an announced package stated before the list (or in
an item that ends by introducing the list) still reaches its items. Nor is a figure in a headed
bullet that names no side the article pair's where the bullet does not name the pair's foreign
side (the World Bank of the bullet before).

Texts: "FACT SHEET: U.S.-Africa Partnership in Elevating Diaspora Engagement" (2022-12-13),
"FACT SHEET: The United States Commitments at the Second Global COVID-19 Summit" (2022-05-12),
"FACT SHEET: President Biden and G7 Leaders Announce Further Efforts to Counter Putin's Attack
on Food Security" (2022-06-28) and "FACT SHEET: Vice President Harris Announces Additional
Humanitarian Relief for El Salvador, Guatemala, and Honduras" (2021-04-26), from the
whitehouse-briefings corpus (bidenwhitehouse.archives.gov; works of the United States
government, public domain), with their line breaks. Expected: (metric, subjects, value) of
the figures of the last bullet.
"""

from __future__ import annotations

import pytest

from accords.model import Article
from accords.pipeline import run

DIASPORA = (
    "-   **African Women’s Entrepreneurship Program (AWEP)**: The Vice\n"
    "    President announced plans to provide, working with Congress, $1\n"
    "    million for AWEP, which will fund small grants to train women\n"
    "    entrepreneurs and support women-owned businesses in sub-Saharan\n"
    "    Africa.\n\n"
    "<!-- -->\n\n"
    "-   **University Partnerships Initiative (UPI)**:The Vice President\n"
    "    announced the Department of Education will provide $1.5 million to\n"
    "    facilitate U.S.-Africa university exchanges, joint research,\n"
    "    collaboration on academic administration, and public-private\n"
    "    partnerships.\n"
)
FOOD_SECURITY = (
    "- The Department of the Treasury is also providing $500 million to the European Bank for "
    "Reconstruction and Development (EBRD), which will help support the EBRD’s Resilience and Livelihood "
    "Framework.\n\n"
    "- In April, the Biden-Harris Administration announced that the U.S. Department of Agriculture (USDA) "
    "and USAID took the extraordinary step to draw down the full balance of the Bill Emerson Humanitarian "
    "Trust (BEHT) as part of an effort to provide $670 million in food assistance to countries in need as a "
    "result of Putin’s unprovoked further invasion of Ukraine.\n"
)
COVID_SUMMIT = (
    "- **Additional funding for a pandemic preparedness [and global health security] fund housed at the World "
    "Bank.\xa0** Building on its initial commitment of $250 million previously announced at the first Global "
    "COVID-19 Summit, the United States intends to increase its initial contribution toward the establishment of "
    "the new pandemic preparedness and global health security fund at the World Bank by an additional $200 "
    "million, for a total of $450 million.\n\n"
    "<!-- -->\n\n"
    "- **Test and Treat Strategy**. The United States, alongside the Global Fund to Fight AIDS, Tuberculosis, and "
    "Malaria (“Global Fund”), Unitaid, and other ACT-Accelerator partners, will promote “test-and-treat” strategies "
    "for the most vulnerable populations in low and middle-income countries to help prevent hospitalizations and "
    "deaths from COVID-19.\xa0It would build on an additional $22 million from Unitaid to produce over $120 million "
    "in investments to introduce test and treatment strategies in over 20 countries in 2022.\n"
)
RELIEF = (
    "In light of the dire situation and acute suffering faced by millions of\n"
    "people in El Salvador, Guatemala, and Honduras, Vice President Harris\n"
    "announced an additional $310 million in U.S. government support for\n"
    "humanitarian relief and to address food insecurity.\xa0\n\n"
    "**Humanitarian Relief ($255M)**\n\n"
    "-   USAID will provide $125M to mitigate the impact of recurrent\n"
    "    drought, food shortages, and the ongoing COVID-19 pandemic.\n\n"
    "<!-- -->\n\n"
    "-   The U.S. Department of State will provide $104M to meet the\n"
    "    immediate safety and protection needs of refugees, asylum seekers,\n"
    "    internally displaced persons, and other vulnerable populations in\n"
    "    the region.\n"
)

CASES = [
    pytest.param(DIASPORA, "2022-12-13", [("aid", ("USA",), 1.5e6)],
                 id="university-exchanges-are-no-item-of-the-bullet-for-awep"),
    pytest.param(FOOD_SECURITY, "2022-06-28", [("aid", ("USA",), 670e6)],
                 id="food-assistance-is-no-item-of-the-bullet-for-the-ebrd"),
    pytest.param(COVID_SUMMIT, "2022-05-12",
                 [("production", ("USA",), 22e6), ("investment", ("USA",), 120e6), ("countries", ("USA",), 20.0)],
                 id="headed-bullet-not-naming-the-world-bank-is-no-figure-of-the-pair"),
    # the lead-in's package still reaches each bullet, past the bullet before it
    pytest.param(RELIEF, "2021-04-26", [("aid", ("GTM", "HND", "SLV", "USA"), 104e6)],
                 id="lead-in-package-reaches-the-second-bullet"),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_sibling_bullet_is_no_package(text, published, expected):
    extraction = run(Article(id="i", text=text, published=published, source="The White House"))
    last = text.rindex("\n-")
    assert [(i.metric, i.subjects, i.value) for i in extraction.indicators
            if i.evidence[0].start > last] == expected
