"""Cuts pledged in White House fact sheets and joint statements (issue 14) are negative `*_change` targets, as the
gold README asks ("Signs"): a cut written as a noun after its figure ("a 65 percent emissions reduction by 2030",
`indicators.named`), both ends of a dashed range of cuts ("a 50-52 percent reduction", `indicators.ranges`), a cut of
"U.S. emissions", and "will reduce ... by 65 percent by 2030", a pledge with a deadline (`indicators.kinds`), while a
cut with no deadline stays a forecast. "Our three nations" in a trilateral statement is all three sides
(`indicators.owners`), and its "three" no count (`indicators.clauses.is_reference_count`).

Texts: White House fact sheets and statements of 2021-2023 (public domain): the federal sustainability order of
2021-12-08, the U.S.-Singapore joint leaders' statement of 2022-03-29, the Glasgow leadership fact sheet of
2021-11-13, a federal energy-savings fact sheet and the Japan-Philippines-United States joint vision statement of
2024-04-11; the AUKUS leaders' statement of 2023-03-13 is the gold article.
Each expected record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from accords.model import Article
from accords.pipeline import run
from tests.indicators.figures import figures

CASES = [
    pytest.param(
        "- Net-zero emissions from overall federal operations by 2050, including a 65 percent emissions reduction by 2030.",
        [("emissions_change", ("USA",), -65.0, "percent", "target", None)],
        id="noun-cut-named-before-the-noun",
    ),
    pytest.param(
        "The order sets a goal of a net-zero emissions building portfolio by 2045, including a 50 percent reduction in "
        "building emissions by 2032.",
        [("building_emissions_change", ("USA",), -50.0, "percent", "target", None)],
        id="noun-cut-of-what-follows-in",
    ),
    pytest.param(
        "Recognizing the need to enhance ambition in this decisive decade, the United States has put forward an ambitious "
        "target to achieve a 50-52 percent reduction from 2005 levels in economy-wide net greenhouse gas pollution in 2030 "
        "and to reach net-zero greenhouse gas emissions by no later than 2050.",
        [("greenhouse_gas_pollution_change", ("USA",), -50.0, "percent", "target", "lower"),
         ("greenhouse_gas_pollution_change", ("USA",), -52.0, "percent", "target", "upper")],
        id="dashed-range-of-noun-cuts",
    ),
    pytest.param(
        "When paired with the Build Back Better Framework, these once-in-a-generation investments will reduce our "
        "emissions by well over one gigaton this decade – ensuring we meet President Biden’s commitment to reduce U.S. "
        "emissions by 50-52% from 2005 levels in 2030.",
        [("emissions_change", ("USA",), -50.0, "percent", "target", "lower"),
         ("emissions_change", ("USA",), -52.0, "percent", "target", "upper")],
        id="cut-of-us-emissions-dashed-range",
    ),
    pytest.param(
        "Transition federal infrastructure to zero-emission vehicles and buildings powered by carbon pollution-free "
        "electricity, which will reduce the federal government’s greenhouse gas emissions by 65 percent by 2030 and "
        "achieve net-zero emissions by 2050.",
        [("federal_change", ("USA",), -65.0, "percent", "target", None)],
        id="will-reduce-by-a-deadline-is-a-target",
    ),
    pytest.param(
        "The project, which leveraged $91 million in investment from industry, will reduce energy consumption by 42%, "
        "reduce water consumption by 50%, create more than 100 jobs, and cut 20,000 metric tons of annual GHG emissions.",
        [("investment", ("USA",), 91000000.0, "USD", "actual", None),
         ("energy_consumption_change", ("USA",), -42.0, "percent", "forecast", None),
         ("water_consumption_change", ("USA",), -50.0, "percent", "actual", None),
         ("jobs", ("USA",), 100.0, "count", "actual", "lower")],
        id="will-reduce-with-no-deadline-stays-a-forecast",
    ),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_cut_targets(text, expected):
    assert figures(text, published="2021-12-08", source="The White House") == expected


def test_our_three_nations_are_all_three_sides():
    record = json.loads((Path(__file__).parents[1] / "gold/articles/wh_20230313-aukus-leaders-statement.json").read_text())
    article = Article(id=record["id"], text=record["text"], published=record["published"], source=record["source"],
                      title=record["title"], url=record["url"])
    found = [(i.metric, i.subjects, i.value) for i in run(article).indicators if i.unit == "year"]
    assert ("relations_years", ("AUS", "GBR", "USA"), 100.0) in found


def test_our_three_nations_is_no_count():
    text = ("Recognizing the Philippines’ request for further training and capacity building for scientists, engineers, "
            "and relevant personnel and policy-makers, our three nations seek to expand our partnership on safe and secure "
            "civil-nuclear capacity building.")
    assert figures(text, published="2024-04-11", source="The White House") == []


# White House fact sheet of 2024-12-19 (public domain; whitehouse-briefings 2021-2024): the lower end of a dashed
# range was dated by "Today" or "In 2021" before it, because its window stopped at the dash; both ends share the
# year after the range ("in 2035", "in 2030").
RANGE_PERIODS = [
    pytest.param(
        "Today, President Biden is announcing a new climate target for the United States: a 61-66 percent reduction "
        "in 2035 from 2005 levels in economy-wide net greenhouse gas emissions.",
        [(-61.0, ("2035-01-01", "2035-12-31")), (-66.0, ("2035-01-01", "2035-12-31"))],
        id="range-dated-by-the-year-after-it",
    ),
    pytest.param(
        "In 2021, the United States submitted an NDC with a target of reducing U.S. greenhouse gas emissions 50-52 "
        "percent from the 2005 baseline in 2030.",
        [(-50.0, ("2030-01-01", "2030-12-31")), (-52.0, ("2030-01-01", "2030-12-31"))],
        id="range-not-dated-by-the-submission",
    ),
]


@pytest.mark.parametrize("text, expected", RANGE_PERIODS)
def test_both_ends_of_a_dashed_range_share_its_period(text, expected):
    extraction = run(Article(id="i", text=text, published="2024-12-19", source="The White House"))
    assert [(i.value, i.period) for i in extraction.indicators] == expected
