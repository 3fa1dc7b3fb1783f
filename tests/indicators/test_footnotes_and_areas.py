"""Numbers of a fact sheet that are no figures: a footnote's mark, the number of a strategy's objective or
pillar, and the areas a capacity is built in (`accords.indicators.labels.is_label`,
`accords.indicators.lexicon.figure_metric`; issue #14: "[1]", "Objective 6" and "capacity in five critical areas"
were read as capacities).

Texts: White House fact sheets on global health security partnerships (2022-11-29) and on their annual
report (2023-12-30) and on digital transformation with Africa (2022-12-14), from the whitehouse-briefings
corpus (bidenwhitehouse.archives.gov; works of the United States government, public domain), with their line
breaks; the last case of each table is a paraphrase. Expected records are (metric, value, unit) of the
figures the rules keep.
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures

WH = "The White House"

CASES = [
    pytest.param(
        "The United States is committed to directly supporting at least 50\n"
        "countries, by 2025, to strengthen and achieve regional, national and\n"
        "local capacity in five critical areas to prevent, detect, and respond to\n"
        "infectious disease threats.",
        "2022-11-29", [("countries", 50, "count")], id="capacity-in-five-critical-areas"),
    pytest.param(
        "[1] Demonstrated capacity is defined as achieving a level four on the\n"
        "World Health Organization (WHO) Joint External Evaluation (JEE) scale.",
        "2023-12-30", [], id="footnote-mark"),
    pytest.param(
        "-   Objective 5: Foster inclusive participation in the digital economy\n"
        "    through digital entrepreneurship and workforce development\n"
        "-   Objective 6: Strengthen the capacity of public sector employees to\n"
        "    deliver digital services",
        "2022-12-14", [], id="objective-number"),
    pytest.param(
        "The new port will have a capacity of 5 million tonnes a year.",
        "2022-12-14", [("capacity", 5e6, "t")], id="a-capacity-stays"),
    pytest.param(
        "The fund supported 25 projects in Kenya.[3]",
        "2022-12-14", [("projects", 25, "count")], id="count-before-a-footnote-mark-stays"),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_marks_and_areas_are_no_figures(text, published, expected):
    assert [(m, v, u) for m, _s, v, u, _k, _q in figures(text, published=published, source=WH)] == expected
