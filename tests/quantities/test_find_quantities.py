"""Quantities in base units: exact text, value, unit and qualifier for each case."""

from __future__ import annotations

import pytest

from accords.quantities import find_quantities, parse_number

# (text, expected [(text, value, unit, qualifier)])
CASES = [
    # the seeds
    ("amounted to $2.5 billion.", [("$2.5 billion", 2.5e9, "USD", None)]),
    ("amounted to $4.1 billion in", [("$4.1 billion", 4.1e9, "USD", None)]),
    ("to $15 billion in", [("$15 billion", 15e9, "USD", None)]),
    ("Eleven agreements were signed", [("Eleven", 11.0, "count", None)]),
    ("There are nine Iranian start-up firms present", [("nine", 9.0, "count", None)]),
    ("Almost one million Azeri tourists have visited Iran", [("Almost one million", 1e6, "count", "upper")]),
    ("I have visited Iran twice, and we have met 10 times", [("twice", 2.0, "count", None), ("10", 10.0, "count", None)]),
    # money
    ("€600 billion", [("€600 billion", 600e9, "EUR", None)]),
    ("10b dollars", [("10b dollars", 10e9, "USD", None)]),
    # White House fact sheet of 2021-04-26 (public domain): capital scale letters
    ("USAID will provide $125M to mitigate", [("$125M", 125e6, "USD", None)]),
    ("**Humanitarian Relief ($255M)**", [("$255M", 255e6, "USD", None)]),
    ("a $5B deal", [("$5B", 5e9, "USD", None)]),
    ("3M said", []),
    # White House fact sheet headings (public domain): scale words in title case or capitals
    ("Announces more than $700 Million in New Conservation Funding",
     [("more than $700 Million", 700e6, "USD", "lower")]),
    ("the $10 Billion Capital Projects Fund", [("$10 Billion", 10e9, "USD", None)]),
    ("Iran exported 3 Million tons of steel", [("3 Million tons", 3e6, "t", None)]),
    # White House texts (public domain): temperature limits
    ("keeping the 1.5\ndegrees Celsius global warming threshold", [("1.5\ndegrees Celsius", 1.5, "degC", None)]),
    ("keeping the 1.5 °C global warming limit within reach", [("1.5 °C", 1.5, "degC", None)]),
    ("AZN 3.4 million", [("AZN 3.4 million", 3.4e6, "AZN", None)]),
    # Tehran Times 467412 (CC BY 4.0): separators with a scale word past world output are a decimal comma
    ("Iran exported 17,440,617 tons of commodities worth over $6,030,544 billion to the said nations",
     [("17,440,617 tons", 17440617.0, "t", None), ("over $6,030,544 billion", 6030544000.0, "USD", "lower")]),
    ("1,200,000 billion rials", [("1,200,000 billion rials", 1.2e15, "IRR", None)]),
    ("3.4 million manats", [("3.4 million manats", 3.4e6, "AZN", None)]),
    ("500 manat", [("500 manat", 500.0, "AZN", None)]),
    ("100 billion rials", [("100 billion rials", 100e9, "IRR", None)]),
    ("1.5 trillion tomans", [("1.5 trillion tomans", 15e12, "IRR", None)]),
    ("2 billion roubles", [("2 billion roubles", 2e9, "RUB", None)]),
    ("2 billion rubles", [("2 billion rubles", 2e9, "RUB", None)]),
    ("30 million yuan", [("30 million yuan", 30e6, "CNY", None)]),
    ("40 million Turkish lira", [("40 million Turkish lira", 40e6, "TRY", None)]),
    ("£3 million", [("£3 million", 3e6, "GBP", None)]),
    ("5 million pounds", [("5 million pounds", 5e6, "GBP", None)]),
    ("200 euros", [("200 euros", 200.0, "EUR", None)]),
    ("$1.2bn", [("$1.2bn", 1.2e9, "USD", None)]),
    ("USD 5 million", [("USD 5 million", 5e6, "USD", None)]),
    ("US$5m", [("US$5m", 5e6, "USD", None)]),
    ("5 million US dollars", [("5 million US dollars", 5e6, "USD", None)]),
    ("one billion dollars", [("one billion dollars", 1e9, "USD", None)]),
    # wire abbreviation and plural scale words (Tehran Times 137043, 94771; CC BY 4.0)
    ("to reach dlrs 5.62 billion", [("dlrs 5.62 billion", 5.62e9, "USD", None)]),
    ("exports of 86.658 million dlrs", [("86.658 million dlrs", 86.658e6, "USD", None)]),
    ("some three millions Iranian tourists", [("some three millions", 3e6, "count", "approx")]),
    ("3 millions tonnes", [("3 millions tonnes", 3e6, "t", None)]),
    ("$ 75 million", [("$ 75 million", 75e6, "USD", None)]),
    ("$1,250,000", [("$1,250,000", 1.25e6, "USD", None)]),
    ("won a $48.2 million contract", [("$48.2 million", 48.2e6, "USD", None)]),
    ("C$ 300 million", [("C$ 300 million", 300e6, "CAD", None)]),
    ("HK $ 10 billion", [("HK $ 10 billion", 10e9, "HKD", None)]),
    ("Banknotes: 5 €, 10 €", [("5 €", 5.0, "EUR", None), ("10 €", 10.0, "EUR", None)]),
    ("100 ₼ fine", [("100 ₼", 100.0, "AZN", None)]),
    # qualifiers
    ("about $3 billion", [("about $3 billion", 3e9, "USD", "approx")]),
    ("around 200 companies", [("around 200", 200.0, "count", "approx")]),
    ("approximately 40 percent", [("approximately 40 percent", 40.0, "percent", "approx")]),
    ("some 5,000 people", [("some 5,000", 5000.0, "count", "approx")]),
    ("roughly 12 projects", [("roughly 12", 12.0, "count", "approx")]),
    ("nearly 7 million tons", [("nearly 7 million tons", 7e6, "t", "upper")]),
    ("up to 40 percent", [("up to 40 percent", 40.0, "percent", "upper")]),
    ("less than 10%", [("less than 10%", 10.0, "percent", "upper")]),
    ("under 30 km", [("under 30 km", 30.0, "km", "upper")]),
    ("over $1 billion", [("over $1 billion", 1e9, "USD", "lower")]),
    ("more than 3,000 trucks", [("more than 3,000", 3000.0, "count", "lower")]),
    ("above 50 percent", [("above 50 percent", 50.0, "percent", "lower")]),
    ("exceeding 2 bcm", [("exceeding 2 bcm", 2.0, "bcm", "lower")]),
    ("at least 20 firms", [("at least 20", 20.0, "count", "lower")]),
    # percentages
    ("15 percent", [("15 percent", 15.0, "percent", None)]),
    ("15%", [("15%", 15.0, "percent", None)]),
    ("15 per cent", [("15 per cent", 15.0, "percent", None)]),
    ("2.5 percentage points", [("2.5 percentage points", 2.5, "pp", None)]),
    # hyphenated, as Tehran Times writes them
    ("registering a 1.6-percent rise in weight", [("1.6-percent", 1.6, "percent", None)]),
    ("the country’s current $50-billion non-oil export revenues", [("$50-billion", 5e10, "USD", None)]),
    ("The 211-million-dollar trade in 2017", [("211-million-dollar", 2.11e8, "USD", None), ("2017", 2017.0, "count", None)]),
    # physical units
    ("2 million tons of wheat", [("2 million tons", 2e6, "t", None)]),
    ("500,000 tonnes", [("500,000 tonnes", 5e5, "t", None)]),
    ("10 bcm of gas", [("10 bcm", 10.0, "bcm", None)]),
    ("16 billion cubic meters", [("16 billion cubic meters", 16.0, "bcm", None)]),
    ("300 million cubic meters", [("300 million cubic meters", 0.3, "bcm", None)]),
    ("a 372-km railway", [("372-km", 372.0, "km", None)]),
    ("164 kilometers", [("164 kilometers", 164.0, "km", None)]),
    ("600 MW", [("600 MW", 600.0, "MW", None)]),
    ("5 GW", [("5 GW", 5000.0, "MW", None)]),
    ("1,000 megawatts", [("1,000 megawatts", 1000.0, "MW", None)]),
    ("100,000 barrels per day", [("100,000 barrels per day", 1e5, "bbl/d", None)]),
    # a gas price per thousand cubic metres: the thousand cubic metres are its unit, no volume (Tehran Times 59477)
    ("at a price of 40 dollars per 1,000 cubic meters", [("40 dollars per 1,000 cubic meters", 40.0, "USD/1000m3", None)]),
    ("$250 per thousand cubic metres", [("$250 per thousand cubic metres", 250.0, "USD/1000m3", None)]),
    ("$180 per tcm", [("$180 per tcm", 180.0, "USD/1000m3", None)]),
    ("the price of 1,000 cubic meters of gas", [("1,000 cubic meters", 1e-06, "bcm", None)]),
    ("each 1,000 cubic meters of gas is $22", [("1,000", 1000.0, "count", None), ("$22", 22.0, "USD", None)]),
    # gas a day keeps its rate (written for this test in the register of Tehran Times energy reports)
    ("will supply 10 million cubic meters of gas per day to Iraq",
     [("10 million cubic meters", 10e6, "m3/d", None)]),
    ("15 million cubic meters per day", [("15 million cubic meters per day", 15e6, "m3/d", None)]),
    ("5 mcm/d of gas", [("5 mcm/d", 5e6, "m3/d", None)]),
    ("20 million cubic meters daily", [("20 million cubic meters", 20e6, "m3/d", None)]),
    # numbers in words
    ("two and a half million tons", [("two and a half million tons", 2.5e6, "t", None)]),
    ("twenty-five countries", [("twenty-five", 25.0, "count", None)]),
    ("a dozen projects", [("a dozen", 12.0, "count", None)]),
    ("one hundred and five delegates", [("one hundred and five", 105.0, "count", None)]),
    # not quantities
    ("one of the first countries", []),
    ("4G and 5G networks", []),
    ("the G20 summit", []),
    ("COVID-19 pandemic", []),
    ("call +994 12 345 67 89", []),
    ("at 21:27", []),
    ("Article 5 of the treaty", []),
    ("the 1st meeting", []),
    ("we try to do it", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_find_quantities(text, expected):
    found = [(q.text, q.value, q.unit, q.qualifier) for q in find_quantities(text)]
    assert found == expected


def test_skip_spans_are_not_read():
    text = "amounted to $4.1 billion in 2020."
    year = text.index("2020")
    assert [q.text for q in find_quantities(text, skip=[(year, year + 4)])] == ["$4.1 billion"]


NUMBERS = [
    ("Eleven", 11.0), ("nine", 9.0), ("one million", 1e6), ("two and a half", 2.5),
    ("a dozen", 12.0), ("twenty-five", 25.0), ("one hundred and five", 105.0),
    ("1,200.5", 1200.5), ("2.5bn", 2.5e9), ("10b", 10e9), ("half a million", 5e5),
    ("two and a half million", 2.5e6), ("twice", 2.0), ("banana", None), ("", None),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERS, ids=[n[0] or "empty" for n in NUMBERS])
def test_parse_number(text, expected):
    assert parse_number(text) == expected
