"""Large counts after "the" that state a figure (`accords.indicators.stated`), and shares below a level, fewer
things, and the places of a gapped list (`accords.indicators.changes`).

Texts: White House briefings (public domain, 2021-06-21 and 2022-11-10 fact sheets), and our own paraphrases of
newspaper4k test pages (MIT; Bloomberg's 2014 report on jobs by state, The Daily Beast's 2014 vigil report).
Each expected record is (metric, subjects, value, unit, kind, qualifier), in text order.
"""

import pytest
from figures import figures

CASES = [
    (
        "the-large-count-with-its-own-clause",
        "The U.S. economy recovered unevenly. Without the 1.1 million jobs added in Texas since the downturn, the "
        "country would still be short of its peak.",
        [("jobs", ("USA",), 1100000.0, "count", "actual", None)],
    ),
    (
        "the-people-who-marched",
        "The U.S. economy recovered unevenly. Marchers said officials should have listened to the 25,000 people who "
        "marched last week.",
        [("population", ("USA",), 25000.0, "count", "forecast", None)],
    ),
    (
        "of-the-and-these-refer-back",
        "Today, the Biden-Harris Administration is announcing the distribution list for 55 million of the 80 million "
        "doses of America’s own vaccine supply. For these 80 million doses, the U.S. will share 75% through COVAX and "
        "25% will be targeted to help deal with surges around the world.",
        [("million_doses", ("USA",), 55000000.0, "count", "actual", None)],
    ),
    (
        "the-world-s-companies",
        "These Federal contractors are among the 18,700 companies globally that voluntarily disclose emissions and "
        "climate risk through CDP.",
        [],
    ),
    (
        "below-the-peak",
        "The U.S. economy recovered unevenly. Alabama's job level is still 4.6 percent below the peak of the downturn.",
        [("employment_growth", ("USA",), -4.6, "percent", "actual", None)],
    ),
    (
        "fewer-workers-and-a-rank",
        "The U.S. economy recovered unevenly. New Mexico still has 4 percent fewer employed workers than before the "
        "recession, ranking among the bottom 10 percent of states.",
        [("employment_growth", ("USA",), -4.0, "percent", "actual", None)],
    ),
    (
        "gapped-list-of-places",
        "The U.S. economy recovered unevenly. Nevada remains 5.9 percent below its peak employment, Arizona 4.1 "
        "percent and Florida 1.5 percent.",
        [("employment_growth", ("USA",), -5.9, "percent", "actual", None),
         ("employment_growth", ("USA",), -4.1, "percent", "actual", None),
         ("employment_growth", ("USA",), -1.5, "percent", "actual", None)],
    ),
    (
        "a-rise-stays-positive",
        "The U.S. economy recovered unevenly. Employment in the state rose 2 percent in May.",
        [("employment_growth", ("USA",), 2.0, "percent", "actual", None)],
    ),
]


@pytest.mark.parametrize("text, expected", [(t, e) for _, t, e in CASES], ids=[c[0] for c in CASES])
def test_stated_counts_and_below(text, expected):
    assert figures(text, published="2014-09-30") == expected
