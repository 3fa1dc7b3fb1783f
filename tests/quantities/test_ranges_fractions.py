"""Ranges, fractions, dozens and negative numbers (accords.quantities): exact outputs."""

from __future__ import annotations

import pytest

from accords.quantities import find_quantities, parse_number

# (id, text, expected [(text, value, unit, qualifier)])
CASES = [
    ("range-scale-unit", "5-7 million metric tons of cargo a year",
     [("5", 5e6, "t", "lower"), ("7 million metric tons", 7e6, "t", "upper")]),
    ("range-percent", "a 10-15% rise", [("10", 10.0, "percent", "lower"), ("15%", 15.0, "percent", "upper")]),
    ("range-between", "between 10 and 15 percent",
     [("10", 10.0, "percent", "lower"), ("15 percent", 15.0, "percent", "upper")]),
    ("range-money-prefix", "$2-3 billion", [("$2", 2e9, "USD", "lower"), ("3 billion", 3e9, "USD", "upper")]),
    ("range-words", "five to seven million tons",
     [("five", 5e6, "t", "lower"), ("seven million tons", 7e6, "t", "upper")]),
    ("range-qualified", "about 5-7 million tons",
     [("about 5", 5e6, "t", "lower"), ("7 million tons", 7e6, "t", "upper")]),
    ("change-not-range", "rose from 10 to 15 percent", [("10", 10.0, "percent", None), ("15 percent", 15.0, "percent", None)]),
    ("and-without-between", "10 and 15 percent", [("10", 10.0, "count", None), ("15 percent", 15.0, "percent", None)]),
    ("count-pair-is-no-range", "10-15 companies", []),
    # a fraction of a whole is a share of it, in percent
    ("fraction-plural", "two thirds of the exports", [("two thirds", 66.6666666667, "percent", None)]),
    ("fraction-one", "one fifth of the budget", [("one fifth", 20.0, "percent", None)]),
    ("fraction-a-of", "a third of the exports", [("a third", 33.3333333333, "percent", None)]),
    ("fraction-hyphen", "three-quarters of respondents in Turkey", [("three-quarters", 75.0, "percent", None)]),
    ("fraction-half-of", "Europe provides nearly half of its trade",
     [("nearly half", 50.0, "percent", "upper")]),
    ("fraction-change-by", "trade between Iran and Kazakhstan fell by a quarter",
     [("a quarter", 25.0, "percent", None)]),
    ("period-half-no-share", "in the first half of the year", []),
    ("fraction-no-of-stays-count", "two thirds", [("two thirds", 0.666666666667, "count", None)]),
    ("ordinal-not-fraction", "a third country", []),
    ("half-a-dozen", "half a dozen countries", [("half a dozen", 6.0, "count", None)]),
    ("quarter-million", "a quarter million people", [("a quarter million", 250000.0, "count", None)]),
    ("quarter-of-a-million", "a quarter of a million", [("a quarter of a million", 250000.0, "count", None)]),
    ("negative-percent", "growth of -2.3% last", [("-2.3%", -2.3, "percent", None)]),
    ("minus-word", "fell to minus 5 percent", [("minus 5 percent", -5.0, "percent", None)]),
    ("hyphenated-code-not-negative", "COVID-19 cases", []),
    ("barrels-a-day", "1.2 million barrels a day", [("1.2 million barrels a day", 1.2e6, "bbl/d", None)]),
    # a range of prices per unit: both ends are prices per that unit (wh_20221018-energy-security-spr-factsheet)
    ("price-range-dashed-per-unit", "repurchase crude oil for the SPR when prices are at or below about $67-$72 per barrel",
     [("about $67", 67.0, "USD/bbl", "lower"), ("$72 per barrel", 72.0, "USD/bbl", "upper")]),
    ("price-range-to-per-unit", "targeting a price of about $67 to $72 per barrel or lower",
     [("about $67", 67.0, "USD/bbl", "lower"), ("$72 per barrel", 72.0, "USD/bbl", "upper")]),
    ("price-moved-per-unit-not-range", "Oil for March delivery closed on Thursday down $2.05 to $71.40 a barrel.",
     [("$2.05", 2.05, "USD", None), ("$71.40 a barrel", 71.4, "USD/bbl", None)]),
    ("price-change-per-unit-not-range", "oil rose from $60 to $80 a barrel",
     [("$60", 60.0, "USD/bbl", None), ("$80 a barrel", 80.0, "USD/bbl", None)]),
    # the unit of energy spelled out (wh_20220915-floating-offshore-wind-factsheet)
    ("per-megawatt-hour-spelled", "reduce the costs of floating technologies by more than 70% by 2035, to $45 per megawatt-hour",
     [("more than 70%", 70.0, "percent", "lower"), ("2035", 2035.0, "count", None),
      ("$45 per megawatt-hour", 45.0, "USD/MWh", None)]),
    ("per-kilowatt-hour-spelled", "power sold at 4 cents per kilowatt-hour",
     [("4 cents per kilowatt-hour", 0.04, "USD/kWh", None)]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_find_quantities(text, expected):
    assert [(q.text, q.value, q.unit, q.qualifier) for q in find_quantities(text)] == expected


NUMBERS = [
    ("two thirds", 2 / 3), ("three quarters", 0.75), ("one fifth", 0.2), ("a third", 1 / 3),
    ("half a dozen", 6.0), ("a quarter million", 250000.0), ("a half million", 500000.0),
    ("half of a million", 500000.0), ("three dozens", 36.0),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS, ids=[n[0] for n in NUMBERS])
def test_parse_number(text, expected):
    assert parse_number(text) == expected
