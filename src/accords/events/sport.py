"""A sport report: its countries are teams and players, no states acting on each other.

Web news mixes sport with politics, and a sport report names countries on every line: "Australia
regain the Border-Gavaskar Trophy", "setting India a goal they might attain", a player who "rallied"
after losing a set, a champion from Spain who "holds" a service game against an American.
Read as a report between states, each sentence is a laughable AGREE, PROTEST or ASSAULT (the
twenty-third session's fresh dev and its sample of unannotated news). A page is a sport report
when the words of games (`_GAME_WORDS`: innings, wickets, goalkeeper, semi-final, tournament ...)
are many and dense; on such a page a sentence is read for events only when it names a state's
people or acts (`_STATE_WORDS`: a minister, the government, sanctions, talks), as a report of a
boycott or of a match between two countries' leaders does.
"""

from __future__ import annotations

import functools
import re

#: Words of games, players and contests (not "game", "set", "sets", "win", "final", "player", "league",
#: "club", "serve", "volley" or "doubles": those are common in any news, "key players", "the Arab
#: League", "the Paris Club", "a volley of missiles", "doubles its exports"). A tennis report counts
#: its strokes and breaks ("double-faults", "mini-break", "forehand"), a golf one its holes.
_GAME_WORDS = frozenset("""
    innings wicket wickets batsman batsmen bowler bowlers bowled overs
    goalkeeper striker strikers midfielder midfielders winger teammate teammates squad squads referee umpire
    coach coaches tournament tournaments championship championships playoff playoffs semi-final semi-finals
    semifinal semifinals quarter-final quarter-finals quarterfinal quarterfinals
    match matches fixture fixtures stadium scored scorer goals touchdown touchdowns quarterback
    tiebreak tie-break tiebreaker tie-breaker racket olympic olympics medal medals podium lap laps sprint marathon
    singles deuce forehand forehands backhand backhands double-fault double-faults double-faulted mini-break double-break
    birdie birdies bogey bogeys fairway fairways putt putts equaliser equalizer offside half-time scrum fly-half try-line
    football soccer cricket tennis rugby golf basketball hockey baseball athletics esports
""".split())
#: Words of a state's people and acts: a sentence with one still tells a possible event.
_STATE_WORDS = frozenset("""
    government governments minister ministers ministry president presidents prime embassy embassies ambassador
    ambassadors diplomat diplomats diplomatic parliament sanction sanctions treaty talks boycott boycotts
    foreign state's officials authorities regime
""".split())
_WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*")
#: How many game words, and how many per hundred words, make a page a sport report (the sport
#: pages of the dev gold have 1.75 to 3.3 in a hundred, its pages on relations 0.8 at most).
_LEAST_GAME_WORDS = 4
_GAME_WORDS_PER_HUNDRED = 1.5


@functools.lru_cache(maxsize=64)
def sport_page(text: str) -> bool:
    """Whether the text is a sport report: at least `_LEAST_GAME_WORDS` game words, and at
    least `_GAME_WORDS_PER_HUNDRED` of them in every hundred words."""
    words = _WORD.findall(text.lower())
    hits = sum(word in _GAME_WORDS for word in words)
    return hits >= _LEAST_GAME_WORDS and hits * 100 >= _GAME_WORDS_PER_HUNDRED * max(len(words), 1)


def game_sentence(page: str, sentence: str) -> bool:
    """Whether a sentence of a sport report tells the game, not a state's act: the page is a
    sport report (`sport_page`) and the sentence names no state's people or acts."""
    return sport_page(page) and not any(word in _STATE_WORDS for word in _WORD.findall(sentence.lower()))
