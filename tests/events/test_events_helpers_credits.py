"""Who is no side of an act (issue 18, audit of unannotated corpus events): those who help it
("with the support of Australia and Canada"), the agency a dateline credits ("ANKARA (AFP) --"),
and an act someone is kept from ("banned Turkish ministers from holding meetings"). Each rule
keeps a case that must still fire. Sentences written for the test in the register of wire copy
and of the White House and Tehran Times texts."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The United States and Britain carried out strikes on Houthi targets in Yemen on Thursday with the "
                 "support of Australia, Bahrain, Canada and the Netherlands.",
                 [("ASSAULT", ("GBR", "USA", "YEM"), "occurred")], id="strike-supporters-no-actors"),
    pytest.param("The strikes were carried out by U.S. and British forces with the support of Australia and Canada.",
                 [("ASSAULT", ("GBR", "USA"), "occurred")], id="passive-strike-supporters-no-actors"),
    pytest.param("Iran and Iraq signed the water agreement with the help of the United Nations.",
                 [("SUPPORT", ("IRN", "IRQ"), "occurred")], id="signing-helper-no-signer"),
    pytest.param("The United States and Britain carried out strikes on Houthi targets in Yemen together with "
                 "Australia.", [("ASSAULT", ("AUS", "GBR", "USA", "YEM"), "occurred")], id="joint-striker-stays"),
    pytest.param("ANKARA (AFP) -- Turkey on Monday criticised Greece over the arrest of two Turkish soldiers.",
                 [("ACCUSE", ("GRC", "TUR"), "occurred")], id="afp-credit-no-side"),
    pytest.param("MOSCOW (AP) — Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in "
                 "Sochi on Friday.", [("CONSULT", ("RUS", "TUR"), "occurred")], id="ap-credit-no-side"),
    pytest.param("Germany banned Turkish ministers from holding meetings with Turkish citizens in Cologne.", [],
                 id="banned-from-holding-meetings"),
    pytest.param("Turkish ministers held meetings with German officials in Berlin.",
                 [("CONSULT", ("DEU", "TUR"), "occurred")], id="held-meetings-stays"),
])
def test_no_side_of_the_act(text, expected):
    found = [event for event in events_with_sides(text, published="2024-01-15") if event[2] != "denied"]
    assert found == expected
