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


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The CSTO summit was held in Yerevan on Monday.", [("CONSULT", ("CSTO",), "occurred")],
                 id="summit-held-once"),
    pytest.param("“We had very intensive and fruitful talks in Baku and Moscow,” the Iranian deputy foreign minister "
                 "said.", [("CONSULT", ("AZE", "IRN", "RUS"), "occurred")], id="talks-had-once"),
    pytest.param("Iran and Turkey held talks in Ankara on Monday.", [("CONSULT", ("IRN", "TUR"), "occurred")],
                 id="held-talks-stays-one"),
])
def test_a_meeting_and_its_holding_are_one_report(text, expected):
    assert events_with_sides(text, published="2024-01-15") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Azerbaijan has confirmed that it deployed troops to areas bordering Armenia.",
                 [("MOBILIZE", ("ARM", "AZE"), "occurred")], id="confirmed-that-it"),
    pytest.param("Turkey acknowledged that it had carried out strikes on PKK targets in northern Iraq.",
                 [("ASSAULT", ("IRQ", "TUR"), "occurred")], id="acknowledged-that-it"),
])
def test_it_after_a_verb_that_reports_is_the_reporter(text, expected):
    assert events_with_sides(text, published="2024-01-15") == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("President Biden held separate calls with Prime Minister Kishida of Japan, President Yoon of South Korea "
                 "and Prime Minister Albanese of Australia.",
                 [("CONSULT", ("AUS", "USA"), "occurred"), ("CONSULT", ("JPN", "USA"), "occurred"),
                  ("CONSULT", ("KOR", "USA"), "occurred")], id="separate-calls-with-a-broken-list"),
    pytest.param("Vice President Harris held a meeting with President Tshisekedi of the DRC, President Bongo Ondimba of "
                 "Gabon and President Weah of Liberia.",
                 [("CONSULT", ("COD", "GAB", "LBR", "USA"), "occurred")], id="one-meeting-with-a-broken-list"),
])
def test_a_list_the_parser_broke_off_the_object(text, expected):
    assert sorted(events_with_sides(text, published="2024-01-15")) == expected
