"""Two readings of White House fact sheets' figures (twenty-sixth session, indwh38):

- money a company, a charity or the private sector commits in a region is its receivers', not a gift of the
  home country (`accords.indicators.privategivers.private_giver`, asked by `pledges.with_giver`); the home's own
  bodies and a company the text calls American stay the home's;
- a count of the countries a programme reaches ("support efforts in over 47 countries", "deals across 47
  African countries", "endorsed by 94 countries") is `countries` of the side that runs it
  (`accords.indicators.counted.helped_countries`).

Texts: the fact sheets "Vice President Harris Announces Public-Private Partnership Has Generated More than $4.2
Billion in Private Sector Commitments for Northern Central America" (2023-02-06), "President Biden and G7 Leaders
Announce Further Efforts to Counter Putin's Attack on Food Security" (2022-06-28), "U.S.-Africa Partnership in
Promoting Two-Way Trade and Investment in Africa" (2022-12-14), "Update on the U.S. Strategy for Addressing the Root
Causes of Migration in Central America" (2024-03-25) and "U.S.-Africa Partnership in Supporting Conservation, Climate
Adaptation and a Just Energy Transition" (2022-12-13), from the whitehouse-briefings corpus
(bidenwhitehouse.archives.gov; works of the United States government, public domain), with their line breaks;
cases marked "own wording" are paraphrases. Expected records are the subjects of the figures of the given value
and unit (private givers) or (subjects, value, qualifier) of the `countries` counts.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"


def _sides(text: str, value: float, unit: str) -> list[tuple[str, ...]]:
    return [subjects for _metric, subjects, found, found_unit, _kind, _qualifier
            in figures(text, published="2023-02-06", source=WH) if found == value and found_unit == unit]


PRIVATE = [
    pytest.param(
        "-   Heifer International committed $1 million in grant and investment\n"
        "    funds to support small and medium businesses in Guatemala.\n",
        1e6, [("GTM",)], id="charity-marked-international-commits"),  # own wording: the corpus line names USAID's initiative
    pytest.param(
        "-   **Root Capital** has committed to lend an additional $1.4 million\n"
        "    to small businesses in Guatemala.\n",
        1.4e6, [("GTM",)], id="lender-marked-capital-in-bold"),
    pytest.param(
        "-   Argidius Foundation committed $3 million to small and medium businesses in Guatemala.\n",
        3e6, [("GTM",)], id="foundation-commits"),  # own wording
    pytest.param(
        "-   **Microwd**, which offers microloans to female entrepreneurs, has\n"
        "    committed to invest $20 million to continue expansion in El Salvador and\n"
        "    Honduras.\n",
        20e6, [("HND", "SLV")], id="aside-says-what-the-giver-is"),  # own wording of the corpus line
    pytest.param(
        "Vice President Kamala Harris and the Partnership for Central America\n"
        "today announced more than $950 million in new private sector\n"
        "commitments in response to her Call to Action for Northern Central\n"
        "America.\n",
        950e6, [("GTM", "HND", "SLV")], id="money-named-private-sector-commitments"),
    pytest.param(
        "-   USAID will provide $4 million to support small businesses in Guatemala.\n",
        4e6, [("GTM", "USA")], id="home-agency-stays-the-giver"),  # own wording
    pytest.param(
        "-   Viamericas, a U.S. company offering money transfers, has committed\n"
        "    to invest $5 million in Honduras.\n",
        5e6, [("HND", "USA")], id="company-called-american-stays-home"),  # own wording
    pytest.param(
        "-   Since July 2021, the U.S. International Development Finance\n"
        "    Corporation (DFC) has invested $325 million in Guatemala.\n",
        325e6, [("GTM", "USA")], id="home-finance-corporation-not-a-company"),  # own wording
]


@pytest.mark.parametrize("text, value, expected", PRIVATE)
def test_private_giver_is_no_gift_of_the_home(text: str, value: float, expected: list[tuple[str, ...]]) -> None:
    assert _sides(text, value, "USD") == expected


REACHED = [
    pytest.param(
        "President Biden will announce $2.76 billion in additional U.S. Government funding commitments. These new\n"
        "investments will support efforts in over 47 countries and regional organizations, to support regional plans.\n",
        [(("USA",), 47, "lower")], id="support-efforts-in-over-47-countries"),
    pytest.param(
        "**Since 2021, the U.S. Government has helped close more than 800\n"
        "two-way trade and investment deals across 47 African countries for a\n"
        "total estimated value of over $18 billion.\n",
        [(("USA",), 47, None)], id="deals-across-47-african-countries"),
    pytest.param(
        "-   **Peace Corps Climate Change Initiative:** Over the next year, the\n"
        "    Peace Corps will launch a climate initiative that will include\n"
        "    support for Volunteers and staff in up to 24 sub-Saharan African\n"
        "    countries.\n",
        [(("USA",), 24, "upper")], id="support-in-up-to-24-countries-home-runs-it"),
    pytest.param(
        "In May, the United States chaired a Global Food Security Call to Action Ministerial and launched the Roadmap\n"
        "for Global Food Security – endorsed by 94 countries – which affirms a commitment to act with urgency.\n",
        [(("USA",), 94, None)], id="endorsed-by-94-countries"),
    pytest.param(
        "In 2021, USAID worked with more than 110 universities in 17 countries across Africa and\n"
        "Southeast Asia to train health workers.\n",
        [], id="universities-counted-first-no-reach"),  # own wording, as in test_helped_countries_and_donated_doses
    pytest.param(
        "Heads of state from 20 countries attended the summit in Los Angeles.\n",
        [], id="no-programme-before-the-count"),  # own wording
]


@pytest.mark.parametrize("text, expected", REACHED)
def test_countries_a_programme_reaches(text: str, expected: list[tuple]) -> None:
    found = [(s, v, q) for m, s, v, u, _k, q in figures(text, published="2022-06-28", source=WH) if m == "countries"]
    assert found == expected


# Years of relations described by a participle after them are still the relations' years, both sides' in a White
# House text (`accords.indicators.anniversaries.anniversary_metric`): "FACT SHEET: President Joseph R. Biden and
# President Prabowo Subianto Commemorate 75 Years of Diplomatic Relations" (2024-11-12), and own wording.
ANNIVERSARIES = [
    pytest.param(
        "Today, President Biden welcomed President Prabowo Subianto of Indonesia to\n"
        "the White House. The two leaders commemorated 75 years of diplomatic\n"
        "relations built on shared values of democracy, pluralism, and a common\n"
        "commitment to the rules-based international order.\n",
        [("diplomatic_relations_years", ("IDN", "USA"), 75)], id="relations-built-on-shared-values"),
    pytest.param(
        "The President celebrated 200 years of diplomatic relations forged in friendship with Mexico.\n",
        [("diplomatic_relations_years", ("MEX", "USA"), 200)], id="relations-forged-in-friendship"),  # own wording
]


@pytest.mark.parametrize("text, expected", ANNIVERSARIES)
def test_years_of_relations_before_a_participle(text: str, expected: list[tuple]) -> None:
    found = [(m, s, v) for m, s, v, u, _k, _q in figures(text, published="2024-11-12", source=WH) if u == "year"]
    assert found == expected
