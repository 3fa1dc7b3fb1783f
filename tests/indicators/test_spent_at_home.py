"""Money a government's own text spends at home (its laws, its states, "domestic", "federal")
in a sentence naming no country is the home country's, not the pair of countries the text is
about; money for a partner ("The new $800 million assistance package includes:") stays the
pair's.

Texts: White House fact sheets on Section 301 tariffs on China (2024-05-14), the Action Plan for
America's Ports and Waterways (2021-11-09, excerpt: two paragraphs, the lines between left out)
and $800 million in security assistance to Ukraine (2022-03-16), works of the United States
government (tests/gold/README.md, White House). Each expected record is (metric, subjects,
value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"

CHIPS = (
    "China’s policies in the legacy semiconductor sector have led to growing\nmarket share and rapid capacity "
    "expansion that risks driving out\ninvestment by market-driven firms. Over the next three to five years,\nChina "
    "is expected to account for almost half of all new capacity coming\nonline to manufacture certain legacy "
    "semiconductor wafers. During the\npandemic, disruptions to the supply chain, including legacy chips, led\nto "
    "price spikes in a wide variety of products, including automobiles,\nconsumer appliances, and medical devices, "
    "underscoring the risks of\noverreliance on a few markets.  \n\xa0  \nThrough the CHIPS and Science Act, "
    "President Biden is making a nearly\n$53 billion investment in American semiconductor manufacturing capacity,\n"
    "research, innovation, and workforce. This will help counteract decades\nof disinvestment and offshoring that "
    "has reduced the United States’\ncapacity to manufacture semiconductors domestically. The CHIPS and\nScience Act "
    "includes $39 billion in direct incentives to build,\nmodernize, and expand semiconductor manufacturing "
    "fabrication facilities\nas well as a 25% investment tax credit for semiconductor companies."
)
PORTS = (
    "These resources will deliver near-term assistance and make long-term\ninvestments to strengthen supply chain "
    "resiliency. Along the way, these\ninvestments will create good paying jobs and help America outcompete\nChina. "
    "Together, the Bipartisan Infrastructure Deal is the single\nlargest federal investment in our ports in U.S. "
    "history.\n\nStates will\n    receive more than $50 billion per year in federal-aid highway\n    funding, much "
    "of which can be used to repair and modernize existing\n    infrastructure to improve the performance of freight "
    "corridors."
)
UKRAINE = (
    "President Biden today announced an additional $800 million in security\nassistance to Ukraine, bringing the "
    "total U.S. security assistance\ncommitted to Ukraine to $1 billion in just the past week, and a total of\n$2 "
    "billion since the start of the Biden Administration. The assistance\nwill take the form of direct transfers of "
    "equipment from the Department\nof Defense to the Ukrainian military to help them defend their country\nagainst "
    "Russia’s unprovoked and unjustified invasion.  \n  \nThe new $800 million assistance package includes:"
)

CASES = [
    pytest.param(
        CHIPS, "2024-05-14",
        # the law's incentives and its tax credit: spent at home, not China's; China's "almost half of all new
        # capacity" is a share (the gold's new_capacity_share)
        [("capacity_share", ("CHN",), 50.0, "percent", "forecast", "upper"),
         ("investment", ("USA",), 53e9, "USD", "actual", "upper"),
         ("investment", ("USA",), 39e9, "USD", "actual", None),
         ("investment", ("USA",), 25.0, "percent", "actual", None)],
        id="a-law-spends-at-home-in-a-text-on-china",
    ),
    pytest.param(
        PORTS, "2021-11-09",
        [("aid", ("USA",), 50e9, "USD", "forecast", "lower")],
        id="states-receive-federal-aid",
    ),
    pytest.param(
        UKRAINE, "2022-03-16",
        # no word of home spending: the package passes between the two sides
        [("security_assistance", ("UKR", "USA"), 800e6, "USD", "target", None),
         ("investment", ("UKR", "USA"), 1e9, "USD", "target", None),
         ("investment", ("UKR", "USA"), 2e9, "USD", "actual", None),
         ("aid", ("UKR", "USA"), 800e6, "USD", "actual", None)],
        id="a-package-for-a-partner-stays-the-pairs",
    ),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_spent_at_home(text: str, published: str, expected: list) -> None:
    assert figures(text, published=published, source=WH) == expected


def test_a_news_text_keeps_the_pair() -> None:
    """The rule reads a government's own text only: the same sentences from a news outlet keep the
    article pair, as before."""
    assert ("investment", ("CHN", "USA"), 39e9, "USD", "actual", None) in figures(
        CHIPS, published="2024-05-14", source="Reuters")
