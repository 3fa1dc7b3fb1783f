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
