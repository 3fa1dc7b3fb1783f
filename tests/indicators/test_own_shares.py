"""A percentage of a whole no other rule names is `<whole>_share`, the whole named from its own words
(`accords.indicators.ownshares`, indtt51; issue 14: every figure an analyst records, with a metric named
from its own words); a decimal before a change noun and its period word ("showing 20.1 growth year on year")
is a percent change (`accords.quantities.extract._unsaid_percent`). Sentences from Tehran Times articles of
tests/gold/articles (tt_429764, tt_426264, tt_426576, tt_430448, tt_418519)."""

from __future__ import annotations

import pytest

from accords.indicators.ownshares import share_of_whole
from accords.quantities.extract import find_quantities
from tests.indicators.figures import figures


@pytest.mark.parametrize(("tail", "metric"), [
    pytest.param(" of Syria’s water resources, not to mention", "water_resources_share", id="holder-possessive"),
    pytest.param(" of the Miankaleh wetland is drained.", "wetland_share", id="name-then-verb"),
    pytest.param(" of the maritime expanse, Rouhani said.", "maritime_expanse_share", id="two-words"),
    pytest.param(" of the U.S population constitutes millionaires", "population_share", id="initialism-then-verb"),
    pytest.param(" of the goods passing through Habur", "goods_share", id="participle-ends"),
    pytest.param(" of sand and dust storms hitting the country", "sand_dust_storms_share", id="two-nouns"),
    pytest.param(" of Syria’s gas and oil revenue and over half", "gas_oil_revenue_share", id="two-nouns-one-head"),
    pytest.param(" of reported religiously motivated hate crimes, according", "motivated_hate_crimes_share",
                 id="adverb-and-participle-inside"),
    pytest.param(" of Latino households report not having high-speed internet", "households_share", id="verb-before-not"),
    pytest.param(" of their votes.", None, id="votes-are-the-elections-rules"),
    pytest.param(" of Russian citizens support the plan.", None, id="poll-verb-after"),
    pytest.param(" of the visitors to the city", None, id="visitors-are-nameds"),
    pytest.param(" of Turkish voters were registered to cast their ballots abroad", None, id="polled-voters"),
    pytest.param(" of entire Eastern Aleppo.", None, id="a-place-named-only"),
    pytest.param(" of the entire active Qatari military.", None, id="adjective-before-a-name"),
    pytest.param(" of the world’s energy passes", None, id="world-whole"),
    pytest.param(" of smartphones around the planet are powered by Android", None, id="around-the-planet"),
    pytest.param(" of the total.", None, id="pointing-total"),
    pytest.param(" of the cost of the project", None, id="pointing-cost"),
    pytest.param(" of cases, the doctors said", None, id="pointing-cases"),
    pytest.param(" of 2017", None, id="a-year"),
    pytest.param(" in the first quarter", None, id="no-of"),
])
def test_share_of_whole(tail, metric):
    assert share_of_whole(tail) == metric


def test_a_world_whole_told_before_is_no_share():
    assert share_of_whole(" of greenhouse gas emissions are lost", "Globally, eight to ten ") is None


def test_a_part_lost_is_no_share():
    # tt_416850: "... the Middle East would be losing as much as 10 percent of its water resources"
    assert share_of_whole(" of its water resources.", "the Middle East would be losing as much as ") is None


CASES = [
    pytest.param(
        "Al-Raqqah, alone, has 70 percent of Syria’s water resources, not to mention its fertile land for "
        "agricultural products.",
        [("water_resources_share", ("SYR",), 70.0, "percent", "actual", None)], id="syria-water-resources"),
    pytest.param(
        "The area accounts for one-third of Syria’s fertile land and plays a big role in Syrian food and economy.",
        [("fertile_land_share", ("SYR",), 100 / 3, "percent", "actual", None)], id="syria-fertile-land"),
    pytest.param(
        "Moscow was found entitled to 17 percent of the maritime expanse, Rouhani said.",
        [("maritime_expanse_share", ("RUS",), 17.0, "percent", "actual", None)], id="russia-maritime-expanse"),
    pytest.param(
        "With replacement of traditional methods, Iranian startups save 35 percent of water resources, he explained.",
        [("water_resources_share", ("IRN",), 35.0, "percent", "actual", None)], id="iranian-startups-water"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_own_shares(text, expected):
    got = figures(text, source="Tehran Times")
    assert [(m, s, round(v, 2), u, k, q) for m, s, v, u, k, q in got] == \
        [(m, s, round(v, 2), u, k, q) for m, s, v, u, k, q in expected]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(
        # tt_418519
        "The Republic of Azerbaijan hosted a total of 2,276,604 foreign nationals during the 10-month period, "
        "showing 20.1 growth year on year.",
        [("tourists", ("AZE",), 2276604.0, "count", "actual", None),
         ("tourists_growth", ("AZE",), 20.1, "percent", "actual", None)], id="decimal-growth-year-on-year"),
])
def test_unsaid_percent_before_a_change_noun_and_its_period(text, expected):
    assert figures(text, source="Tehran Times") == expected


@pytest.mark.parametrize(("text", "unit"), [
    pytest.param("showing 20.1 growth year on year.", "percent", id="spaced-year-on-year"),
    pytest.param("showing 20.1 growth year-on-year.", "percent", id="hyphened-year-on-year"),
    pytest.param("showing 20 growth year on year.", "count", id="whole-number-stays-a-count"),
    pytest.param("it has 20.1 growth areas.", "count", id="no-period-word"),
])
def test_unsaid_percent_units(text, unit):
    assert [q.unit for q in find_quantities(text)] == [unit]
