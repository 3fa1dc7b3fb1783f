"""Money another side pledges that a state welcomes (`accords.indicators.welcomed`), money for a
programme named for the home country and a partner (`pledges.with_pair_programme`), and changes a
pledge or forecast states by a verb (`changes`, `named`): the welcomer is no side of the money; an
economy that will "contract up to" a percentage has negative growth; a cut of a long noun phrase
("the UK’s energy consumption from buildings and industry") is a negative change of its head.

Sentences: White House briefing-room texts of 2021-2024 (works of the United States government,
public domain; via the CC0 crawl in `shared/corpora/whitehouse-briefings`, as in
tests/gold/README.md), each from the release named in its comment, and sentences written for the
test in that register. Each expected record is (metric, subjects, value, unit, kind, qualifier),
or the part of it the test checks.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"

WELCOMED = [
    pytest.param(  # joint statement of the U.S.-GCC summit, 2022-07-16
        "In this context, the United States welcomed the decision by the Arab Coordination Group (ACG), which "
        "includes ten Arab and national specialized financial developmental institutions, to provide a minimum of "
        "$10 billion USD in response to food security challenges regionally and internationally.",
        [(("ACG",), 1e10)],
        id="decision-by-a-group-defined-in-brackets",
    ),
    pytest.param(  # the same statement
        "President Biden welcomed the announcement that some GCC partners plan to invest a total of $3 billion in "
        "projects that align with U.S. Partnership for Global Infrastructure and Investment (PGII) goals to invest in "
        "critical infrastructure in low- and middle-income countries.",
        [(("GCC",), 3e9)],
        id="announcement-that-partners-plan",
    ),
    pytest.param(  # the same statement
        "President Biden expressed appreciation for the GCC countries’ pledge to provide $100 million for the East "
        "Jerusalem Hospital Network, which provides life-saving healthcare to Palestinians.",
        [(("GCC",), 1e8)],
        id="appreciation-for-a-group-pledge",
    ),
    pytest.param(  # written for the test
        "President Biden welcomed President Lula to the White House and announced $50 million for the Amazon Fund.",
        [(("USA",), 5e7)],
        id="a-host-welcome-keeps-the-hosts-own-pledge",
    ),
    pytest.param(  # the U.S.-GCC statement
        "The leaders also welcomed the United States’ announcement of $1 billion in new acute humanitarian and near "
        "to long term food security assistance for the Middle East and North Africa region.",
        [(("USA",), 1e9)],
        id="welcomed-announcement-of-the-home-country",
    ),
]


@pytest.mark.parametrize("text, expected", WELCOMED)
def test_welcomed_pledges(text: str, expected: list[tuple]) -> None:
    """The side whose decision, announcement or pledge is welcomed gives the money, not the side
    that welcomes it; a welcome that is a host's greeting leaves the host's own pledge alone."""
    assert [(subjects, value) for _, subjects, value, _, _, _ in figures(text, published="2022-07-16", source=WH)] \
        == expected


CHANGES = [
    pytest.param(  # fact sheet on costs imposed on Russia, 2022-04-06
        "Experts predict Russia’s GDP will contract up to 15 percent this year, wiping out the last fifteen years of "
        "economic gains.",
        ("gdp_growth", ("RUS",), -15.0, "percent", "forecast", "upper"),
        id="gdp-will-contract-up-to",
    ),
    pytest.param(  # U.S.-UK energy security partnership, 2022-12-07
        "The UK will establish a new Energy Efficiency Taskforce to reduce the UK’s energy consumption from buildings "
        "and industry by 15% by 2030 against 2021 levels.",
        ("energy_consumption_change", ("GBR",), -15.0, "percent"),
        id="cut-of-a-long-noun-phrase",
    ),
    pytest.param(  # written for the test
        "Germany's economy contracted by 3 percent in 2020.",
        ("gdp_growth", ("DEU",), -3.0, "percent", "actual", None),
        id="economy-contracted-by",
    ),
]


@pytest.mark.parametrize("text, expected", CHANGES)
def test_changes_stated_by_a_verb(text: str, expected: tuple) -> None:
    (found,) = figures(text, published="2022-04-06", source=WH)
    assert found[:len(expected)] == expected


PAIR_PROGRAMMES = [
    pytest.param(  # fact sheet on new U.S.-ASEAN initiatives, 2021-10-26
        "The United States intends to provide up to $40 million in new efforts to accelerate joint research, "
        "strengthen health system capacity, and develop the next generation of human capital in health through the "
        "U.S.-ASEAN Health Futures initiative.",
        [(("ASEAN", "USA"), 4e7)],
        id="through-a-programme-named-for-the-pair",
    ),
    pytest.param(  # the same fact sheet
        "The United States plans to provide $10 million in new loans and the intent to provide up to an additional "
        "$10 million in new funding to support U.S.-ASEAN cooperation on trade and innovation.",
        [(("ASEAN", "USA"), 1e7), (("ASEAN", "USA"), 1e7)],
        id="loans-to-support-pair-cooperation",
    ),
    pytest.param(  # written for the test
        "The United States will provide $5 million to support U.S.-Indonesia cooperation on health.",
        [(("IDN", "USA"), 5e6)],
        id="pair-of-two-country-names",
    ),
]


@pytest.mark.parametrize("text, expected", PAIR_PROGRAMMES)
def test_money_for_a_pair_programme(text: str, expected: list[tuple]) -> None:
    """Money the home country alone gives for a programme named for itself and a partner goes to
    the partner too."""
    assert [(subjects, value) for _, subjects, value, _, _, _ in figures(text, published="2021-10-26", source=WH)] \
        == expected


SHOWN = [
    pytest.param(  # written for the test, in the register of Tehran Times tourism reports
        "Reportedly, the number of Iranian tourists visiting Turkey in the first nine months of 2002 shows a 33.02 "
        "percent increase compared to the same period last year.",
        ("tourists_growth", ("IRN", "TUR"), 33.02, "percent"),
        id="shows-a-percent-increase",
    ),
    pytest.param(  # written for the test
        "The number of Iranian tourists visiting Turkey registered a 20 percent decline in 2019.",
        ("tourists_growth", ("IRN", "TUR"), -20.0, "percent"),
        id="registered-a-decline-is-negative",
    ),
]


@pytest.mark.parametrize("text, expected", SHOWN)
def test_change_named_after_the_figure(text: str, expected: tuple) -> None:
    """A count "shows", "registered" or "saw" a percentage "increase" or "decline": the count's
    change, a fall negative."""
    (found,) = figures(text, source="Tehran Times")
    assert found[:4] == expected


def test_a_welcome_before_the_givers_own_pledge() -> None:
    """"The President welcomed Australia’s contributions ..., where the United States intends to
    provide $1.5 million" (readout of a meeting with Australia's prime minister, 2024-09-20): the side
    named last before the amount gives it; the welcomed side gives nothing here."""
    text = ("The President welcomed Australia’s contributions to the Quad, its growing partnership with Japan, and its "
            "active engagement in the Pacific region, where the United States intends to provide $1.5 million to "
            "support the World Bank’s efforts to strengthen correspondent banking relationships in Pacific Island "
            "countries.")
    assert [subjects for _, subjects, *_ in figures(text, published="2024-09-20", source=WH)] == [("USA",)]
