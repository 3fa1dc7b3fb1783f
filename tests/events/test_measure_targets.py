"""Whom a measure hits when the parser hangs the "on" phrase on the measure noun, not on the
verb of imposing: "has imposed sanctions *on Iran and Turkey*", "slapped sanctions *on Turkey*".
Read as a topic ("talks on Ukraine"), the target was lost and the event, one-sided, dropped.
An instrument with no one named as imposing ("an Executive Order imposing tariffs on ...") stays
no event (tests/events/test_events_statements.py).

Text: Tehran Times article 456361 (tehrantimes-region, CC BY 4.0, Tehran Times / Mehr News). Each
expected record is (type, sides, status), sides the sorted union of actors and recipients.
"""

from __future__ import annotations

import pytest
from sides import events_with_sides

pytestmark = pytest.mark.slow

CASES = [
    pytest.param("The United States has imposed sanctions on Iran and Turkey, each under different pretexts.",
                 [("SANCTION", ("IRN", "USA"), "occurred"), ("SANCTION", ("TUR", "USA"), "occurred")],
                 id="sanctions-on-two-countries"),  # one measure on each target (`accords.events.separately`)
    pytest.param("The U.S. slapped sanctions on Turkey because it purchased Russian-made S400 missile defense "
                 "systems while the U.S. has imposed sanctions on Iran because it didn’t like a 2015 nuclear deal "
                 "between Iran and major world powers.",
                 [("SANCTION", ("TUR", "USA"), "occurred"), ("SANCTION", ("IRN", "USA"), "occurred")],
                 id="two-clauses-two-targets"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_measure_target_on_the_noun(text, expected):
    assert events_with_sides(text, source="Tehran Times") == expected
