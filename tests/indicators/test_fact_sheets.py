"""Figures of White House fact sheets as they are published: hard-wrapped lines, Markdown
headings and bullet items, amounts written "$125M", lists of recipient countries.

Text: "FACT SHEET: Vice President Harris Announces Additional Humanitarian Relief for El
Salvador, Guatemala, and Honduras" (2021-04-26), from the whitehouse-briefings corpus
(bidenwhitehouse.archives.gov; a work of the United States government, public domain),
with its line breaks. Expected records are (metric, subjects, value, unit, kind, qualifier).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

RELIEF = (
    "In light of the dire situation and acute suffering faced by millions of\n"
    "people in El Salvador, Guatemala, and Honduras, Vice President Harris\n"
    "announced an additional $310 million in U.S. government support for\n"
    "humanitarian relief and to address food insecurity.\xa0\n\n"
    "**Humanitarian Relief ($255M)**\n\n"
    "-   USAID will provide $125M to mitigate the impact of recurrent\n"
    "    drought, food shortages, and the ongoing COVID-19 pandemic.\xa0 These\n"
    "    funds will provide emergency food assistance, improve livelihoods,\n"
    "    and provide protection for the most vulnerable persons.\n\n"
    "<!-- -->\n\n"
    "-   The U.S. Department of State will provide $104M to meet the\n"
    "    immediate safety and protection needs of refugees, asylum seekers,\n"
    "    internally displaced persons, and other vulnerable populations in\n"
    "    the region.\n"
)

CASES = [
    pytest.param(
        RELIEF.split("\n\n")[0],
        [("aid", ("GTM", "HND", "SLV", "USA"), 310e6, "USD", "target", None)],
        # the parse cut this sentence at every line break, and ", and Honduras" at a clause break
        id="announced-support-for-a-list-of-recipients-across-wrapped-lines",
    ),
    pytest.param(
        RELIEF.split("<!-- -->")[1],
        # "The U.S. Department of State" is the United States; "will provide" is a pledge
        [("aid", ("USA",), 104e6, "USD", "target", None)],
        id="department-will-provide-scale-letter-amount",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_fact_sheet_figures(text, expected):
    assert figures(text, published="2021-04-26") == expected
