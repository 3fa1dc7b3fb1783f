"""The countries a clause of result names are no partners of the act (fourteenth session,
issue 13): in "..., thus enabling the railway connection between Russia, Iran and India" the
connection is what the act may bring about, not who did it (`accords.events.phrases.in_time_clause`).

Sentences written for this test in the construction of the regional state press (the Azernews
seed has one). Each expected record is (type, sides, status), sides the sorted union of actors
and recipients.
"""

from __future__ import annotations

import pytest
from sides import events_with_sides

pytestmark = pytest.mark.slow

CASES = [
    pytest.param("Azerbaijani and Iranian officials met in Baku on Monday. The Azerbaijani minister expressed hope "
                 "for the completion of the railway by both sides, thus enabling a transit corridor between Russia, "
                 "Iran and India.",
                 [("CONSULT", ("AZE", "IRN"), "occurred"), ("AGREE", ("AZE", "IRN"), "intended")],
                 id="thus-enabling-a-corridor-between-three"),
    pytest.param("Iran and Azerbaijan signed an agreement on the railway on Monday, thereby linking the ports of "
                 "Russia and India.",
                 [("SUPPORT", ("AZE", "IRN"), "occurred")], id="thereby-linking-ports-of-two"),
    # a partner of the act named before the result clause is still a side
    pytest.param("Iran and Azerbaijan signed an agreement on the railway with Russia on Monday, thereby linking the "
                 "ports of India.",
                 [("SUPPORT", ("AZE", "IRN", "RUS"), "occurred")], id="partner-before-the-result-clause"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_result_clause_countries_are_no_sides(text, expected):
    assert events_with_sides(text, "2019-03-04") == expected
