"""Counted office holders: "the three presidents", "the four leaders", "the two foreign ministers"
stand for the countries of the people of that office the article has named before, when they are
exactly as many (a summit article of Iran, Russia and Turkey names Syria more often than Iran,
and "the three presidents agreed" was once Russia, Syria and Turkey).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from accords.events.groups import MULTILATERAL_WORDS
from accords.model import Extraction

if TYPE_CHECKING:
    from accords.events.sideindex import ActorIndex, Side

_PRESIDENTS = frozenset({"president"})
_PREMIERS = frozenset({"prime minister", "premier"})
#: Heads of state and of government: "the three leaders", "the heads of state".
_HEADS_OF_STATE = _PRESIDENTS | frozenset({"king", "emir", "amir", "sultan", "queen"})
_LEADERS = _HEADS_OF_STATE | _PREMIERS | frozenset({"chancellor", "crown prince"})
_FOREIGN = frozenset({"foreign minister", "minister of foreign affairs", "secretary of state", "foreign secretary",
                      "external affairs minister", "minister of external affairs"})
_DEFENCE = frozenset({"defense minister", "defence minister", "minister of defense", "minister of defence",
                      "secretary of defense"})
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
#: Meeting nouns a multilateral word can size ("a trilateral summit", "the tripartite talks").
_MEETINGS = frozenset({"summit", "meeting", "talks", "talk"})


def holders(extraction: Extraction) -> tuple[tuple[int, str, str], ...]:
    """Each mention of a person with a title and a country: (start, title in lower case, country),
    in text order (`ActorIndex.offices`)."""
    found = [(evidence.start, entity.title.lower(), entity.country) for entity in extraction.entities
             if entity.type == "PERSON" and entity.title and entity.country for evidence in entity.evidence]
    return tuple(sorted(found))


def office_group(noun: Token | None, offset: int, index: ActorIndex) -> list[Side] | None:
    """The countries a counted group of office holders stands for: "the three presidents" after
    Iranian President Raisi, Russian President Putin and Turkish President Erdogan are Iran,
    Russia and Turkey; also "the presidents of the three countries", "the three countries'
    presidents". None when the phrase counts
    no office, or the article named before it not exactly that many countries of that office
    (then the group is resolved as before, `accords.events.groups.resolve_group`)."""
    if noun is None or noun.tag_ not in ("NNS", "NNPS"):
        return None
    titles = _titles(noun)
    size = _count(noun)
    if titles is None or size is None:
        return None
    codes = _countries_before(index, offset + noun.idx, titles)
    return [index.country_side(code) for code in codes] if len(codes) == size else None


def _countries_before(index: ActorIndex, before: int, titles: frozenset[str]) -> list[str]:
    """The distinct countries, in text order, of the people holding one of `titles` named before
    the article offset `before` (`ActorIndex.offices`)."""
    return list(dict.fromkeys(country for start, title, country in index.offices if start < before and title in titles))


def _titles(noun: Token) -> frozenset[str] | None:
    """The titles of the office a plural noun names ("presidents", "foreign ministers", "heads of state")."""
    lower = noun.lower_
    lefts = {c.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound")}
    if lower == "presidents" and not lefts.difference(_COUNTS):
        return _PRESIDENTS  # not "the two vice presidents"
    if lower == "leaders" and not lefts:
        return _LEADERS
    if lower in ("premiers", "chancellors") or (lower == "ministers" and lefts == {"prime"}):
        return _PREMIERS if lower != "chancellors" else frozenset({"chancellor"})
    if (lower == "ministers" and lefts == {"foreign"}) or (lower == "diplomats" and lefts == {"top"}):
        return _FOREIGN
    if lower == "ministers" and lefts & {"defense", "defence"} and len(lefts) == 1:
        return _DEFENCE
    if lower == "heads" and not lefts:
        objects = [g.lower_ for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"]
        if objects == ["state"]:
            return _HEADS_OF_STATE
        if objects == ["countries"]:
            return _LEADERS  # "the heads of the three countries"
    return None


def _count(noun: Token) -> int | None:
    """The number of a counted office ("the three presidents", "the presidents of the three
    countries"); None when it is not counted once, by a number from two to seven."""
    counts = [_COUNTS.get(c.lower_) for c in noun.children if c.dep_ == "nummod"]
    if not counts:  # "the presidents of the three countries", "the three countries' presidents"
        owners = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        counts = [_COUNTS.get(n.lower_) for g in owners + [c for c in noun.children if c.dep_ == "poss"]
                  if g.lower_ in ("countries", "states", "nations") for n in g.children if n.dep_ == "nummod"]
    return counts[0] if len(counts) == 1 else None


def meeting_group(trigger: Token, offset: int, index: ActorIndex, *, named: set[str]) -> list[Side] | None:
    """The countries a sized meeting whose sentence names no side stands for: "During the
    trilateral summit it was agreed ...", "a trilateral meeting with Pedersen in Geneva" after
    Iranian President Rouhani, Russian President Putin and Turkish President Erdogan are Iran,
    Russia and Turkey (not the article's three most named countries, Syria among them). The
    leaders named before the meeting noun, else the foreign ministers, when exactly as many
    countries as the meeting has sides and the sentence's countries (`named`) are none or all of
    them and more ("it was agreed to send aid to the people of Syria ... as well as Iran, Russia
    and Turkey"); None when the meeting lists its parties ("between ..."), or the article named
    another number of them (then the group is resolved as before)."""
    for noun in trigger.doc:
        if noun.lemma_.lower() not in _MEETINGS or noun.pos_ != "NOUN" or any(
                c.dep_ == "prep" and c.lower_ in ("between", "among", "of") for c in noun.children):
            continue
        sizes = [MULTILATERAL_WORDS.get(c.lower_, 0) for c in noun.children if c.dep_ in ("amod", "compound")]
        size = next((n for n in sizes if n >= 3), None)
        if size is None:
            continue
        for titles in (_LEADERS, _FOREIGN):
            codes = _countries_before(index, offset + noun.idx, titles)
            if len(codes) == size and (not named or (set(codes) < named)):
                return [index.country_side(code) for code in codes]
        return None
    return None
