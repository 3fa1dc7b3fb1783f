"""events.v2 on the regional government press (issue #13, evtt20): joint works carried out with
any verb of carrying out ("have already conducted joint projects", "have completed a joint
bridge"), and a side working with a partner named by its name ("Tehran is working with Ankara to
...") are COOPERATE (`accords.events.works`, `accords.events.routes`); a plan, a negotiation
("working out the details with") and unnamed partners stay what they were. Sentences from
Tehran Times (CC BY 4.0, Tehran Times / Mehr News; tehrantimes_region_dev, tests/gold/dev files of
the seventeenth session) or written for this test in that register. Exact type, sides (actor and
recipient countries) and status of every event found."""

from __future__ import annotations

import pytest
from sides import events_with_sides as _events

pytestmark = pytest.mark.slow

CASES = [
    # tt_424413 (dev, after a sentence naming the pair): joint projects conducted
    ("joint-projects-conducted",
     "Iran and Armenia are neighbours. The two countries have already conducted joint projects in the field of "
     "nano-technology, he highlighted.",
     [("COOPERATE", ("ARM", "IRN"), "occurred")]),
    # written for this test: a joint work completed
    ("joint-bridge-completed",
     "Iran and Turkey have completed a joint bridge on the border river.",
     [("COOPERATE", ("IRN", "TUR"), "occurred")]),
    # must stay: a joint work to be completed is a plan
    ("joint-bridge-to-complete",
     "Iran and Turkey will complete the joint bridge next year.",
     [("AGREE", ("IRN", "TUR"), "intended")]),
    # must stay: a work of one side, not named as joint
    ("own-bridge-completed",
     "The Iranian company has completed a bridge in Turkey.",
     []),
    # written for this test: working closely with named partners
    ("working-closely-with",
     "Russia is working closely with Iran and Turkey to restore the water supply to Damascus.",
     [("COOPERATE", ("IRN", "RUS", "TUR"), "occurred")]),
    # written for this test, modelled on tehrantimes_region_dev 471354: capitals for their governments
    ("working-with-capital",
     "Tehran is working with Ankara to return the Iranian prisoners.",
     [("COOPERATE", ("IRN", "TUR"), "occurred")]),
    # must stay: working out details is a negotiation, no work under way
    ("working-out-details",
     "Iran is working out the details with Turkey.",
     []),
    # must stay: future work with a partner is agreed (`accords.events.joint`)
    ("will-work-with",
     "Iran will work with Turkey on the project.",
     [("AGREE", ("IRN", "TUR"), "planned")]),
    # must stay: partners not named
    ("working-with-unnamed",
     "Iran is working with domestic companies on the project.",
     []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_works_and_partners(text, expected):
    assert _events(text) == expected
