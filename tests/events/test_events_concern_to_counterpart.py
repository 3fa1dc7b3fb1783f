"""A concern that names no author, put by one side to the side it met, is criticism of that side
(`accords.events.stances.concern_to_counterpart`): after a trip or call with one counterpart,
"expressed concern with steps — including extreme settler violence" or "expressed concern that the
ongoing hostilities ... continue to cause civilian casualties" is an ACCUSE of the two, as the White
House dev gold records a concern raised with the counterpart (evwh27, evwh34). A concern both share,
one about a third side's place, or one raised in a meeting of more than two names no one accused.
Sentences are the White House texts' own (../shared/corpora/whitehouse-briefings, public domain)."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

WH = "The White House"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    pytest.param(
        "National Security Advisor to the Vice President Dr. Phil Gordon visited Israel June 23-25 to consult with "
        "Israeli officials on Gaza, Lebanon, and other areas. Dr. Gordon discussed the situation in the West Bank and "
        "expressed concern with steps — including extreme settler violence and settlement expansion — that could "
        "destabilize the West Bank and undermine the cause of peace.", "2024-06-26",
        ("ACCUSE", ("ISR", "USA")), id="concern-with-steps-on-a-visit"),
    pytest.param(
        "President Joseph R. Biden, Jr. spoke today with Prime Minister Abiy Ahmed of Ethiopia. President Biden "
        "expressed concern that the ongoing hostilities, including recent air strikes, continue to cause civilian "
        "casualties and suffering.", "2022-01-10",
        ("ACCUSE", ("ETH", "USA")), id="concern-that-hostilities-in-a-call"),
])
def test_concern_raised_with_the_counterpart(text, published, expected):
    assert expected in [(kind, found) for kind, found, _ in events_with_sides(text, published, source=WH)]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "unexpected"), [
    # both sides' own concern: about a situation
    pytest.param(
        "President Joseph R. Biden, Jr. spoke today with Prime Minister Abiy Ahmed of Ethiopia. The two leaders "
        "expressed their shared concern that the ongoing hostilities continue to cause civilian casualties.",
        "2022-01-10", ("ACCUSE", ("ETH", "USA")), id="shared-concern"),
    # a concern about a third side's place: not the counterpart's act
    pytest.param(
        "President Joseph R. Biden, Jr. spoke today with Amir Tamim bin Hamad Al Thani of Qatar. President Biden "
        "expressed concern about the humanitarian situation in Gaza.", "2023-10-24",
        ("ACCUSE", ("QAT", "USA")), id="concern-about-a-third-place"),
    # a situation, not the counterpart's act
    pytest.param(
        "National Security Advisor Jake Sullivan spoke today with Sheikh Tahnoun bin Zayed of the United Arab "
        "Emirates. Mr. Sullivan expressed concern about the continued escalation of fighting.", "2023-05-02",
        ("ACCUSE", ("ARE", "USA")), id="escalation-of-fighting"),
    # whom one worries for
    pytest.param(
        "National Security Advisor Jake Sullivan spoke today with Prime Minister Mohammed Shia al-Sudani of Iraq. "
        "Mr. Sullivan expressed concern for the safety of the detained journalists.", "2023-05-02",
        ("ACCUSE", ("IRQ", "USA")), id="concern-for-someone"),
    # two who raise it together: both sides' own (written in the Tehran Times register)
    pytest.param(
        "Turkish President Recep Tayyip Erdogan spoke with Russian President Vladimir Putin by phone on Tuesday. "
        "Erdogan and Putin both expressed concern about the attacks.", "2020-02-11",
        ("ACCUSE", ("RUS", "TUR")), id="both-expressed-concern"),
])
def test_concern_not_raised_against_the_counterpart(text, published, unexpected):
    assert unexpected not in [(kind, found) for kind, found, _ in events_with_sides(text, published, source=WH)]
