"""Three readings of White House fact sheets' figures (twenty-seventh session, indwh40):

- a company a list item names in bold at its head ("-   **Millicom** has committed to invest ...") is a private
  giver, as a name with a company's mark is (`accords.indicators.privategivers.private_giver`); an acronym
  ("**PEPFAR**") and a programme's name ("**Power Africa**") stay the home's;
- a private giver's money is no gift of the home country where the sentence names the home only as the body the
  giver works with or through ("through USAID's GEDI Initiative", "In partnership with USAID"):
  `privategivers.without_channel_home`, asked by `pledges.with_giver`;
- money invested "in" a named fund has the fund as its receiver, as money given "to" one has, under the short
  form the text gives the fund right after its name there, not after a heading that names it before
  (`funds.with_fund`); and a count of the countries doses are donated or allocated to, also written with a
  suspended hyphen ("92 low- and lower middle-income countries"), is `countries` of the giver
  (`accords.indicators.counted.helped_countries`).

Texts: the fact sheets "Vice President Harris Announces Public-Private Partnership Has Generated More than $4.2
Billion in Private Sector Commitments for Northern Central America" (2023-02-06), "President Biden and G7 Leaders
Formally Launch the Partnership for Global Infrastructure and Investment" (2022-06-26), "President Biden Announces
U.S. Plan to Donate Half a Billion Pfizer Vaccines" (2021-06-10), "U.S.- Africa Partnership to Promote Food Security and Resilient Food Systems"
(2022-12-15) and "G7 Leaders Commit to Vaccinate the World"
(2021-06-13), from the whitehouse-briefings corpus (bidenwhitehouse.archives.gov; works of the United States
government, public domain), with their line breaks; cases marked "own wording" are paraphrases.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"


def _sides(text: str, value: float, unit: str = "USD") -> list[tuple[str, ...]]:
    return [subjects for _metric, subjects, found, found_unit, _kind, _qualifier
            in figures(text, published="2023-02-06", source=WH) if found == value and found_unit == unit]


PRIVATE = [
    pytest.param(
        "-   **Millicom** has committed to invest an additional $350 million by\n"
        "    2025 to expand and maintain its mobile and broadband networks in\n"
        "    Guatemala, Honduras, and El Salvador, adding to its initial $700\n"
        "    million commitment for 2023 and 2024.\n",
        350e6, [("GTM", "HND", "SLV")], id="bold-company-at-item-head"),
    pytest.param(
        "-   **Nextil** has committed to invest $40 million in two new\n"
        "    state-of-the art production facilities in Guatemala to produce\n"
        "    garments and elastic fabrics for the shapewear and sportswear\n"
        "    markets.\n",
        40e6, [("GTM",)], id="bold-company-invests-in-plants"),
    pytest.param(
        "*   **Nextil** has committed to invest $40 million in two new\n"
        "    state-of-the art production facilities in Guatemala.\n",
        40e6, [("GTM",)], id="bold-company-after-star-bullet"),  # own wording: a star for the dash
    pytest.param(
        "-   **PEPFAR** has committed to invest $40 million in health clinics in Guatemala.\n",
        40e6, [("GTM", "USA")], id="bold-acronym-stays-home"),  # own wording
    pytest.param(
        "-   **Power Africa** has committed to invest $40 million in mini-grids in Kenya.\n",
        40e6, [("KEN", "USA")], id="bold-programme-name-stays-home"),  # own wording
    pytest.param(
        "Millicom has committed to invest $40 million in Guatemala.\n",
        40e6, [("GTM", "USA")], id="plain-name-no-mark-stays-home"),  # own wording
    pytest.param(
        "-   Heifer International committed $1 million in grant and investment\n"
        "    funds to support small and medium businesses in Guatemala through\n"
        "    USAID’s GEDI Initiative and committed $4 million in partnership with\n"
        "    USAID to improve incomes for 15,000 dairy farmers in Honduras.\n",
        1e6, [("GTM",)], id="charity-through-home-agency-initiative"),
    pytest.param(
        "-   **Root Capital** has committed to lend an additional $1.4 million to\n"
        "    small businesses in \xa0Guatemala in partnership with USAID as part of\n"
        "    the Guatemala Entrepreneurship Development and Innovation (GEDI)\n"
        "    Initiative, which will help these businesses grow and access\n"
        "    capital.\n",
        1.4e6, [("GTM",)], id="lender-in-partnership-with-home-agency"),
    pytest.param(
        "-   USAID will provide $4 million to support small businesses in Guatemala.\n",
        4e6, [("GTM", "USA")], id="home-agency-gives-stays"),  # own wording
    pytest.param(
        "-   Viamericas, a U.S. company offering money transfers, has committed\n"
        "    to invest $5 million in Honduras in partnership with USAID.\n",
        5e6, [("HND", "USA")], id="american-company-with-agency-stays-home"),  # own wording
]


@pytest.mark.parametrize("text, value, expected", PRIVATE)
def test_private_giver_with_home_body_as_channel(text: str, value: float, expected: list[tuple[str, ...]]) -> None:
    assert _sides(text, value) == expected


FUNDS = [
    pytest.param(
        "-   DFC will invest up to $25 million in the Uhuru Growth Fund I-A, which will provide needed growth\n"
        "    capital to small-and medium-sized enterprises in West Africa – including women-led businesses.\n",
        25e6, [("USA", "Uhuru Growth Fund I-A")], id="invest-in-a-named-fund"),
    pytest.param(
        "-   **Furthering Support for the Global Agriculture and Food Security Program:** U.S. Treasury\n"
        "    Department’s (Treasury) contribution of $155 million to the Global Agriculture and Food Security\n"
        "    Program (GAFSP) allowed for the launch of its first Call for Proposals since the pandemic.\n",
        155e6, [("GAFSP", "USA")], id="short-form-given-after-the-money-not-the-heading"),
    pytest.param(
        "-   DFC will invest up to $25 million in the Lobito Atlantic Railway in Angola.\n",
        25e6, [("AGO", "USA")], id="invest-in-a-railway-no-fund"),  # own wording
]


@pytest.mark.parametrize("text, value, expected", FUNDS)
def test_money_invested_in_a_fund(text: str, value: float, expected: list[tuple[str, ...]]) -> None:
    assert _sides(text, value) == expected


GIVEN = [
    pytest.param(
        "Today, President Biden will announce that the United States will\n"
        "purchase and donate half a billion Pfizer vaccines to 92 low- and lower\n"
        "middle-income countries and the African Union, an historic action that\n"
        "will help supercharge the global fight against the pandemic.\n",
        [(("USA",), 92, None)], id="donate-to-92-suspended-hyphen"),
    pytest.param(
        "The U.S. will allocate these doses to 92 low and\n"
        "    lower-middle income nations around the world.\n",
        [(("USA",), 92, None)], id="allocate-to-92-nations"),
    pytest.param(
        "The United States donated 10 million doses to the two countries.\n",
        [], id="the-two-countries-no-count"),  # own wording
]


@pytest.mark.parametrize("text, expected", GIVEN)
def test_countries_doses_are_given_to(text: str, expected: list[tuple]) -> None:
    found = [(s, v, q) for m, s, v, u, _k, q in figures(text, published="2021-06-10", source=WH) if m == "countries"]
    assert found == expected


# An amount whose scale word the page glued to the next word is left out, not read as dollars
# (`accords.indicators.labels.in_passing`): "FACT SHEET: U.S.-Africa Partnership in Health Cooperation" (2022-12-13).
GLUED = [
    pytest.param(
        "Since the beginning of the Biden-Harris Administration, the United States has invested and\n"
        "committed to provide **nearly $20 billionin health programs in the Africa region**.\n",
        [], id="billionin-is-no-twenty-dollars"),
    pytest.param(
        "Since the beginning of the Biden-Harris Administration, the United States has invested and\n"
        "committed to provide nearly $20 billion in health programs in the Africa region.\n",
        [2e10], id="spaced-scale-stays"),  # own wording: the space restored
]


@pytest.mark.parametrize("text, expected", GLUED)
def test_glued_scale_word(text: str, expected: list[float]) -> None:
    found = [v for _m, _s, v, u, _k, _q in figures(text, published="2022-12-13", source=WH) if u == "USD"]
    assert found == expected
