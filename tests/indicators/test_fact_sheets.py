"""Figures of White House fact sheets as they are published: hard-wrapped lines, Markdown
headings and bullet items, amounts written "$125M", lists of recipient countries.

Texts: "FACT SHEET: Vice President Harris Announces Additional Humanitarian Relief for El
Salvador, Guatemala, and Honduras" (2021-04-26), the I2U2 leaders' joint statement
(2022-07-14), the Roadmap for a Renewed U.S.-Canada Partnership (2021-02-23), the fact sheet
on the 2024 NATO Summit in Washington (2024-07-10), the fact sheet on security assistance to
Ukraine (2022-03-16), the G7 fact sheet on coal and climate (2021-06-12), the fact sheet on
tariffs on Chinese
imports of 2024-05-14, the fact sheet on climate-related financial risk of 2022-11-10 and the fact sheet
on the Vice President's global initiatives for women's economic security of 2023-03-29, from
the whitehouse-briefings corpus (bidenwhitehouse.archives.gov; works of the United States
government, public domain), with their line breaks. Expected records are (metric, subjects,
value, unit, kind, qualifier).
"""

from __future__ import annotations

import pytest

from accords.model import Article
from accords.pipeline import run
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

I2U2 = (
    "On July 14, 2022, we, the Heads of Government of India, Israel, the\n"
    "United Arab Emirates (UAE), and the United States, convened for the\n"
    "first leaders’ meeting of the “I2U2” Group.\n\n"
    "-   **Clean Energy:**\xa0 The I2U2 Group will advance a hybrid renewable\n"
    "    energy project in India’s Gujarat State consisting of 300 megawatts\n"
    "    (MW) of wind and solar capacity complemented by a battery energy\n"
    "    storage system.\xa0 The U.S. Trade and Development Agency funded a\n"
    "    feasibility study for the $330 million USD project."
)
CANADA = (
    "To advance this work, the President affirmed the goal for the United States to achieve a\n"
    "net-zero carbon pollution free power sector by 2035 and the Prime Minister reaffirmed the\n"
    "goal for Canada to achieve 90 percent non-emitting electricity by 2030."
)
NATO = (
    "The Alliance is spending more than ever on critical new defense\n"
    "procurement as well as research and development.\xa0 When the Biden-Harris\n"
    "Administration took office, only nine Allies met the Vilnius defense\n"
    "investment commitments to spend at least two percent of GDP on defense.\xa0\n"
    "Twenty-three Allies now meet or exceed their defense spending\n"
    "commitment.\xa0 This is important progress since 2014 when only three\n"
    "Allies were spending two percent of GDP on defense."
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
    pytest.param(
        I2U2,
        # four countries named: the project in India is India's, not the first two countries' "pair"
        [("capacity", ("IND",), 300.0, "MW", "forecast", None),
         ("investment", ("IND",), 330e6, "USD", "actual", None)],
        id="four-country-statement-has-no-pair-for-a-project-in-india",
    ),
    pytest.param(
        CANADA,
        [("non_emitting_electricity_share", ("CAN",), 90.0, "percent", "target", None)],
        id="the-goal-for-canada-is-canadas-alone",
    ),
    pytest.param(
        NATO,
        # "nine Allies met the ... commitments" counts Allies, not meetings; the commitment is a target
        [("defense_spending_share_of_gdp", (), 2.0, "percent", "target", "lower"),
         ("defense_spending_share_of_gdp", (), 2.0, "percent", "actual", None)],
        id="allies-that-met-a-commitment-are-no-meetings",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_fact_sheet_figures(text, expected):
    assert figures(text, published="2022-07-14") == expected


EV_TARIFFS = (
    "The tariff rate on electric vehicles under Section 301 will increase\n"
    "from 25% to 100% in 2024.  \n"
    "\xa0  \n"
    "With extensive subsidies and non-market practices leading to substantial\n"
    "risks of overcapacity, China’s exports of EVs grew by 70% from 2022 to\n"
    "2023—jeopardizing productive investments elsewhere."
)
FEDERAL_BUYER = (
    "As the world’s single largest buyer of goods and services—purchasing over $630 billion in the last fiscal year "
    "alone—the Federal Government faces significant financial risks from climate change."
)

UKRAINE_PACKAGE = (
    "President Biden today announced an additional $800 million in security\n"
    "assistance to Ukraine, bringing the total U.S. security assistance\n"
    "committed to Ukraine to $1 billion in just the past week, and a total of\n"
    "$2 billion since the start of the Biden Administration.\n\n"
    "The new $800 million assistance package includes:\n\n"
    "-   800 Stinger anti-aircraft systems;\n"
    "-   100 grenade launchers, 5,000 rifles, 1,000 pistols, 400 machine\n"
    "    guns, and 400 shotguns;\n"
    "-   25,000 helmets.\n\n"
    "In addition to the weapons listed above, previous United States\n"
    "assistance committed to Ukraine includes:\n\n"
    "-   Three patrol boats;\n"
)

G7_CLIMATE = (
    "***Aligning to Confront the Climate Crisis:***\xa0Additionally, for the\n"
    "first time in history, all G7 Leaders will align their long-term and\n"
    "short-term climate goals in a manner consistent with keeping the 1.5\n"
    "degrees Celsius global warming threshold within reach."
)

RURAL_VIOLENCE = (
    "-   **Addressing Gender-Based Violence in Rural Communities.**\xa0USAID is\n"
    "    investing over $780,000 in GEEA Fund resources to address\n"
    "    gender-based violence through the Resilient, Inclusive and\n"
    "    Sustainable Environments (RISE) grants challenge.\n"
)

FROM_THE_WHITE_HOUSE = [
    pytest.param(
        G7_CLIMATE, "2021-06-12",
        [("global_warming_limit", ("G7",), 1.5, "degC", "target", None)],
        id="warming-threshold-in-degrees-celsius",
    ),
    pytest.param(
        EV_TARIFFS, "2024-05-14",
        # both ends of "the tariff rate ... from 25% to 100%" are tariff rates, not prices; the
        # passage names China once, after the rate: the rate is the White House's own country's;
        # the level the White House says the rate "will increase" to is the policy set (a target)
        [("tariff_rate", ("USA",), 25.0, "percent", "actual", None),
         ("tariff_rate", ("USA",), 100.0, "percent", "target", None),
         ("exports_growth", ("CHN",), 70.0, "percent", "actual", None)],
        id="tariff-rate-named-before-from-and-to",
    ),
    pytest.param(
        FEDERAL_BUYER, "2022-11-10",
        # money spent buying is purchases; a White House text naming no country speaks of the United States
        [("purchases", ("USA",), 630e9, "USD", "actual", "lower")],
        id="purchases-of-the-outlets-own-country",
    ),
    pytest.param(
        RURAL_VIOLENCE, "2023-03-29",
        # a bullet's next lines are indented: the parse keeps those breaks (`accords.scan.wraps.soft_breaks`)
        # and ends a sentence at "USAID is"; `clauses.unwrapped` joins them back, so "is investing" is a pledge
        [("funding", ("USA",), 780000.0, "USD", "target", "lower")],
        id="indented-lines-of-a-bullet-are-one-sentence",
    ),
]


@pytest.mark.parametrize("text, published, expected", FROM_THE_WHITE_HOUSE)
def test_white_house_figures(text, published, expected):
    extraction = run(Article(id="i", text=text, published=published, source="The White House"))
    assert [(i.metric, i.subjects, i.value, i.unit, i.kind, i.qualifier) for i in extraction.indicators] == expected


def test_items_of_an_announced_package():
    """The counts itemised under "The new $800 million assistance package includes:" share the
    package's sides and kind (announced: pledged); those under "previous United States
    assistance committed to Ukraine includes:", which holds no figure, take the countries it
    names and are already given (`actual`)."""
    extraction = run(Article(id="i", text=UKRAINE_PACKAGE, published="2022-03-16", source="The White House"))
    assert [(i.metric, i.subjects, i.value, i.kind) for i in extraction.indicators if i.unit == "count"] == [
        ("stinger_anti_aircraft_systems", ("UKR", "USA"), 800.0, "target"),
        ("grenade_launchers", ("UKR", "USA"), 100.0, "target"),
        ("rifles", ("UKR", "USA"), 5000.0, "target"),
        ("pistols", ("UKR", "USA"), 1000.0, "target"),
        ("machine_guns", ("UKR", "USA"), 400.0, "target"),
        ("shotguns", ("UKR", "USA"), 400.0, "target"),
        ("helmets", ("UKR", "USA"), 25000.0, "target"),
        ("patrol_boats", ("UKR", "USA"), 3.0, "actual"),
    ]
