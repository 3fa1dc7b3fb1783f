"""What a verb acts on is its object, never the noun of a phrase that sets the scene: "*Under the
swap deals*, Iran accepts oil" accepts no deal (it was AGREE among the five Caspian states at
confidence 0.86), while "accepted his invitation" is an agreement. `accords.events.objects.
object_lemmas` leaves out the objects of prepositions of circumstance and time.

Texts: Tehran Times article 415944 (tehrantimes-region, CC BY 4.0, Tehran Times / Mehr News) and
the White House joint statement of President Biden and President Lula of 2023-02-10
(whitehouse-briefings, public domain), with its line break. Each expected record is (type, sides, status), sides the sorted union of actors and
recipients.
"""

from __future__ import annotations

import pytest
from sides import events_with_sides

pytestmark = pytest.mark.slow

CASES = [
    pytest.param("Under the swap deals, Iran accepts oil from other Caspian littoral states to use at its Tabriz "
                 "and Tehran refineries in the north of the country.", [], id="setting-is-no-object"),
    pytest.param("President Lula invited President Biden to visit Brazil, and President\nBiden accepted the invitation.",
                 [("AGREE", ("BRA", "USA"), "occurred"), ("AGREE", ("BRA", "USA"), "occurred")],
                 id="invited-and-accepted-invitation"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_setting_is_no_object(text, expected):
    found = events_with_sides(text, published="2023-02-10")
    assert [e for e in found if e[0] == "AGREE"] == expected
