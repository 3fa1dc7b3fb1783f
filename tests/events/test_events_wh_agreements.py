"""Agreements, aid and cooperation in the White House register (issue #13), on sentences of
White House readouts, joint statements and fact sheets 2021-2024
(../shared/corpora/whitehouse-briefings, public domain): a view the leaders share ("agreed on
the importance of", "agreed that it is critical to") is no agreement; an act agreed stays."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    # a judgement shared: no AGREE
    pytest.param("President Biden met today with President Iohannis of Romania. Both leaders agreed that bilateral "
                 "cooperation on energy security is critical.", "2024-05-07",
                 [("CONSULT", ("ROU", "USA"), "occurred")], id="agreed-that-is-critical"),
    pytest.param("Vice President Harris spoke today with President Giammattei of Guatemala. They agreed on the "
                 "importance of prosperity, good governance, and anti-corruption measures.", "2021-04-26",
                 [("CONSULT", ("GTM", "USA"), "occurred")], id="agreed-on-the-importance"),
    pytest.param("Prime Minister Jacinda Ardern of New Zealand and Vice President Kamala Harris met at the White "
                 "House. They condemned recent mass shootings in the United States, and agreed that we all must "
                 "stand up against hate and violence.", "2022-05-31",
                 [("CONSULT", ("NZL", "USA"), "occurred"), ("ACCUSE", ("NZL", "USA"), "occurred")],
                 id="agreed-that-we-must"),
    # an act agreed: AGREE
    pytest.param("Vice President Harris spoke today with President Giammattei of Guatemala. They agreed to open "
                 "Migrant Resource Centers in Guatemala.", "2021-04-26",
                 [("CONSULT", ("GTM", "USA"), "occurred"), ("AGREE", ("GTM", "USA"), "occurred")],
                 id="agreed-to-open"),
    pytest.param("President Biden spoke today with Prime Minister Bennett of Israel. They agreed that their teams "
                 "would remain in close contact.", "2022-02-06",
                 [("CONSULT", ("ISR", "USA"), "occurred"), ("AGREE", ("ISR", "USA"), "occurred")],
                 id="agreed-that-teams-would"),
])
def test_shared_views(text, published, expected):
    assert events_with_sides(text, published=published) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    # cooperation under way, discussed or reviewed: COOPERATE
    pytest.param("Vice President Kamala Harris met today in Manila with President Ferdinand Marcos, Jr. of the "
                 "Philippines. The Vice President discussed our expanding Coast Guard partnership and maritime law "
                 "enforcement cooperation.", "2022-11-21",
                 [("CONSULT", ("PHL", "USA"), "occurred"), ("COOPERATE", ("PHL", "USA"), "occurred")],
                 id="discussed-our-expanding-partnership"),
    pytest.param("Today, Prime Minister Jacinda Ardern of New Zealand and Vice President Kamala Harris met at the "
                 "White House. The Prime Minister and the Vice President reviewed the growing space partnership "
                 "between the United States and New Zealand.", "2022-05-31",
                 [("CONSULT", ("NZL", "USA"), "occurred"), ("COOPERATE", ("NZL", "USA"), "occurred")],
                 id="reviewed-the-growing-partnership"),
    # the sides' own cooperation welcomed (2022-09-29 readout, not in the gold)
    pytest.param("Vice President Kamala Harris today met with President Yoon Suk Yeol of the Republic of Korea (ROK) "
                 "in Seoul. The Vice President emphasized the importance of upholding the international rules-based "
                 "order and welcomed our close cooperation with the ROK across a range of issues to strengthen rules "
                 "and norms and to stand up for our common values and interests.", "2022-09-29",
                 [("CONSULT", ("KOR", "USA"), "occurred"), ("COOPERATE", ("KOR", "USA"), "occurred")],
                 id="welcomed-our-close-cooperation"),
    # talk of cooperation in general: the meeting only
    pytest.param("President Biden spoke today with President Lula of Brazil. They discussed ways to deepen "
                 "bilateral cooperation on climate.", "2023-02-10",
                 [("CONSULT", ("BRA", "USA"), "occurred")], id="discussed-ways-to-deepen"),
])
def test_cooperation_reviewed(text, published, expected):
    assert events_with_sides(text, published=published) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    # a joint statement's authors launching a partnership now: COOPERATE
    pytest.param("As leaders of Arctic nations, Canada, Finland, and the United States, we resolve to deepen our "
                 "cooperation. As part of this effort, we are announcing an enhanced trilateral partnership called "
                 "the Icebreaker Collaboration Effort or ICE Pact.", "2024-07-11",
                 [("AGREE", ("CAN", "FIN", "USA"), "occurred"), ("COOPERATE", ("CAN", "FIN", "USA"), "occurred")],
                 id="we-are-announcing-a-partnership"),  # "we resolve to deepen our cooperation": AGREE (dev gold)
    # one side's announcement of its own plan: no joint launch
    pytest.param("Today, the President announced new domestic steps he will take to continue building supply chain "
                 "resilience.", "2021-10-31", [], id="announced-domestic-steps"),
])
def test_joint_launch(text, published, expected):
    assert events_with_sides(text, published=published) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "published", "expected"), [
    # the country after a place "in Hiroshima, Japan" says where the place is: no side
    pytest.param("President Biden met Prime Minister Anthony Albanese of Australia today in Wilmington, Delaware. "
                 "They also reaffirmed their commitment to expand cooperation to build more diverse and resilient "
                 "critical minerals supply chains in accordance with the Compact they signed in Hiroshima, Japan, in "
                 "May 2023.", "2024-09-20",
                 [("CONSULT", ("AUS", "USA"), "occurred"), ("SUPPORT", ("AUS", "USA"), "occurred")],
                 id="signed-in-hiroshima-japan"),
])
def test_place_of_a_signing(text, published, expected):
    assert events_with_sides(text, published=published) == expected
