"""Web news (twenty-third session, evnews32): who speaks for a state and who acts as none.

- A state's official outlet speaks for its state ("North Korea's official newspaper blasted South
  Korea": ACCUSE, `phrases.state_outlet`), and a dateline with a day ("SEOUL, Aug. 20 (Yonhap) --")
  is no side (`phrases._is_dateline`).
- Whom a warning is against: the subject of what it says the other will suffer ("warning that Seoul
  will pay dearly", `threats.complement_targets`).
- "Has no intention to talk with X" denies the talks (`status._no_intention`).
- A goal one side sets, or sets for another, is no agreement (`views.one_sided_goal`); the two
  countries setting one together is.
- Violence of a private person ("a 17-year-old girl from Reynosa, Mexico ... killed her") is crime
  news, no ASSAULT (`nonstate.private_violence`).
- "Rallied" is a protest only of a crowd ("thousands rallied"), not of a player or a currency
  (`hostility._crowd`).
- Backing a nominee ("defended President-elect Donald Trump's pick for secretary of state") is no
  state's support of another (`stances._NOMINEES`).

The sentences are from the newspaper4k test pages (MIT; tests/gold/README, "Web news dev additions
(twenty-third session ...)") or the seed article; the cricket and trade-talk sentences are our
own paraphrases."""

from __future__ import annotations

import pytest

from tests.events.sides import events_with_sides

_YONHAP = ("SEOUL, Aug. 20 (Yonhap) -- North Korea's official newspaper blasted South Korea on Tuesday for "
           "conducting a joint military exercise with the United States on the last day of the drill, warning that "
           "Seoul will pay dearly for such \"stupid\" acts.")
_NO_TALKS = ("A spokesperson of the North's committee handling inter-Korean affairs issued a statement Friday, saying "
             "Pyongyang has no intention to talk with South Korea again.")
_GATES = ("Former Defense Secretary Robert Gates on Sunday defended President-elect Donald Trump’s pick for secretary "
          "of state, ExxonMobil CEO Rex Tillerson, over his relationship with Russian President Vladimir Putin.")
_REYNOSA = ("In a page taken from the most gruesome of books, a 17-year-old girl from Reynosa, Mexico lured an "
            "8-months-pregnant woman to her home and killed her to try and steal her unborn baby.")


def _of(types: tuple[str, ...], text: str, published: str = "2019-08-20") -> list[tuple[str, tuple[str, ...], str]]:
    return [e for e in events_with_sides(text, published=published) if e[0] in types]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "types", "expected"), [
    pytest.param(_YONHAP, ("ACCUSE",), [("ACCUSE", ("KOR", "PRK"), "occurred")], id="official-newspaper-accuses"),
    pytest.param(_YONHAP, ("THREATEN",), [("THREATEN", ("KOR", "PRK"), "occurred")], id="warned-will-pay-dearly"),
    pytest.param("Iran warned that the United States would face consequences.", ("THREATEN",),
                 [("THREATEN", ("IRN", "USA"), "occurred")], id="warned-would-face-consequences"),
    pytest.param(_NO_TALKS, ("CONSULT", "AGREE"), [("CONSULT", ("KOR", "PRK"), "denied")], id="no-intention-to-talk"),
    pytest.param("Turkey has no plans to visit Iran.", ("CONSULT", "AGREE"), [("CONSULT", ("IRN", "TUR"), "denied")],
                 id="no-plans-to-visit"),
    pytest.param("The two countries set up a goal to bring the mutual trade turnover to $15 billion in 2023.",
                 ("AGREE",), [("AGREE", ("AZE", "TUR"), "occurred")], id="two-countries-set-a-goal"),
    pytest.param("By setting unrealistic goals for the trade talks, Trump makes the prospects for any sort of trade "
                 "deal with China more uncertain.", ("AGREE",), [], id="one-side-sets-goals"),
    pytest.param("Australia gained nothing by setting India a goal they might conceivably attain.", ("AGREE",), [],
                 id="goal-set-for-another"),
    pytest.param(_REYNOSA, ("ASSAULT",), [], id="private-person-kills"),
    pytest.param("Israeli forces killed three Palestinians in Jenin.", ("ASSAULT",),
                 [("ASSAULT", ("ISR", "PSE"), "occurred")], id="forces-kill"),
    pytest.param(_GATES, ("SUPPORT",), [], id="defended-a-nominee"),
    pytest.param("The young Czech player rallied in the second set but lost the match in straight sets in Melbourne.",
                 ("PROTEST",), [], id="player-rallied"),
    pytest.param("The dollar rallied against the yen in Tokyo.", ("PROTEST",), [], id="dollar-rallied"),
    pytest.param("Thousands of Iranians rallied in Tehran on Friday.", ("PROTEST",), [("PROTEST", ("IRN",), "occurred")],
                 id="thousands-rallied"),
])
def test_state_voice_and_private_acts(text, types, expected):
    if "two countries set up" in text:
        text = "Azerbaijan and Turkey held talks in Baku. " + text
    assert _of(types, text) == expected


_CRICKET = ("CommBank Test Series v India\n\nHeroics from Johnson, Harris not enough but Australia still regain "
            "Border-Gavaskar Trophy\n\nWhen rival captains Steve Smith and MS Dhoni decided no result was possible at "
            "6.24pm this evening, Australia had a further four of their compulsory 15 final-hour overs to bowl and India "
            "was nowhere close to their notional victory target of 384 from a minimum 70 overs at 6-174.\n\nThe captain "
            "and his brains trust will doubtless argue there was nothing to gain by setting India a goal they might "
            "conceivably attain.\n\nOn day three, the highly rated top-order batsman came in at No.6, lasted eight balls "
            "from which he was dropped once before holing out to an ugly slog sweep having scored three.\n\nWhen India’s "
            "in-form opener Murali Vijay (11) was pinned lbw, the tourists were surging towards defeat at 3-19, and the "
            "wicket the Australians sought came after tea.")
_TALKS = ("Iran and Turkey signed an agreement on trade in Tehran on Monday. The two presidents also watched a football "
          "match between the national teams, and the foreign ministers held talks on the border.")


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_CRICKET, [], id="cricket-report-no-events"),
    pytest.param(_TALKS, ["CONSULT", "SUPPORT"], id="talks-with-a-match-kept"),
])
def test_sport_report_names_no_state_acts(text, expected):
    assert sorted({e[0] for e in events_with_sides(text, published="2014-12-30")}) == expected
