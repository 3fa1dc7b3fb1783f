"""The UN named as a venue is no side of a figure (`subjects.country_spans`).

"the September 23 UN Food Systems Summit", "UN General Assembly Address" and "the 77th session of the
United Nations General Assembly" name a meeting the UN hosts, not the UN acting: what the United
States announces there is the United States' alone, and the meeting's name does not make the UN one
of the text's pair. Money given to the UN, or given by it beside a state, keeps the UN as a side.

Sentences: White House fact sheets of 2021-09-23 (UN Food Systems Summit; shortened, its sentences in
their order) and 2022-09-21 (food security at the UN General Assembly), and a statement on conflict-
related sexual violence of 2024-06-17 (its sentence with the recipient named; works of the United
States government, public domain; via the CC0 crawl in `shared/corpora/whitehouse-briefings`).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"

SUMMIT = (
    "To that end, the United States is making a $10 billion commitment to end hunger and invest in food systems at "
    "home and abroad. – President Biden, UN General Assembly Address September 21, 2021 The United States is "
    "committed to developing innovative, inclusive, science-based, and creative solutions to food systems "
    "transformation. USDA Secretary Tom Vilsack and USAID Administrator Samantha Power joined UN Secretary General "
    "Antonio Guterres and global partners in the September 23 UN Food Systems Summit to spur urgent action to end "
    "hunger and malnutrition. Demonstrating the U.S. commitment to accelerating progress toward these goals, the "
    "United States announced a planned multi-year investment. International programs under the Feed the Future "
    "initiative and other domestic initiatives that support the UN Food Systems Summit goals include: USAID also "
    "committed to invest $38 million over five years to expand large-scale food fortification to deliver essential "
    "vitamins and minerals to those who need them most."
)


@pytest.mark.parametrize(("text", "value", "expected"), [
    pytest.param(SUMMIT, 3.8e7, ("USA",), id="summit-name-makes-no-pair"),
    pytest.param(
        "Today, in his address to the 77th session of the United Nations General Assembly President Joseph R. Biden, "
        "Jr. announced over $2.9 billion in new assistance from the U.S. Government to address global food insecurity.",
        2.9e9, ("USA",), id="session-of-the-assembly-is-a-venue",
    ),
    pytest.param(
        "The United States provides an annual contribution of $1.75 million to the United Nations to support the "
        "Office of the SRSG.",
        1.75e6, ("UN", "USA"), id="money-to-the-un-keeps-it",
    ),
])
def test_un_venue(text: str, value: float, expected: tuple[str, ...]) -> None:
    found = {v: subjects for _, subjects, v, _, _, _ in figures(text, source=WH, published="2022-09-21")}
    assert found.get(value) == expected, found
