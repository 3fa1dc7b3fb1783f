"""events.v2 on the regional government press (issue #13, evtt20): backing declared or announced
with its owner ("has declared its support for Qatar", "China announced its support for Iran's
accession") are SUPPORT (`accords.events.triggers`, `accords.events.stances.announced_backing`);
aid announced ("announced new support for Ukraine's energy sector") is not.
Sentences from Tehran Times (CC BY 4.0, Tehran Times / Mehr News; tehrantimes_region_dev) or
written for this test in that register. Exact type, sides (actor and recipient countries) and
status of every event found."""

from __future__ import annotations

import pytest
from sides import events_with_sides as _events

pytestmark = pytest.mark.slow

CASES = [
    # written for this test, modelled on tehrantimes_region_dev 414077
    ("declared-support",
     "Turkey has declared its support for Qatar in the row.",
     [("SUPPORT", ("QAT", "TUR"), "occurred")]),
    # written for this test, modelled on tehrantimes_region_dev 414035
    ("announced-support",
     "China announced its support for Iran's accession to the Shanghai Cooperation Organization.",
     [("SUPPORT", ("CHN", "IRN"), "occurred")]),
    # must stay: support announced without an owner is aid or nothing, no stance
    ("announced-new-support",
     "The United States announced new support for Ukraine's energy sector.",
     []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_declared_backing(text, expected):
    assert _events(text) == expected
