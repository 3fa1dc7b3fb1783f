"""Whom a rejection answers, and court appeals (issue 13, `accords.events.replies`,
`accords.events.nonevents.legal_appeal`).

- "Beijing rejected the accusations" after "Trump accused China of ..." answers the United
  States: a REJECT whose object is a definite accusation or demand, and that names no other side,
  takes whoever made the last such event against the rejecting side; so do a denial of an act told
  by a gerund ("Russia denied meddling") and a refusal to act ("China refused to commit").
- "Their lawyers said they would appeal" is a court appeal, no REQUEST; "appealed to X to" and
  "appealed for calm" stay.
- In wire news (an outlet with no home country) a plan, promise or intention whose sentence names
  no side is no AGREE of the article's pair.

Sentences written for these tests, in the constructions of wire news."""

from __future__ import annotations

import pytest

from tests.events.sides import directed_events, events_with_sides


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("President Donald Trump accused China of stealing American technology on Tuesday. "
                 "Beijing rejected the accusations as groundless.",
                 ("REJECT", ("CHN",), ("USA",)), id="rejected-the-accusations"),
    pytest.param("The European Union called on Russia to release the detained activists. "
                 "Russia dismissed the demand as interference in its affairs.",
                 ("REJECT", ("RUS",), ("EU",)), id="dismissed-the-demand"),
    pytest.param("Britain's foreign secretary accused Russia of interfering in the election. Russia denied meddling.",
                 ("REJECT", ("RUS",), ("GBR",)), id="denied-an-act-told-by-a-gerund"),
    pytest.param("Saudi Arabia accused Iran of arming the rebels. Iran has denied supplying weapons to them.",
                 ("REJECT", ("IRN",), ("SAU",)), id="denied-supplying"),
    pytest.param("US President Donald Trump demanded that China buy more US farm goods. China refused to commit to "
                 "a figure.", ("REJECT", ("CHN",), ("USA",)), id="refused-what-was-demanded"),
    pytest.param("The United States accused China of stealing trade secrets. China called the accusations groundless.",
                 ("REJECT", ("CHN",), ("USA",)), id="called-the-accusations-groundless"),
    pytest.param("The US State Department criticised Iran's crackdown on protesters. Iran dismissed the criticism as "
                 "interference.", ("REJECT", ("IRN",), ("USA",)), id="dismissed-the-criticism"),
])
def test_a_rejection_answers_the_reported_one(text, expected):
    assert expected in directed_events(text, published="2019-11-20")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # the accusations name their own content and maker: no earlier event is meant
    pytest.param("President Donald Trump accused China of stealing American technology on Tuesday. "
                 "Iran rejected the accusations of fraud made by opposition groups.", id="accusations-of-fraud"),
    # no accusation against Iran was reported
    pytest.param("President Donald Trump accused China of stealing American technology on Tuesday. "
                 "Iran rejected the accusations.", id="not-accused"),
    # nothing was demanded of China, nor was anyone accused by it
    pytest.param("President Donald Trump accused China of stealing American technology on Tuesday. "
                 "China refused to comment on the trade talks.", id="refused-to-comment"),
    pytest.param("The US Congress denied funding for the border wall. Mexico welcomed the vote.", id="denied-funding"),
    pytest.param("The United States accused China of stealing trade secrets. The Chinese minister called the plan "
                 "absurd.", id="called-a-plan-absurd"),
])
def test_no_answer_when_none_was_reported_against_the_side(text):
    assert not [e for e in directed_events(text, published="2019-11-20") if e[0] == "REJECT" and e[2]]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Turkey said it would appeal the ruling of the European court.", [], id="appeal-the-ruling"),
    pytest.param("The court rejected the case of the Iranian company, and its lawyers said they would appeal.", [],
                 id="they-would-appeal"),
    pytest.param("Iran appealed to the United Nations to stop the attacks.", [("REQUEST", ("IRN", "UN"), "occurred")],
                 id="appealed-to-x-to"),
])
def test_court_appeals(text, expected):
    assert [e for e in events_with_sides(text, published="2019-11-20") if e[0] == "REQUEST"] == expected


_WIRE_ARTICLE = ("France and Germany signed a defence agreement in Paris on Monday. The deal covers the joint purchase "
                 "of tanks and aircraft. Ministers will also discuss the reform of the European budget next week. "
                 "Officials said the leaders of France and Germany were pleased. The French president called the deal "
                 "historic.")


@pytest.mark.slow
@pytest.mark.parametrize(("source", "expected"), [
    # wire news: "Ministers will also discuss ..." names no side; the article's pair is only a guess
    pytest.param(None, [("SUPPORT", ("DEU", "FRA"), "occurred")], id="wire-no-plan-of-no-side"),
    # an outlet with a home speaks for its side: the plan stays with the pair
    pytest.param("Azernews", [("SUPPORT", ("DEU", "FRA"), "occurred"), ("AGREE", ("DEU", "FRA"), "planned")],
                 id="home-outlet-keeps-it"),
])
def test_a_plan_of_no_named_side_in_wire_news(source, expected):
    """`accords.stages.events`: an AGREE whose sentence names no side, said by no quoted
    speaker and not of "we", "the leaders" or "both", is dropped in an outlet with no home
    country (`accords.knowledge.home_country`). Article written for this test."""
    assert events_with_sides(_WIRE_ARTICLE, published="2019-11-20", source=source) == expected


_EXPELLED = ("Britain expelled 23 Russian diplomats on Wednesday. Russia promised retaliation. The EU backed Britain. "
             "Officials in London said more steps were possible.")
_REVENGE = ("Israeli troops killed three Palestinians in Jenin on Monday. The Palestinian Authority vowed revenge "
            "against Israel. Egypt called for calm. Jordan condemned the raid.")
_TIES = ("Iran promised to deepen its ties with Iraq, the foreign minister said. Iraq and Iran signed deals. "
         "Trade grew. Officials met.")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "expected"), [
    pytest.param(_EXPELLED, "AGREE", [], id="promised-retaliation-is-no-agreement"),
    pytest.param(_REVENGE, "THREATEN", [("THREATEN", ("ISR", "PSE"), "occurred")], id="vowed-revenge-against"),
    pytest.param(_TIES, "AGREE", [("AGREE", ("IRN", "IRQ"), "occurred")], id="promised-to-deepen-ties-stays"),
])
def test_a_promise_of_reprisal_is_a_threat(text, kind, expected):
    """`accords.events.cameo.REPRISALS`: "vowed revenge", "promised retaliation" threaten; they
    agree to nothing. Articles written for this test."""
    assert [e for e in events_with_sides(text, published="2019-11-20") if e[0] == kind] == expected
