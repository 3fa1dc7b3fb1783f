"""A "Capacity" written inside a name before a count is no capacity metric (laugh47, thirtieth session):
`indicators.lexicon._CAPACITY`, read by `count_metric_named`. "The Diplomacy and Capacity Building Pillar ...
18 new members" counted no capacity of Germany and Nigeria; "FEMA's Surge Capacity Force ... 17.2 million meals"
no capacity of the United States. A plant's production capacity still is one.

Sentences from the whitehouse-briefings corpus (public domain, lines 1912 and 1924, 2024-10-02 and
2024-10-09) and tests/gold/articles/tt_405057 (Tehran Times, CC BY 4.0).
"""

import pytest
from figures import figures

CASES = [
    ("pillar-name",
     "The Diplomacy and Capacity Building Pillar, led by Germany and Nigeria,\nexpanded the CRI’s partnerships with "
     "the addition of 18 new members to\nthe coalition and mapped out the capacity building assets and needs of\n"
     "members.", "The White House"),
    ("force-name",
     "FEMA personnel and other Federal partners, including FEMA’s Surge\nCapacity Force, remain on the ground "
     "supporting impacted communities,\nwith over 17.2 million meals and 13.9 million liters of water delivered\n"
     "and ensuring information is accessible, including resources in preferred\nlanguages and ASL.", "The White House"),
]


@pytest.mark.parametrize(("text", "source"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_capacity_in_a_name_is_no_metric(text, source):
    assert not [f for f in figures(text, published="2024-10-02", source=source) if f[0] == "capacity"]


def test_a_plants_capacity_stays():
    text = ("Production capacity of the $15 million joint venture plant, which will be constructed by Iran Khodro "
            "Company and Azevrocar Company, is 10,000 cars per year and it is expected to create 300 new job "
            "opportunities.")
    assert [f for f in figures(text, source="Tehran Times") if f[0] == "capacity" and f[2] == 10000.0]
