"""events.v2: investment made in a named place is COOPERATE (tests/gold/README: investment is
COOPERATE); investment with no place, or "for" a project, names no partner. Sentences from
Tehran Times articles (CC BY 4.0, Tehran Times / Mehr News; tehrantimes_region_dev, not in the
gold set). Exact type, sides and status of every event found."""

from __future__ import annotations

import pytest
from sides import events_with_sides as _events

pytestmark = pytest.mark.slow

_BAKU = "Iran and Azerbaijan are neighbours, the Azerbaijani ambassador said. "

CASES = [
    # tehrantimes 411679
    ("invested-in-a-country's-economy",
     _BAKU + "Iranian companies have so far invested $2.6 billion in Azerbaijan’s economy, some $145 million of which "
             "is accounted for by investment in the country’s non-oil sector.",
     [("COOPERATE", ("AZE", "IRN"), "occurred")]),
    # tehrantimes 475304: no named place, no partner
    ("invested-in-this-project",
     _BAKU + "The parties have invested hundreds of millions of dollars in this project.",
     []),
    # a future investment is no investment made (a plan: `accords.events.jointplans` and AGREE rules)
    ("will-invest",
     _BAKU + "Iranian companies will invest $2 billion in Azerbaijan’s economy.",
     []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_investment(text, expected):
    assert _events(text) == expected


#: Investment told as a noun (`accords.events.investments`): an event only with both ends named,
#: the investor and the place invested in. Sentences written for the test in the register of the
#: White House readouts and the Tehran Times.
NOUN_CASES = [
    ("us-investment-in-a-country's-sector",
     "Vice President Harris met today with President Ruto of Kenya. The two leaders discussed new U.S. "
     "investment in Kenya’s energy sector.",
     [("CONSULT", ("KEN", "USA"), "occurred"), ("COOPERATE", ("KEN", "USA"), "occurred")]),
    ("investments-by-a-demonym's-companies-in-a-country",
     "Prime Minister Kishida met President Thuong of Vietnam. They welcomed $500 million of new investments by "
     "Japanese companies in Vietnam.",
     [("CONSULT", ("JPN", "VNM"), "occurred"), ("SUPPORT", ("JPN", "VNM"), "occurred"),
      ("COOPERATE", ("JPN", "VNM"), "occurred")]),
    ("possessive-investor",
     "Iran and Armenia are neighbours, the Armenian minister said. He said Iran's investments in Armenia have "
     "reached $1 billion.",
     [("COOPERATE", ("ARM", "IRN"), "occurred")]),
    # no investor named: investment sought in general is no cooperation (None: no COOPERATE found)
    ("foreign-investment-sought",
     _BAKU + "Iran seeks foreign investment in its oil sector, he said.",
     None),
    # the noun as a modifier: opportunities, no money put in
    ("investment-opportunities",
     _BAKU + "He noted the investment opportunities in Iran for Azerbaijani companies.",
     []),
    # investment barred is no cooperation
    ("investment-banned",
     "The United States and the United Kingdom will ban new investment in Russia.",
     []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in NOUN_CASES], ids=[c[0] for c in NOUN_CASES])
def test_investment_noun(text, expected):
    found = _events(text)
    if expected is None:
        assert not [e for e in found if e[0] == "COOPERATE"]
    else:
        assert found == expected
