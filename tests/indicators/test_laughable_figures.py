"""Figures an analyst would laugh at (issue #14, precision first): a tax credit read as a loan; a region's share of
"total available global" capacity made the fact sheet's home's; a country the text means to depend on less made the
subject of the next sentence's figure ("minimize reliance on Russian fuel" then "a 1.5 degree Celsius limit on global
warming": no Russia's goal); the people a programme serves counted as a population ("support approximately 3,500
residents": no population of 3,500). Sentences from White House texts of 2023-2024 (whitehouse_2021_2024.jsonl lines
1201, 1212, 1241, 1312, 1315 and 1384, shortened; works of the United States government, public domain)."""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = dict(source="The White House", published="2023-06-08")

CASES = [
    (
        # the sentence before names Russia only as what the partners mean to depend on less
        "reliance-on-is-no-topic",
        "The United States and the United Kingdom are launching a civil nuclear partnership. The JAG will also be "
        "mobilized to set near-term priorities for joint action to encourage the establishment of new infrastructure "
        "and end-to-end fuel cycle capabilities by 2030 in both continents, and substantially minimize reliance on "
        "Russian fuel, supplies, and services. Our joint activity and leadership will support and facilitate the safe, "
        "secure, and sustainable international deployment of advanced, peaceful nuclear technologies, including small "
        "modular reactors, in accordance with the highest non-proliferation standards and consistent with a 1.5 degree "
        "Celsius limit on global warming.",
        [("global_warming_limit", ("GBR", "USA"), 1.5, "degC", "actual", None)],
    ),
    (
        # the people a programme's money supports are the people it reaches, not a population
        "people-supported-are-reached",
        "-   HHS has already awarded nearly $400 million in BSCA funding to increase mental health services in the "
        "community. For example:\n    -   HHS awarded $60 million to help better equip primary care residents to "
        "provide behavioral health care. This funding is anticipated to support approximately 3,500 residents over "
        "five years.",
        [("funding", ("USA",), 4e8, "USD", "actual", "upper"), ("funding", ("USA",), 6e7, "USD", "actual", None),
         ("people_reached", ("USA",), 3500.0, "count", "forecast", "approx")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_laughable_figures(text: str, expected: list[tuple]) -> None:
    assert figures(text, **WH) == expected


TAX_CREDITS = [
    # whitehouse_2021_2024.jsonl lines 1312, 1315 and 1384 (2023): a tax credit is no loan (nor a tax)
    pytest.param("- A tax credit of up to $7,500 for purchasing clean commercial vehicles up to 14,000 lbs in weight.",
                 ("tax_credit", ("USA",), 7500.0, "USD", "actual", "upper"), id="a-tax-credit-of-up-to"),
    pytest.param("- A tax credit that covers 30% of the cost of switching over to low-cost solar power.",
                 ("tax_credit", ("USA",), 30.0, "percent", "actual", None), id="a-tax-credit-that-covers"),
    pytest.param("The law also creates a 25 percent tax credit for capital investments in semiconductor manufacturing.",
                 ("tax_credit", ("USA",), 25.0, "percent", "actual", None), id="a-percent-tax-credit"),
    pytest.param("The Department of the Treasury issued guidance this week on the 45L new energy efficient home tax credit "
                 "that offers up to $5,000 to eligible contractors who construct homes.",
                 ("tax_credit", ("USA",), 5000.0, "USD", "actual", "upper"), id="a-tax-credit-that-offers"),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(p.values[0], p.values[1], id=p.id) for p in TAX_CREDITS])
def test_a_tax_credit_is_no_loan(text: str, expected: tuple) -> None:
    assert figures(text, **WH) == [expected]


CAMP_DAVID = (
    # whitehouse_2021_2024.jsonl line 1324 (2023, shortened): North Korea is named only as the threat the three
    # partners counter, so it is no topic of the next paragraph's meetings (the partners' own: here the home's)
    "We are committed to pursuing enhanced ballistic missile defense cooperation to counter DPRK nuclear and missile "
    "threats. We reaffirm that achieving a world without nuclear weapons is a common goal for the international "
    "community.\n\nEven as we deepen our security partnership, we will also maintain focus on building robust "
    "cooperation in the economic security and technology spheres. In implementing our commitments in the Phnom Penh "
    "Statement, our national security teams have met twice under the auspices of the Trilateral Economic Security "
    "Dialogue to advance our shared objectives."
)


def test_a_threat_countered_is_no_topic() -> None:
    title = "The Spirit of Camp David: Joint Statement of Japan, the Republic of Korea, and the United States"
    assert figures(CAMP_DAVID, source="The White House", published="2023-08-18", title=title) == [
        ("meetings", ("USA",), 2.0, "count", "actual", None)]


@pytest.mark.parametrize("text", [
    # whitehouse_2021_2024.jsonl line 1212 (2024): a region's share of a world whole, "of total available global ...",
    # was the United States' (the fact sheet's home); no country holds it
    pytest.param("Africa accounts for less than one percent of total available global data center capacity despite "
                 "being home to 17 percent of the world’s total population.", id="a-share-of-total-global"),
])
def test_a_share_of_a_world_whole_held_by_no_country(text: str) -> None:
    assert figures(text, **WH) == []


@pytest.mark.parametrize(("text", "metric", "subjects"), [
    # a country named again outside the phrase of dependence stays the topic
    pytest.param("Germany cut its reliance on Russian gas and Russia lost a market. Exports fell to 20 billion cubic "
                 "meters.", "exports", ("DEU", "RUS"), id="named-again-stays"),
    # a population in its own words stays one
    pytest.param("Armenia has a population of 3 million people.", "population", ("ARM",), id="a-population-stays"),
    # a share of "its global" whole is its holder's
    pytest.param("The company makes 30 percent of its global sales in Iran.", "sales_share", ("IRN",), id="its-global"),
])
def test_what_stays(text: str, metric: str, subjects: tuple[str, ...]) -> None:
    assert [(f[0], f[1]) for f in figures(text)] == [(metric, subjects)]
