"""A figure under a partner's own heading in a government's text is the partner's where the section
shows the partner giving or its own government speaking (`accords.indicators.sections`); weapons
counted as sent lose the country they are sent against (`accords.indicators.background`).

Texts: White House fact sheets of 2021-2024 from the whitehouse-briefings corpus
(bidenwhitehouse.archives.gov; works of the United States government, public domain), with their
line breaks: NATO's Indo-Pacific partners (2024-07-11) and one year of Russia's war against Ukraine
(2023-02-21); the receiver's section is our paraphrase of the fact sheets on aid by country.
Expected records are (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"
#: The fact sheet's opening, naming the home country and the partners.
OPENING = ("The United States warmly welcomes attendance by NATO’s Indo-Pacific\nPartners (IPP) Australia, Japan, "
           "New Zealand, and the Republic of Korea\n(ROK) at the NATO Summit in Washington, DC.\n\n")

CASES = [
    pytest.param(
        OPENING + "*New Zealand*\n\nNew Zealand is currently developing its Defense Capability Plan, which\nwill signal "
        "the Government’s capability intentions for Defense until\n2040. In the interim, in May 2024, Defense Minister "
        "Judith Collins KC\nannounced $344 million of new funding over four years, including $98\nmillion for personnel "
        "remuneration and $245 million for upgrading\nequipment and infrastructure.",
        [("funding", ("NZL",), 344e6, "USD", "target", None), ("funding", ("NZL",), 98e6, "USD", "target", None),
         ("funding", ("NZL",), 245e6, "USD", "target", None)],
        id="partner-heading-minister-announces-money",
    ),
    pytest.param(
        OPENING + "*Australia*\n\nAustralia has also\nhelped protect a vital gateway for international assistance to "
        "Ukraine\nthrough its six-month deployment of an E-7A Wedgetail airborne early\nwarning aircraft that concluded "
        "in April 2024. Additionally, the\nGovernment has imposed a suite of measures against Russia, including\nover "
        "1,200 targeted sanctions.",
        [("sanctions", ("AUS", "RUS"), 1200.0, "count", "actual", "lower")],
        id="partner-heading-the-government-sanctions",
    ),
    pytest.param(
        "The United States stands with the people of Haiti.\n\n*Haiti*\n\nHaiti is facing a deep crisis. An additional "
        "$5 million in humanitarian assistance will support vulnerable families.",
        [("humanitarian_aid", ("HTI", "USA"), 5e6, "USD", "actual", None)],
        id="receiver-heading-keeps-the-home-giver",
    ),
    pytest.param(
        "*Japan*\n\nThe United States will provide $5 million in humanitarian assistance to Japan.",
        [("humanitarian_aid", ("JPN", "USA"), 5e6, "USD", "target", None)],
        id="section-naming-the-home-country-keeps-it",
    ),
    pytest.param(
        "The armored capabilities we are sending—including 109 Bradley infantry fighting vehicles and tanks—will "
        "prepare Ukraine for future counteroffensives and help Ukraine adapt to changing conditions on the ground and "
        "defend against future Russian assaults.",
        [("infantry_fighting_vehicles", ("UKR",), 109.0, "count", "actual", None)],
        id="weapons-sent-against-the-aggressor-are-not-its-own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_partner_sections(text: str, expected: list[tuple]) -> None:
    assert figures(text, source=WH, published="2024-07-11") == expected
