"""Three readings of White House figures (thirty-first session, indwh48):

- a company named as a list item's first word ("- PepsiCo is investing"), or a giver with an aside that names a
  government body only as its channel or partner (", in partnership with USAID,", ", along with its philanthropic
  partners ...,") is a private giver: its money is its receivers', no gift of the home country
  (`accords.indicators.privategivers.private_giver`, asked by `pledges.with_giver`, `owners.figure_subjects` and the
  region's figures in `owners._unnamed`); a state or a home body so named stays a giver;
- "two dozen", "three dozen" are 24 and 36 (`accords.quantities.numbers.WORD_NUMBER`), not 2 and 3;
- money a government's text gives in a sentence naming no country but its giver takes the one receiving country the
  prose sentence right before names (`accords.indicators.recipients.with_receiver`, `_earlier_receiver`);
- in a government's text, money passing "between" two sides is the article pair's only where the title names the
  pair's foreign state (`accords.indicators.owners._pair_in_item`): a rival the text names most is no partner.

Texts: the fact sheets and readouts "Update on the U.S. Strategy for Addressing the Root Causes of Migration"
(2022-04-19), "Vice President Harris Announces Public-Private Partnership Has Generated More than $4.2 Billion in
Private Sector Commitments for Northern Central America" (2023-02-06), "President Biden's Engagement with European
Allies and Partners on Russia" (2022-01-10), "Readout of Meeting Between Senior White House Officials and
Congressional Black Caucus Members on the Situation in Del Rio, TX" (2021-09-22) and "Securing a Made in America
Supply Chain for Critical Minerals" (2022-02-22), from the whitehouse-briefings corpus (bidenwhitehouse.archives.gov;
works of the United States government, public domain), with their line breaks; one sentence from the news page
tests/gold/articles/news_abd9d6291b.json; cases marked "own wording" are written for these tests. Expected records
are (subjects,) of the figures of the given value, or (value, qualifier) of the counts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.indicators.figures import figures

WH = "The White House"
REGION = "Vice President Harris announced new commitments for Guatemala, Honduras, and El Salvador.\n\n"


def _sides(text: str, value: float, *, source: str | None = WH) -> list[tuple[str, ...]]:
    return [subjects for _metric, subjects, found, unit, _kind, _qualifier
            in figures(text, published="2023-02-06", source=source) if found == value and unit == "USD"]


PRIVATE = [
    pytest.param(
        REGION + "-   PepsiCo is investing at least $190 million in northern Central\n"
        "    America through 2025 to improve its plants and expand distribution\n    routes.\n",
        190e6, [("GTM", "HND", "SLV")], id="company-as-an-items-first-word"),
    pytest.param(
        REGION + "-   CrossBoundary, in partnership with USAID, committed to support eight\n"
        "    small and medium businesses to attract $20 to $30 million of total\n"
        "    capital investment to El Salvador.\n",
        30e6, [("SLV",)], id="partnership-aside-names-a-channel"),
    pytest.param(
        REGION + "-   Deetken Impact, in partnership with USAID, committed to support at\n"
        "    least 10 investments and closing investment transactions totaling at\n"
        "    least $20 million in El Salvador.\n",
        20e6, [("SLV",)], id="marked-giver-with-a-channel-aside"),
    pytest.param(
        REGION + "-   PriceSmart committed to support USAID’s GEDI Initiative to help\n"
        "    entrepreneurs grow and create jobs in areas of high out-migration.\n"
        "    Connected to that initiative, PriceSmart, along with its\n"
        "    philanthropic partners Price Philanthropies and PriceSmart\n"
        "    Foundation, contributed $428,000 to help 120 women in Honduras and\n"
        "    Guatemala grow their small and medium enterprises.\n",
        428000, [("GTM", "HND")], id="co-givers-aside"),
    pytest.param(REGION + "-   USAID is investing $50 million in Honduras.\n",
                 50e6, [("HND", "USA")], id="home-agency-first-word-stays-the-giver"),  # own wording
    pytest.param(REGION + "-   Prosper Africa is investing $10 million in Kenya.\n",
                 10e6, [("KEN", "USA")], id="programme-first-words-stay-the-giver"),  # own wording
    pytest.param(REGION + "-   The United States, along with Japan, committed $5 million to Honduras.\n",
                 5e6, [("HND", "JPN", "USA")], id="home-with-a-co-giver-stays"),  # own wording
]


@pytest.mark.parametrize("text, value, expected", PRIVATE)
def test_private_givers_with_channels(text: str, value: float, expected: list[tuple[str, ...]]) -> None:
    assert _sides(text, value) == expected


DOZENS = [
    pytest.param("*Secretary Blinken has held more than two dozen calls and meetings with foreign leaders and foreign "
                 "ministers to discuss Russia’s military build-up.\n", WH, (24, "lower"), id="two-dozen"),
    pytest.param("The outbreak at the facility in Texas affected nearly three dozen immigrants, the agency said.\n",
                 None, (36, "upper"), id="three-dozen-in-news"),
    pytest.param("As part of this announcement, we will target a dozen Russian financial institutions.\n",
                 WH, (12, None), id="a-dozen-stays-twelve"),
]


@pytest.mark.parametrize("text, source, expected", DOZENS)
def test_dozens_in_words(text: str, source: str | None, expected: tuple) -> None:
    counts = [(value, qualifier) for _metric, _subjects, value, unit, _kind, qualifier
              in figures(text, published="2022-01-10", source=source) if unit == "count"]
    assert expected in counts
    assert not [value for value, _ in counts if value in (2, 3)]


HAITI = (
    "White House officials highlighted the President’s commitment to\n"
    "implementing a safe, humane, and orderly immigration process. Officials\n"
    "also emphasized the Administration’s commitment to providing aid to the\n"
    "Haitian people as the largest humanitarian donor in Haiti. \n\n"
    "U.S. agencies, led by USAID, recently provided $32 million in new\n"
    "assistance to support earthquake response efforts.\n"
)

RECEIVERS = [
    pytest.param(HAITI, 32e6, [("HTI", "USA")], id="receiver-closing-the-paragraph-before"),
    pytest.param("Kenya and Tanzania face a severe drought this year. The United States will provide $40 million in "
                 "humanitarian assistance.\n", 40e6, [("USA",)], id="two-countries-before-no-receiver"),  # own wording
    pytest.param(
        "Globally, China controls most of the market for processing and refining for cobalt. The Department of Energy "
        "will provide $3 billion in funding for domestic battery material refining.\n",
        3e9, [("USA",)], id="domestic-money-no-receiver"),  # own wording after the critical minerals fact sheet
    pytest.param(
        "Vice President Harris underscored the importance of Nigerian leadership\n"
        "to tackle shared global challenges.  Vice President Harris reiterated\n"
        "the Biden-Harris Administration’s commitment to address the global food\n"
        "crisis, noting that the United States has committed more than $7 billion\n"
        "in food security and humanitarian assistance to African countries since\n"
        "last October.\n", 7e9, [("USA",)], id="receivers-named-as-many"),  # "Readout of the Vice President's Meeting
    # with Vice President Osinbajo of Nigeria" (2022-09-02)
    pytest.param(
        "The United Kingdom has made an initial allocation of\n"
        "nearly £4 billion to continue work on SSN-AUKUS. \n"
        "The United States decided to invest USD 17.5 billion into its submarine\n"
        "industrial base.\n", 17.5e9, [("USA",)], id="investment-takes-no-earlier-receiver"),  # AUKUS statement, 2024-09-17
    pytest.param("-   Haiti: support for the earthquake response.\n\nThe United States provided $5 million in "
                 "assistance.\n", 5e6, [("USA",)], id="list-item-before-no-receiver"),  # own wording
]


@pytest.mark.parametrize("text, value, expected", RECEIVERS)
def test_receiver_named_the_sentence_before(text: str, value: float, expected: list[tuple[str, ...]]) -> None:
    assert _sides(text, value) == expected


#: The fact sheet "Securing a Made in America Supply Chain for Critical Minerals" (2022-02-22), whole, as the gold keeps it.
MINERALS = json.loads((Path(__file__).parents[1] / "gold" / "articles" /
                       "wh_20220222-critical-minerals-supply-chain-factsheet.json").read_text(encoding="utf-8"))["text"]


@pytest.mark.parametrize("title, expected", [
    pytest.param("FACT SHEET: Securing a Made in America Supply Chain for Critical Minerals", [("USA",)],
                 id="rival-named-most-is-no-partner"),
    pytest.param("FACT SHEET: United States and China Announce Critical Minerals Cooperation", [("CHN", "USA")],
                 id="partner-in-the-title-stays-the-pair"),  # own wording of a title
])
def test_government_text_pair_needs_a_titled_partner(title: str, expected: list[tuple[str, ...]]) -> None:
    found = [subjects for metric, subjects, value, _unit, _kind, _qualifier
             in figures(MINERALS, published="2022-02-22", source=WH, title=title) if value == 700e6]
    assert found == expected
