"""Countries a sentence names only as the background of money given are no sides of it (issue #14,
`accords.indicators.background`): a war's aggressor, the country of a war named as the cause of a
need, an organisation the money goes "through"; and an organisation's acronym that opens another
organisation's name ("the UN World Food Program (WFP)") is not a side either
(`accords.indicators.subjects.country_spans`).

Texts: White House fact sheets of 2021-2024 from the whitehouse-briefings corpus
(bidenwhitehouse.archives.gov; works of the United States government, public domain), with their
line breaks: the one-year anniversary of Russia's invasion (2023-02-24), continued support for
Afghanistan (2021-06-25), the United States-Palestinian relationship (2022-07-14), the call on
Congress to support Ukraine (2022-04-28), the ROK state visit (2023-04-26), and the G20 legacy fact
sheet (2024-11-19). Expected records are (metric, subjects, value, unit, kind, qualifier), in text
order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"

CASES = [
    pytest.param(
        "Working with Congress, the Biden-Harris Administration also plans to\nprovide up to $250 million in "
        "additional emergency energy assistance to\nUkraine to help Ukraine further strengthen its grid in the face "
        "of\nRussia’s attacks.",
        [("aid", ("UKR", "USA"), 250e6, "USD", "target", "upper")],
        id="aggressor-is-no-side-of-aid",
    ),
    pytest.param(
        "An additional $500 million in domestic food production assistance will\nsupport the production of U.S. "
        "food crops that are experiencing a global\nshortage due to the war in Ukraine, for example, wheat and "
        "soybeans.",
        [("aid", ("USA",), 500e6, "USD", "actual", None)],
        id="war-named-as-the-cause-is-no-side",
    ),
    pytest.param(
        "-   In response to rising food insecurity for Palestinians in the wake\n    of the Russian invasion of "
        "Ukraine, President Biden will announce\n    that the United States is providing $15 million in additional\n"
        "    humanitarian assistance for vulnerable Palestinians.",
        [("humanitarian_aid", ("PSE", "USA"), 15e6, "USD", "forecast", None)],
        id="aggressor-and-victim-of-a-war-in-whose-wake",
    ),
    pytest.param(
        "This is in addition to in the past year, the State Department and the\nUnited States Agency for "
        "International Development (USAID) have provided\n$40 million to directly help Afghanistan respond to the "
        "COVID-19\noutbreak, expedited $90 million in other COVID-related development\nassistance through the World "
        "Bank, and reoriented other U.S. development\nassistance to support Afghan efforts.",
        [("aid", ("AFG", "USA"), 40e6, "USD", "actual", None), ("aid", ("AFG", "USA"), 90e6, "USD", "actual", None)],
        id="organisation-the-money-goes-through-is-no-side",
    ),
    pytest.param(
        "And, USAID recently committed $38 million in emergency\nCOVID-19 supplemental funding to the UN World Food "
        "Program (WFP) to\naddress the food and nutrition needs of vulnerable people.",
        [("investment", ("USA", "WFP"), 38e6, "USD", "actual", None)],
        id="acronym-opening-another-organisations-name",
    ),
    # kept: the recipient named in the war's phrase with no cause word, and a channel that is a country's fund
    pytest.param(
        "The United States has provided $2 billion in security assistance to Ukraine since Russia’s full-scale "
        "invasion of Ukraine.",
        [("security_assistance", ("UKR", "USA"), 2e9, "USD", "actual", None)],
        id="written-for-the-test-victim-without-cause-stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_background_countries_are_no_sides(text: str, expected: list) -> None:
    assert figures(text, published="2023-02-24", source=WH) == expected


BRYAN = ("    -   Hyundai Motor Group’s $5.4 billion electric vehicle plant in\n        Bryan, Georgia, is under "
         "construction and will create 8,100\n        jobs.")


def test_us_town_in_georgia_is_no_country() -> None:
    found = figures(BRYAN, published="2023-04-26", source=WH)
    assert found[0] == ("investment", ("KOR", "USA"), 5.4e9, "USD", "actual", None)
    assert not any("GEO" in subjects for _, subjects, *_ in found)
