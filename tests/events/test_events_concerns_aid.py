"""White House readouts and statements (2021-2024, public domain; issue 13): concerns raised about
another side's acts are criticism of that side (ACCUSE), not of a place or of those one worries
for; "he"/"she" acting in an event stands for the one person the sentence before (or the main
clause) has as its subject; a bare "leaders" after a meeting are those who met; a list of leaders keeps those after a "Jr."; aid announced without an amount, or paid out ("disbursed"), goes
where its object or purpose names a state."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

WH = "The White House"


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("President Biden also raised concerns about the DPRK’s provocative behavior.",
                 [("ACCUSE", ("PRK", "USA"), "occurred")], id="concerns-about-owner"),
    pytest.param("President Biden also raised concerns regarding the threats posed by the Democratic People’s "
                 "Republic of Korea.", [("ACCUSE", ("PRK", "USA"), "occurred")], id="concerns-posed-by"),
    pytest.param("President Biden also expressed concern about Serbian military mobilizations near the Kosovo "
                 "border.", [("ACCUSE", ("SRB", "USA"), "occurred")], id="concern-demonym"),
    pytest.param("The leaders of Japan and the United States expressed concern about the People’s Republic of "
                 "China’s recent dangerous behavior in the South China Sea.",
                 [("ACCUSE", ("CHN", "JPN", "USA"), "occurred")], id="joint-concern"),
    # "voiced" concern as "expressed" (wh_20210413-biden-putin-call, wh_20211207-biden-putin-video-call); a second
    # place phrase joined to the first ("and on Ukraine's borders") is where, no one accused
    pytest.param("The President voiced our concerns over the sudden Russian military build-up in occupied Crimea and on "
                 "Ukraine’s borders.", [("ACCUSE", ("RUS", "USA"), "occurred")], id="voiced-concerns-over"),
    pytest.param("President Biden voiced the deep concerns of the United States and our European Allies about Russia’s "
                 "escalating military build-up around Ukraine.", [("ACCUSE", ("RUS", "USA"), "occurred")],
                 id="voiced-the-concerns-of"),
    # a situation, a place, those one worries for: no one accused
    pytest.param("The Vice President and King Abdullah of Jordan expressed concern about the recent violence and "
                 "tensions in Jerusalem and the West Bank.", [], id="concern-about-a-place"),
    pytest.param("President Biden and President Lula of Brazil expressed concern about the global effects of the "
                 "conflict on food and energy security.", [], id="concern-about-a-situation"),
    pytest.param("President Biden expressed his deep concern for the hostages that remain in Gaza.", [],
                 id="concern-for-someone"),
    # a clause of its own after "and": its own event, not the first one's complement
    pytest.param("President Biden also raised concerns regarding the threats posed by North Korea, and he "
                 "condemned Russia’s brutal and unjust war against Ukraine in the strongest terms.",
                 [("ACCUSE", ("PRK", "USA"), "occurred"), ("ACCUSE", ("RUS", "USA"), "occurred")],
                 id="and-he-condemned"),
    pytest.param("President Biden met President Yoon Suk Yeol of the Republic of Korea. He condemned Russia’s "
                 "brutal and unjust war against Ukraine.",
                 [("CONSULT", ("KOR", "USA"), "occurred"), ("ACCUSE", ("RUS", "USA"), "occurred")],
                 id="he-after-subject"),
    pytest.param("On December 13, 2024, President Biden met virtually with G7 Leaders. In the discussion, leaders "
                 "reiterated their shared commitment to continue supporting Ukraine.",
                 [("CONSULT", ("G7", "USA"), "occurred"), ("SUPPORT", ("G7", "UKR", "USA"), "occurred")],
                 id="bare-leaders-are-those-who-met"),
    pytest.param("President Biden also addressed pressing regional challenges. He underscored that all disputes "
                 "must be resolved peacefully. He raised concerns regarding PRC human rights abuses.",
                 [("ACCUSE", ("CHN", "USA"), "occurred")], id="he-after-he"),
])
def test_concerns(text, expected):
    assert events_with_sides(text, published="2022-11-13", source=WH) == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("In our continued efforts to end the COVID-19 pandemic worldwide, the United States announced the "
                 "donation of an additional two million vaccine doses to Colombia.",
                 [("AID", ("COL", "USA"), "occurred")], id="announced-donation"),
    pytest.param("President Biden highlighted that the United States has disbursed $20 billion to a new World Bank "
                 "fund to provide economic support for Ukraine.", [("AID", ("UKR", "USA"), "occurred")],
                 id="disbursed-for-purpose"),
    pytest.param("The Vice President announced $50 million in new humanitarian assistance to support displaced "
                 "people in Ukraine.", [("AID", ("UKR", "USA"), "occurred")], id="assistance-for-people-in"),
    pytest.param("The United States will provide $30 million to the World Food Programme to address food "
                 "insecurity in Kenya and Somalia.", [("AID", ("KEN", "SOM", "USA", "WFP"), "planned")],
                 id="through-a-programme"),
    # no one pays out; support announced is no aid
    pytest.param("The loan proceeds will be disbursed through multiple channels to support Ukraine’s budgetary "
                 "needs.", [], id="disbursed-passive"),
    pytest.param("The President announced his support for the resolution.", [], id="announced-support"),
])
def test_aid_destinations(text, expected):
    assert events_with_sides(text, published="2022-03-10", source=WH) == expected


@pytest.mark.slow
def test_list_with_generational_suffix():
    """"President Surangel Whipps, Jr. of Palau, ...": the parser hangs "of Palau" on "Jr."; the
    leaders after it in the list are met all the same."""
    text = ("President Joseph R. Biden, Jr. met with President Surangel Whipps, Jr. of Palau, President Wesley "
            "Simina of Micronesia, and President Hilda Heine of Marshall Islands today in New York.")
    assert events_with_sides(text, published="2024-09-24", source=WH) == [
        ("CONSULT", ("FSM", "MHL", "PLW", "USA"), "occurred")]
