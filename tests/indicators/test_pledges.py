"""Pledges, gifts and tariffs in a government's own texts (`accords.indicators.pledges`).

A White House text speaks for the United States: money it announces or provides without naming
the giver is the United States', a tariff it reports is levied by or on the United States; a
country named as the giver keeps the money its own, and a text of another outlet gets no such
reading. A meeting's venue is no side of a pledge made there; the person announcing a target
adds their country.

Sentences: White House briefing-room texts of 2021-2024 (works of the United States government,
public domain; via the CC0 crawl in `shared/corpora/whitehouse-briefings`, as in
tests/gold/README.md), each from the release named in its id's comment. Each expected record is
(metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"

HAITI = ("We are also encouraging Haiti to take a holistic approach to countering gangs and are providing $5 million "
         "to strengthen the HNP’s capacity to work with communities to resist gangs.")  # fact sheet, 2021-07-13

CASES = [
    pytest.param(
        HAITI, WH, [("aid", ("HTI", "USA"), 5e6, "USD", "target", None)],
        id="we-provide-is-the-home-country",
    ),
    pytest.param(
        HAITI, None, [("aid", ("HTI",), 5e6, "USD", "target", None)],
        id="not-a-government-text-no-giver-added",
    ),
    pytest.param(  # statement on Ukraine, 2022-06-15
        "Today, I am also announcing an additional $225 million in humanitarian assistance to help people inside "
        "Ukraine, including by supplying safe drinking water, critical medical supplies and health care, food, "
        "shelter, and cash for families to purchase essential items.",
        WH, [("humanitarian_aid", ("UKR", "USA"), 2.25e8, "USD", "target", None)],
        id="receiver-after-inside",
    ),
    pytest.param(  # fact sheet on the U.S.-Palestinian relationship, 2022-07-14
        "President Biden will also announce new contributions totaling $316 million to support the Palestinian people.",
        WH, [("contribution", ("PSE", "USA"), 3.16e8, "USD", "target", None)],
        id="contributions-announced-are-pledged",
    ),
    pytest.param(  # fact sheet on the Americas Partnership summit, 2023-11-03
        "The Department of State is contributing more than $12 million through international organization partners "
        "in Costa Rica.",
        WH, [("contribution", ("CRI", "USA"), 1.2e7, "USD", "actual", "lower")],
        id="contributing-names-the-money",
    ),
    pytest.param(  # fact sheet on the Americas Partnership summit, 2023-11-03
        "Canada is contributing $10 million, in addition to its previous contribution in 2022 resulting in a total "
        "Canadian contribution of $16 million to the Grant Facility.",
        WH, [("contribution", ("CAN",), 1e7, "USD", "actual", None),
             ("contribution", ("CAN",), 1.6e7, "USD", "actual", None)],
        id="named-giver-keeps-its-money",
    ),
    pytest.param(  # fact sheet on connected vehicles, 2024-09-23
        "In May of this year, President Biden directed an increase from 25% to 100% on the tariff rate on Chinese "
        "electric vehicles under Section 301.",
        WH, [("tariff_rate", ("CHN", "USA"), 25.0, "percent", "actual", None),
             ("tariff_rate", ("CHN", "USA"), 100.0, "percent", "target", None)],
        id="tariff-rate-named-after-the-rates-and-levied-by-home",
    ),
    pytest.param(  # joint statement on PGII with Indonesia and the EU, 2022-11-15
        "That is why at the June G7 Leaders’ Summit in Germany, Leaders launched PGII and announced their intention "
        "to mobilize $600 billion for global infrastructure investments by 2027.",
        WH, [("investment", ("G7",), 6e11, "USD", "target", None)],
        id="summit-venue-is-no-side",
    ),
    pytest.param(  # G7 PGII co-chairs' statement, 2024-06-13
        "In support of the G7’s Partnership for Global Infrastructure and Investment (PGII) topline goal of "
        "mobilizing $600 billion in infrastructure investment in emerging economies, a coalition of U.S. investors "
        "highlighted and committed anew billions of dollars in private investment in scaled infrastructure in "
        "emerging markets, aligned with PGII priorities.",
        WH, [("investment", ("G7",), 6e11, "USD", "target", None)],
        id="goal-owned-through-its-initiative",
    ),
    pytest.param(  # the Haiti fact sheet's pledge stated twice: a fact sheet's restatement is kept
        HAITI + " " + HAITI, WH, [("aid", ("HTI", "USA"), 5e6, "USD", "target", None)] * 2,
        id="restated-pledge-kept-in-a-government-text",
    ),
    pytest.param(
        HAITI + " " + HAITI, None, [("aid", ("HTI",), 5e6, "USD", "target", None)],
        id="restated-figure-once-elsewhere",
    ),
    pytest.param(  # Major Economies Forum readout, 2021-09-17
        "President Biden also announced, with the EU, a Global Methane Pledge that aims to cut global methane "
        "pollution by at least 30 percent from 2020 levels by 2030.",
        WH, [("methane_pollution_change", ("EU", "USA"), -30.0, "percent", "target", "lower")],
        id="announcing-person-pledges-too",
    ),
    pytest.param(  # fact sheet on internet for Tribal communities, 2022-08-11
        "ACP provides a discount of up to $75 per month on internet bills for households on Tribal lands (or a "
        "discount of up to $30/month for other households), as well as a one-time $100 discount on a connected device.",
        WH, [],
        id="rates-per-month-and-discounts-are-no-funding",
    ),
]


@pytest.mark.parametrize(("text", "source", "expected"), CASES)
def test_pledges(text: str, source: str | None, expected: list[tuple]) -> None:
    assert figures(text, published="2024-09-23", source=source) == expected


# A part of a pledge, and a second pledge joined by "and <verb>", continue the first one
# (`pledges.continued`): White House fact sheets of 2024-07-11 (NATO's Indo-Pacific partners) and
# 2022-12-14 (U.S.-Africa trade and investment).
CONTINUED = [
    pytest.param(
        "Since March 2022, Japan has committed to provide Ukraine with financial, humanitarian, and other assistance "
        "worth a total value of over $12 billion, including $4.5 billion support for 2024.",
        [(1.2e10, "actual"), (4.5e9, "actual")],
        id="part-of-a-total-committed-so-far-stays-actual",
    ),
    pytest.param(
        "Working with Congress, this new initiative intends to invest over $350 million and mobilize over $450 million "
        "in financing commitments for Africa, in line with the African Union’s Digital Transformation Strategy.",
        [(3.5e8, "target"), (4.5e8, "target")],
        id="second-pledge-joined-by-and-is-pledged",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTINUED)
def test_continued_pledges(text: str, expected: list[tuple]) -> None:
    # values and kinds only: who pledges the initiative's money is not what this rule decides
    found = [(value, kind) for _, _, value, _, kind, _ in figures(text, published="2024-07-11", source=WH)]
    assert found == expected


@pytest.mark.parametrize(("source", "kind"), [(WH, "target"), (None, "actual")], ids=["government-sets-it", "elsewhere"])
def test_rate_a_government_will_set(source: str | None, kind: str) -> None:
    """ "The tariff rate on electric vehicles under Section 301 will increase from 25% to 100% in
    2024" (fact sheet on Section 301 tariffs, 2024-05-14): in the White House's own text the level
    it will reach is the policy announced (`target`); elsewhere the rule leaves it as read."""
    found = figures("The tariff rate on electric vehicles under Section 301 will increase from 25% to 100% in 2024.",
                    published="2024-05-14", source=source)
    assert [(metric, value, k) for metric, _, value, _, k, _ in found][1] == ("tariff_rate", 100.0, kind)


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # fact sheet on NATO's Indo-Pacific Partners, 2024-07-11 (fresh dev)
        "The ROK provided $100 million in humanitarian aid to Ukraine in 2022 and has pledged $150 million in "
        "short-term aid in 2023.",
        [(("KOR", "UKR"), 1e8), (("KOR", "UKR"), 1.5e8)],
        id="partner-giving-in-a-second-clause-is-no-home-gift",
    ),
    pytest.param(  # same fact sheet: the possessive names the giver of each part
        "New Zealand’s total $79.5 million in pledged support to date includes $50.8 million in military assistance, "
        "$19.5 million in humanitarian assistance to Ukrainian communities in Ukraine and neighboring countries.",
        [(("NZL",), 7.95e7), (("NZL", "UKR"), 5.08e7), (("NZL", "UKR"), 1.95e7)],
        id="possessive-giver-of-a-listed-part",
    ),
    pytest.param(  # Quad summit fact sheet, 2021-03-12 (its first clause): "US$" is a currency, no country
        "Australia will contribute US$77 million for the provision of vaccines and “last-mile” delivery support "
        "with a focus on Southeast Asia.",
        [(("AUS",), 7.7e7)],
        id="us-dollar-sign-is-no-side",
    ),
    pytest.param(  # fact sheet at the UN General Assembly, 2022-09-21 (fresh dev)
        "**Global Agriculture and Food Security Program (GAFSP):** President Biden announced that the United States "
        "has contributed $150 million to the Global Agriculture and Food Security Program, enabling the first new "
        "Call for Proposals since the start of the COVID-19 pandemic.",
        [(("GAFSP", "USA"), 1.5e8)],
        id="fund-by-its-acronym",
    ),
    pytest.param(  # fact sheet on the U.S.-Ireland partnership, 2021-03-17 (fresh dev)
        "Since 1986 the United States has contributed more than $544 million to the International Fund for Ireland "
        "for projects that sustain the peace process.",
        [(("International Fund for Ireland", "USA"), 5.44e8)],
        id="fund-without-acronym-by-its-name",
    ),
    pytest.param(  # fact sheet on the Americas Partnership summit, 2023-11-03
        "Canada is contributing $10 million, in addition to its previous contribution in 2022 resulting in a total "
        "Canadian contribution of $16 million to the Grant Facility.",
        [(("CAN",), 1e7), (("CAN",), 1.6e7)],
        id="short-back-reference-is-no-fund-name",
    ),
    pytest.param(  # fact sheet on U.S. assistance to Haiti, 2021-07-13 (fresh dev, indwh27)
        "USAID is providing more than $3 million to the Consortium for Elections and Political Processes "
        "Strengthening, which includes the National Democratic Institute, International Republican Institute, and "
        "International Foundation for Electoral Systems.",
        [(("Consortium for Elections and Political Processes Strengthening", "USA"), 3e6)],
        id="consortium-grantee-by-its-name",
    ),
])
def test_givers_and_funds(text: str, expected: list[tuple]) -> None:
    """Who gives money in a government's text: a partner named as giver in the sentence, never the
    home country in its place; a named fund receiving money is a side of it."""
    assert [(subjects, value) for _, subjects, value, _, _, _ in figures(text, source=WH)] == expected


def test_owned_facility_is_no_fund_side() -> None:
    """"to the IDB’s Biodiversity and Natural Capital Facility" (fact sheet on the anniversary of the
    Americas Partnership, 2024-11-04): the owner is the side, the facility's name is none."""
    text = ("The Department of State has driven inclusive and sustainable growth by providing up to $7 million to the "
            "IDB’s Biodiversity and Natural Capital Facility.")
    (found,) = figures(text, source=WH)
    assert "USA" in found[1] and not any("Facility" in side for side in found[1])
