"""indicators.v2: a limit on global warming ("a 1.5 degrees Celsius limit on global temperature rise") is a
figure; a temperature read or forecast for a place is not, whatever the sentence says about the climate.

Sentences from Tehran Times (a weather report; Tehran Times / Mehr News Agency, CC BY 4.0) and White House
texts (public domain: a 2021 G20 fact sheet), and one written for the test ("The average temperature").
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
