"""The article's pair completes an event's sides only when the article is about it: each member
named in the title or in the lead (`accords.events.relations.completing_pair`). A domestic fact
sheet that names a country in passing in its body is about no pair, and so is a text of an outlet
with a home country whose title names nothing abroad, whatever its lead names in passing
(`accords.events.relations.title_names_abroad`). Sentences written for these
tests in the register of White House fact sheets and Tehran Times reports."""

from __future__ import annotations

import accords
import pytest

from tests.events.sides import STAGES, sides

pytestmark = pytest.mark.slow

_DOMESTIC = (
    "Today, President Biden will travel to Superior, Wisconsin, to announce $5 billion for bridges and highways "
    "across the country. The funding comes from the Bipartisan Infrastructure Law. Since the law was signed, "
    "the Administration has announced funding for 40,000 projects nationwide. Governors and mayors have welcomed "
    "the investments. Construction crews have already broken ground in every state. The United States took part "
    "in the review of the Group of States against Corruption after Russia's expulsion from the group. Russia "
    "was expelled in 2022. During his visit, the President will meet with small business owners. The "
    "President will also announce new grants for rural roads."
)
_TITLED = (
    "TEHRAN - Iran's Minister of Petroleum said on Monday that the country is ready to raise its gas exports. "
    "The minister was speaking to reporters in Tehran. He said new pipelines would be built in the north of the "
    "country. Work on the first of them has begun. The ministry has set aside funds for the project. Armenia "
    "buys Iranian gas under a swap arrangement. Armenia pays for the gas with electricity. The minister said the "
    "country is ready to double the volume of the swap."
)

_SMOKE = (
    "Smoke from the wildfires burning across Canada has reached millions of Americans. Canada is facing one of "
    "its worst fire seasons on record, and wildfires have also burned thousands of acres across the United States "
    "this year. The Department of Health and Human Services has offered technical assistance to State and local "
    "health officials. The Environmental Protection Agency will provide air quality data to the public. The "
    "Administration intends to issue new guidance on smoke this summer. Federal agencies are working closely "
    "with Tribes and States."
)


@pytest.mark.parametrize(("text", "title", "source", "expected"), [
    pytest.param(_SMOKE, "FACT SHEET: The Biden-Harris Administration Supports Communities Impacted by Wildfires and Smoke",
                 "The White House", [], id="home-outlet-title-names-nothing-abroad-lead-names-canada"),
    pytest.param(_SMOKE, "FACT SHEET: The United States Supports Canada in Fighting Historic Wildfires",
                 "The White House", [("AGREE", ("CAN", "USA"))], id="home-outlet-title-names-canada"),
    pytest.param(_DOMESTIC, "FACT SHEET: President Biden Announces $5 Billion for Bridges and Highways",
                 "The White House", [], id="domestic-fact-sheet-names-russia-in-passing"),
    pytest.param(_TITLED, "Iran ready to double gas swap with Armenia", "Tehran Times", [("AGREE", ("ARM", "IRN"))],
                 id="title-names-the-pair"),
    pytest.param(_TITLED, "Iran ready to raise gas exports", "Tehran Times", [],
                 id="neither-title-nor-lead-names-armenia"),
])
def test_pair_completes_sides_only_in_an_article_about_it(text, title, source, expected):
    extraction = accords.extract(text, title=title, published="2024-01-25", source=source, stages=STAGES)
    assert [(e.type, sides(e)) for e in extraction.events if len(sides(e)) >= 2] == expected
