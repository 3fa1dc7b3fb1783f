"""False events of web news (evnews33): pages and phrases that name countries but tell no act
between states. Sentences are the newspaper4k test pages' own (MIT) or paraphrases written for
these tests."""

from __future__ import annotations

import pytest

from accords.events import sport
from tests.events.sides import events_with_sides

_TENNIS = ("Result: Moreau 6-7 6-2 7-6 6-3 Keller. France's Moreau beats Keller of Germany in the second "
           "singles rubber. Keller double-faults twice at deuce and Moreau takes the mini-break in the tiebreak. "
           "Moreau chases down a forehand and wins the point with a backhand pass. Keller double-faults again "
           "and the Frenchman secures the double-break before holding to love in the fourth.")
_GOLF = ("Lindqvist of Sweden made four birdies on the back nine and one bogey at the 14th, where his drive "
         "missed the fairway. He holed a long putt at the last to lead the Korean by a shot, with two birdies "
         "from Park keeping the tournament close.")
_MISSILES = ("Iran fired a volley of missiles at the base, and the foreign ministry said the country doubles its "
             "exports of oil to China while it singles out the United States for new sanctions. The two sides "
             "will hold talks in Oman on the sets of measures each has imposed.")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(_TENNIS, True, id="tennis-strokes-and-breaks"),
    pytest.param(_GOLF, True, id="golf-holes"),
    pytest.param(_MISSILES, False, id="volley-doubles-singles-sets-are-news-words"),
])
def test_sport_page(text, expected):
    sport.sport_page.cache_clear()
    assert sport.sport_page(text) is expected


@pytest.mark.slow
def test_family_visit_is_no_consult():
    text = ("Across the wider West Bank, at least 121 Palestinians have been killed by Israeli forces or settlers. "
            "During a break from his shift at Ramallah Hospital, he explains that he now lives locally, but his "
            "parents and siblings still live in Hebron. Normally, he’d spend his weekends visiting them, but in recent "
            "weeks he has been unable to travel due to delays caused by the closure of checkpoints across the region.")
    assert events_with_sides(text, published="2023-11-07") == [("ASSAULT", ("ISR", "PSE"), "occurred")]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The Israeli foreign minister visited Ramallah on Monday.", [("CONSULT", ("ISR", "PSE"), "occurred")],
                 id="named-visit-kept"),
])
def test_visits_in_a_pair_article_kept(text, expected):
    pair = "Israel and the Palestinian Authority held talks in Cairo. The two sides signed a security accord. "
    assert [e for e in events_with_sides(pair + text, published="2023-11-07") if e[0] == "CONSULT"][1:] == expected


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("But on October 7, on the other side of Israel, the country’s famed surveillance network apparently "
                 "failed. Hamas gunmen breached the high-tech border separating Gaza from Israel and murdered 1,400 "
                 "people, taking more than 200 hostages.", [], id="killing-of-nameless-people-is-no-one-sided-assault"),
    # where the attack happened, told by its "when" clause, is the side hit (paraphrases written for this test, reg34)
    pytest.param("Two Palestinian gunmen killed seven people on Friday when they entered a cafe in Tel Aviv.",
                 [("ASSAULT", ("ISR", "PSE"), "occurred")], id="nameless-victims-of-a-place-abroad-kept"),
    pytest.param("Two Palestinian gunmen killed seven people on Friday when they entered a market in Gaza.",
                 [], id="nameless-victims-at-home-still-dropped"),
    pytest.param("Two Palestinian gunmen killed seven people on Friday before they fled to Tel Aviv.",
                 [], id="a-place-of-another-clause-is-no-scene"),
    pytest.param("Hamas fighters killed 12 Israeli civilians near the fence.", [("ASSAULT", ("PSE",), "occurred")],
                 id="civilians-of-a-named-nation-not-dropped"),
    pytest.param("Israeli forces killed three Palestinians in the West Bank.", [("ASSAULT", ("ISR", "PSE"), "occurred")],
                 id="nationals-hit-kept"),
    pytest.param("The Houthis have launched attacks targeting commercial vessels.", [("ASSAULT", ("YEM",), "occurred")],
                 id="attack-on-things-kept-one-sided"),
])
def test_assault_names_whom_it_hits(text, expected):
    assert events_with_sides(text, published="2023-11-07") == expected
