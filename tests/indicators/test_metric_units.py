"""indicators.v2: a metric takes only the units it can be measured in. A limit on global warming ("a 1.5
degrees Celsius limit on global temperature rise") is a figure; a temperature read or forecast for a place
is not, whatever the sentence says about the climate. A cost or a price is money ("18,600 metric tons of
carbon" and "50 million barrels" near "costs" and "prices" are neither), and aid is never the power of the
plant it pays for.

Sentences from Tehran Times (a weather report; Tehran Times / Mehr News Agency, CC BY 4.0) and White House
fact sheets (public domain, 2021-2023), and one written for the test ("The average temperature").
"""

import pytest
from figures import figures

WEATHER = [
    ("forecast-below-zero", "The low temperature on Tuesday is predicted to be -6 degrees Celsius in Gaziantep."),
    ("reading-in-a-capital", "The average temperature in Tehran reached 40 degrees Celsius on Sunday, Iranian officials said."),
    ("hot-climate", "The region's climate is harsh, with summer temperatures above 45 degrees Celsius."),
]


@pytest.mark.parametrize("case_id, text", WEATHER, ids=[c[0] for c in WEATHER])
def test_a_temperature_is_no_warming_limit(case_id, text):
    assert [f for f in figures(text, source="Tehran Times") if f[3] == "degC"] == []


LIMITS = [
    ("limit-on-temperature-rise", "Leaders agreed on keeping a 1.5 degrees Celsius limit on global temperature rise within reach.",
     ("global_warming_limit", 1.5)),
    ("well-below-two", "The Paris Agreement goal of holding warming well below 2 degrees Celsius remains our guide.",
     ("global_warming_limit", 2.0)),
]


@pytest.mark.parametrize("case_id, text, expected", LIMITS, ids=[c[0] for c in LIMITS])
def test_warming_limits_are_figures(case_id, text, expected):
    assert expected in [(f[0], f[2]) for f in figures(text, source="The White House", published="2021-10-31")]


MONEY_METRICS = [
    ("tons-near-costs", "Encompassing over 120 buildings, the project reduced energy use by 75%, eliminated 40,000 metric "
     "tons of annual GHG emissions, and reduced annual energy costs by $6 million.", "t", ("cost", 6e6)),
    ("barrels-near-prices", "Taking bold action to reduce gasoline prices: Last month, the President authorized the "
     "Strategic Petroleum Reserve to make 50 million barrels of crude oil available to increase global oil supplies.",
     "bbl", None),
    ("megawatts-of-a-grant", "Biomass power plant in Cote d'Ivoire: A $1 million grant to help develop a 25-megawatt "
     "biomass powerplant in Cote d'Ivoire.", "MW", ("aid", 1e6)),
]


@pytest.mark.parametrize("case_id, text, unit, money", MONEY_METRICS, ids=[c[0] for c in MONEY_METRICS])
def test_money_metrics_take_money(case_id, text, unit, money):
    found = figures(text, source="The White House", published="2022-12-07")
    assert [f for f in found if f[3] == unit and f[0] in ("cost", "price", "aid")] == []
    if money is not None:
        assert money in [(f[0], f[2]) for f in found]
