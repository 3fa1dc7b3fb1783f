"""The region a government's text names as a list, the Americas' regions, and shares of a world whole.

- A fact sheet that names "El Salvador, Guatemala, and Honduras" as one list twice or more has that
  list as its region: a figure whose sentence, and the sentences just before it, name no country is
  the region's ("reaching over two million people"), with the government for money it gives
  (`accords.indicators.countrylists.region_list`, `accords.indicators.owners`); a list named once is no
  region.
- "America" after "Central", "Latin", "North", "South" or "Middle" is a region, not the United States
  (`accords.indicators.subjects.country_spans`).
- A share of a world whole ("80% of the world's gross domestic product") is `world_gdp_share`, held by
  the countries or groups its sentence names before it, not by a country named later in its clause
  (`accords.indicators.worldshares.world_share_holders`).

Texts: White House fact sheets of 2021 (tests/gold/README.md, White House), works of the United States
government; the Central America texts are sentences of wh_20210729 and wh_20230206 put together (the
list twice, then sentences naming no country), line breaks of the corpus kept inside sentences. Each
expected record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"
CALL = (
    "In May 2021, Vice President Harris launched a Call to Action for Northern Central America that challenged "
    "corporations to invest and create economic opportunity in El Salvador,\nGuatemala, and Honduras. "
)
CORPS = (
    "The Central America Service Corps, announced in June 2022, will provide young people in El Salvador, "
    "Guatemala, and Honduras with paid community service opportunities. "
)
BETWEEN = (
    "It incorporates a focus on good governance and labor rights into this public-private partnership. "
    "Central America Forward is a framework that goes beyond addressing the economic drivers of migration. "
    "It builds on the programming being deployed under each pillar of the Root Causes Strategy. "
)
ALLOCATED = "To date, we have allocated over $250 million of the total funds,\n    reaching over two million people."
G20 = (
    "After the Summit, the G20 Leaders came to a consensus across a host of\nissues, including:\n\n**Historic "
    "Global Minimum Tax:**\xa0G20 Leaders representing 80% of the\nworld’s gross domestic product (GDP) endorsed the "
    "establishment of a\nhistoric Global Minimum Tax (GMT) to end the race to the bottom, ensure\ngiant corporations "
    "pay their fair share no matter where they are\nlocated, help prevent the offshoring of good American jobs, and "
    "invest\nin our people at home."
)

CASES = [
    pytest.param(CALL + CORPS + BETWEEN + ALLOCATED, WH, "2021-07-29", [
        ("budget", ("GTM", "HND", "SLV"), 250e6, "USD", "actual", "lower"),
        ("people_reached", ("GTM", "HND", "SLV"), 2e6, "count", "actual", "lower"),
    ], id="the-region-named-twice"),
    pytest.param(CALL + BETWEEN + ALLOCATED, WH, "2021-07-29", [
        ("budget", ("USA",), 250e6, "USD", "actual", "lower"),
        ("people_reached", ("USA",), 2e6, "count", "actual", "lower"),
    ], id="a-list-named-once-is-no-region"),
    pytest.param(G20, WH, "2021-10-31", [("world_gdp_share", ("G20",), 80.0, "percent", "actual", None)],
                 id="world-share-held-by-the-group-before-it"),
]


@pytest.mark.parametrize(("text", "source", "published", "expected"), CASES)
def test_region_lists_and_world_shares(text: str, source: str, published: str, expected: list[tuple]) -> None:
    assert figures(text, published=published, source=source) == expected
