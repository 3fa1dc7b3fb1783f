"""A commitment to an action, restated, voiced or welcomed, is a commitment made (AGREE of the
sides named together and of the welcoming one), as "committed to expand" is (`accords.events.joint.
restated_commitment`); support conveyed for a named side is SUPPORT. A commitment to
back a side, to a relation, and courtesies conveyed stay what they were.

Sentences are from White House texts of 2021-2024 (whitehouse-briefings corpus, public domain):
dev gold files wh_20240506-biden-abdullah-meeting and wh_20240923-harris-mbz-meeting, fresh dev
files of the twentieth session (wh_20240524-biden-sisi-call,
wh_20240830-sullivan-quad-ukraine-meeting), and our own paraphrases for the negative cases.
"""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_WH = "The White House"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Both President Biden and King Abdullah II of Jordan reiterated their shared commitment to facilitating the "
                 "increased, sustained delivery of life-saving humanitarian assistance to Palestinian civilians in Gaza.",
                 [("AGREE", ("JOR", "USA"), "occurred")], id="reiterated-commitment-to-gerund"),
    pytest.param("Vice President Kamala Harris met with President Mohamed bin Zayed of the United Arab Emirates. Both leaders "
                 "reaffirmed their shared commitment to de-escalate the conflict, alleviate the suffering of the people of "
                 "Sudan, and ensure humanitarian access.",
                 [("CONSULT", ("ARE", "USA"), "occurred"), ("AGREE", ("ARE", "USA"), "occurred")],
                 id="reaffirmed-commitment-to-infinitive"),
    pytest.param("President Biden welcomed the commitment from President Al-Sisi of Egypt to permit the flow of UN-provided "
                 "humanitarian assistance through the Karem Shalom crossing on a provisional basis.",
                 [("AGREE", ("EGY", "USA"), "occurred")], id="welcomed-partner-commitment"),
    pytest.param("Mr. Sullivan conveyed the United States’ unwavering support for Ukraine.",
                 [("SUPPORT", ("UKR", "USA"), "occurred")], id="conveyed-support"),
])
def test_restated_commitments(text, expected):
    assert events_with_sides(text, published="2024-05-06", source=_WH) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    # a commitment to back a side is support voiced (our paraphrase of a readout's sentence)
    pytest.param("The Vice President reiterated the U.S. commitment to support the people of Haiti.",
                 [("SUPPORT", ("HTI", "USA"), "occurred")], id="commitment-to-support-stays-support"),
    # one side's commitment restated is no new commitment made with the partner (dev gold wh_20231202-uae-vp-meeting)
    pytest.param("The Vice President emphasized the Biden-Harris Administration’s commitment to secure the release of all "
                 "hostages who are being held in Gaza.", [], id="one-side-commitment-restated"),
    # a commitment to a relation in general is no new commitment (dev gold wh_20230110-trudeau-mexico-city-meeting;
    # the gold records none, and the support rules need a side backed)
    pytest.param("President Biden and Prime Minister Trudeau of Canada reaffirmed their commitment to strengthen the U.S.-Canada "
                 "partnership to promote human rights.", [],
                 id="commitment-to-strengthen-a-relation"),
    # a courtesy conveyed is no support (our own sentence)
    pytest.param("President Biden conveyed his condolences to the people of Morocco.", [], id="condolences-conveyed"),
    # "confirmed" is no verb of backing: a commitment to defend partners "against threats ... backed by Iran"
    # would make Iran a side (a sample text of this session)
    pytest.param("He confirmed President Biden’s commitment to support the defense of U.S. partners against threats from "
                 "state and non-state actors, including those backed by Iran.", [], id="confirmed-commitment-no-backing"),
])
def test_not_restated_commitments(text, expected):
    assert events_with_sides(text, published="2024-05-06", source=_WH) == expected
