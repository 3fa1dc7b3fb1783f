"""Subjects of White House figures that came from the wrong place (indwh28): a country carried over from the
sentence before onto a government body's own money, a count of a coalition's members given to the United States,
a share of a country's people read as money, a share of the world's GDP given to the last of the countries listed,
a pair cue reaching a pair named only after it, and document numbers read as counts.

- `indicators.cogivers.co_givers` (from `owners._unnamed`): a country the sentence before names joined with the body
  that gives the money ("USAID and the French government are helping to rebuild Haiti's ... hospital" then "USAID
  contributed $25 million") is no side of it; where that sentence names no other country, the body's partner is the
  receiver and stays ("The Government of Haiti and USAID signed ...").
- `indicators.memberships` (`_PART_OF`): "159 countries and 15 international organizations that are now part of the
  Coalition" are members of the coalition, by the fullest name the text gives it.
- `indicators.counted.people_share`: "89 percent of pregnant women gave birth ..." is a share of people.
- `indicators.worldshares.world_share_holders`: "IPEF partners Australia, ..., and Viet Nam represent 40 percent of
  the world's GDP" is the listed partners' together.
- `indicators.owners._named_subjects`: "bilateral" gives the article's pair only where the text has named both by
  then (not the WHO of a footnote).
- `indicators.labels.is_label`: "Executive Order 13987", "Memorandum-15" are no counts.

Texts: White House fact sheets 2021-2023 (public domain), quoted as the corpus gives them with lines joined; cases
marked "written for this test" are paraphrases in their register. Each expected record is (metric, subjects, value,
unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"
COALITION = "Global Coalition to Address Synthetic Drug Threats"
IPEF = ("AUS", "BRN", "FJI", "IDN", "IND", "JPN", "KOR", "MYS", "NZL", "PHL", "SGP", "THA", "VNM")

CASES = [
    pytest.param(
        "Re-building the premier teaching hospital in Haiti: USAID and the French government are helping to rebuild "
        "Haiti’s national teaching hospital (HUEH), the country’s main public tertiary hospital which collapsed due to "
        "the 2010 earthquake. USAID contributed $25 million towards the reconstruction and are planning to offer an "
        "additional $10 million towards its completion that is scheduled for 2024.",
        [("contribution", ("HTI", "USA"), 25000000.0, "USD", "actual", None),
         ("contribution", ("HTI", "USA"), 10000000.0, "USD", "target", None)],
        id="co-giver-of-the-sentence-before-is-no-side-of-the-body's-money",
    ),
    pytest.param(  # written for this test
        "The Government of Haiti and USAID signed a new development agreement in Port-au-Prince. USAID will provide "
        "$5 million to strengthen the Haitian National Police.",
        [("aid", ("HTI", "USA"), 5000000.0, "USD", "target", None)],
        id="the-body's-only-partner-is-its-receiver",
    ),
    pytest.param(
        "Today, President Biden hosted a Summit of the Global Coalition to Address Synthetic Drug Threats. The 159 "
        "countries and 15 international organizations that are now part of the Coalition are working together on "
        "three key lines of effort.",
        [("member_organizations", (COALITION,), 15.0, "count", "actual", None)],
        id="members-that-are-part-of-the-coalition-by-its-fullest-name",
    ),
    pytest.param(  # the first sentence written for this test
        "Haiti has one of the highest maternal mortality rates in the hemisphere. In areas that receive USAID health "
        "investments, 89 percent of pregnant women gave birth with the assistance of a skilled health care worker.",
        [("population_share", ("HTI",), 89.0, "percent", "actual", None)],
        id="a-share-of-people-is-no-money",
    ),
    pytest.param(
        "IPEF partners Australia, Brunei, Fiji, India, Indonesia, Japan, Republic of Korea, Malaysia, New Zealand, the "
        "Philippines, Singapore, Thailand, and Viet Nam represent 40 percent of the world’s GDP and are committed to "
        "advancing workers’ rights.",
        [("world_gdp_share", IPEF, 40.0, "percent", "actual", None)],
        id="a-listed-group-holds-its-share-of-the-world",
    ),
    pytest.param(
        "G20 Leaders representing 80% of the world’s gross domestic product agreed to the framework.",
        [("world_gdp_share", ("G20",), 80.0, "percent", "actual", None)],
        id="one-holder-unchanged",
    ),
    pytest.param(  # the links shortened
        "The Administration will continue to utilize the whole-of-government effort outlined in [Executive Order "
        "13747](https://bidenwhitehouse.archives.gov/a/), [Executive Order 13987](https://bidenwhitehouse.archives.gov/b/), "
        "and National Security Memorandum-15 to accelerate progress.",
        [],
        id="document-numbers-are-no-counts",
    ),
    pytest.param(  # the footnote shortened
        "The United States partners with countries around the world to build stronger global health security "
        "capacity. The United States has provided nearly $800 million in bilateral support in Fiscal Year 2022 funds. "
        "Demonstrated capacity is defined as achieving a level four on the World Health Organization (WHO) scale "
        "or on the WHO’s International Health Regulations Monitoring and Evaluation Framework (IHR MEF).",
        [("aid", ("USA",), 800000000.0, "USD", "actual", "upper")],
        id="bilateral-reaches-no-pair-named-only-after-it",
    ),
    pytest.param(  # written for this test
        "Under the U.S.-Haiti partnership, the two countries expanded bilateral support for Haiti’s health system. The "
        "United States provided $75.5 million in bilateral development and health assistance to Haiti, and Haiti’s "
        "government committed to new reforms.",
        [("development_aid", ("HTI", "USA"), 75500000.0, "USD", "actual", None)],
        id="bilateral-aid-of-a-pair-named-before-unchanged",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_wh_subjects(text: str, expected: list[tuple]) -> None:
    assert figures(text, source=WH) == expected
