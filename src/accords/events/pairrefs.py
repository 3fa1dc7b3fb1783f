"""Which two sides "the two countries", "both sides" or "the two sides" stand for.

`accords.events.actors.event_sides` completes an event whose sides are named as a pair
("the two countries agreed ...") with a pair told before. The pair was the last meeting of two
the article told, else the last event of two, else the article's two most named countries
(`relations.completing_pair`). A report on one pair often tells of another pair's conflict in
passing, and its "the two countries" are that other pair: "Exchange of fire between Azerbaijan
and Armenia broke out on April 2. Dozens of servicemen from both sides have been killed. On April
5, the two countries agreed to enact an immediate ceasefire" in a Tehran Times report of Zarif's
visit to Baku (whose pair is Iran and Azerbaijan); "... a source of conflict between Baku and
Yerevan ... The two sides have agreed to a ceasefire" after a call of Rouhani and Putin.

`with_named_pairs`: the sentences that name two countries together ("between Azerbaijan and
Armenia", "Baku and Yerevan", "the Armenia-Azerbaijan war") and no other side, nor a person nor a
pronoun that would say who speaks of them ("He condemned the war between Russia and Ukraine" is
the speaker's act). `told_pair`: the pair a country-noun pair phrase stands for: such a pair named
in the nearest earlier sentence that names a side (within `NEAREST` sentences), before the last
meeting of two and the last event of two. People counted as two ("the two leaders", "both
ministers") are those who met, not a pair named since. `own_relation`: an event whose own sentence
names two countries in a relationship phrase ("relations ... between Iran and Mali") takes that
pair, not the article's; "relations between the two countries" said by a side outside the
article's pair adds no third side.

`pair_current` and `other_pair_before` (twenty-eighth session): in an article, an event that names no
side takes the article's pair only while the text is still about it: the last event of two countries
told before it is the pair's, or its sentence or the one before names both ("During the Israeli air
strikes on Gaza, Iran's chief diplomat launched an intensive campaign ... in his talks with regional
and international figures" after the JCPOA talks, in a report of a call of Iran's and Turkey's foreign
ministers, is no act of Iran and Turkey). "Both countries" after a sentence that names two countries
outside the pair, not as a pair, stands for those two, whom no sentence showed acting together: it is
completed with no pair.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from accords.events.relations import RECORD_SENTENCES
from accords.model import Segment

if TYPE_CHECKING:
    from accords.events.sideindex import ActorIndex, Side

#: How many sentences back a pair named together may be what "the two countries" stands for.
NEAREST = 3
#: What joins the names of the two countries of a pair ("Armenia and Azerbaijan", "the
#: Armenia-Azerbaijan war", "Baku and Yerevan", "Israel and the Republic of Lebanon").
_JOINED = re.compile(r"\s*(?:-|–|/|,?\s*and)\s*(?:the\s+)?(?:Republic\s+of\s+)?", re.IGNORECASE)
#: A sentence opening with a pronoun: someone the sentence does not name speaks or acts.
_PRONOUN_OPENING = re.compile(r"\W*(?:he|she|they|we|i|it|his|her|their|our)\b", re.IGNORECASE)
#: Nouns of a pair phrase that name countries, not people ("the two countries", "both sides",
#: "the parties"): those a text names together may be another pair than those who met.
COUNTRY_NOUNS = frozenset({"countries", "nations", "states", "sides", "parties", "neighbors", "neighbours"})


def with_named_pairs(index: ActorIndex, text: str, sentences: Sequence[Segment]) -> ActorIndex:
    """The index with, for every sentence, its start, end and the two sides it names together
    (`told_pair`); () when it names others or none together, None when it names no side."""
    found: list[tuple[int, int, tuple[Side, ...] | None]] = []
    for sentence in sentences:
        named = index.sides_in(sentence.start, sentence.end)
        found.append((sentence.start, sentence.end, _joined_pair(index, text, sentence) if named else None))
    return dataclasses.replace(index, named_pairs=tuple(found))


def _joined_pair(index: ActorIndex, text: str, sentence: Segment) -> tuple[Side, ...]:
    """The two countries a sentence names together and alone (no third side, no person, no
    opening pronoun), as sides; () otherwise."""
    spans = [(start, end, side, type_) for start, end, side, type_ in index.spans
             if sentence.start <= start < sentence.end]
    codes = {side.country for _start, _end, side, _type in spans}
    if len(codes) > 2 and (between := _between_pair(index, text, spans)):
        return between  # "Iran has long called for respect ... amid tensions between Azerbaijan and Armenia"
    if len(codes) != 2 or any(type_ == "PERSON" for *_rest, type_ in spans):
        return ()
    if _PRONOUN_OPENING.match(text[sentence.start:sentence.end]):
        return ()
    for (_s1, end1, side1, _t1), (start2, _e2, side2, _t2) in itertools.pairwise(spans):
        if side1.country != side2.country and start2 >= end1 and _JOINED.fullmatch(text[end1:start2]):
            return index.country_side(side1.country), index.country_side(side2.country)  # not "Baku"
    return ()


def _between_pair(index: ActorIndex, text: str, spans: Sequence[tuple[int, int, Side, str]]) -> tuple[Side, ...]:
    """The one pair of countries a sentence that names others too puts "between" ("border
    tensions *between Azerbaijan and Armenia*"); () when there is none or more than one."""
    found = [(index.country_side(first.country), index.country_side(second.country))
             for (start1, end1, first, type1), (start2, _e2, second, type2) in itertools.pairwise(spans)
             if "COUNTRY" == type1 == type2 and first.country != second.country and start2 >= end1
             and _JOINED.fullmatch(text[end1:start2]) and _BETWEEN.search(text[max(0, start1 - 30):start1])]
    return found[0] if len(found) == 1 else ()


#: "between" just before the first country of a pair ("between the Republic of Azerbaijan and Armenia").
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:Republic\s+of\s+)?$", re.IGNORECASE)


def named_before(offset: int, index: ActorIndex) -> tuple[Side, ...] | None:
    """The two countries named together in the nearest sentence before `offset` that names a
    side, when it is one of the `NEAREST` sentences before it; None otherwise."""
    earlier = [pair for _start, end, pair in index.named_pairs if end <= offset][-NEAREST:]
    named = [pair for pair in earlier if pair is not None]
    return named[-1] if named and named[-1] else None


def told_pair(offset: int, index: ActorIndex, noun: str | None, met: Sequence[tuple[Side, ...]] | None,
              recent: Sequence[tuple[Side, ...]]) -> tuple[Side, ...] | None:
    """The two sides a pair phrase of the sentence at `offset` stands for (`noun`: its noun,
    lower case): a pair named together just before, for countries or sides; else the last
    meeting of two (`met`), else the last event of two (`recent`); None: the article's pair."""
    if noun in COUNTRY_NOUNS and (near := named_before(offset, index)) is not None:
        return near
    told = next((sides for sides in (*reversed(met or ()), *reversed(recent))
                 if len({side.country for side in sides}) == 2), None)
    return None if told is None else tuple({side.country: side for side in told}.values())


def pair_related(index: ActorIndex, recent: Sequence[tuple[Side, ...]], offset: int) -> bool:
    """Whether the sentence at `offset` or one before it names both members of the article's
    pair (`ActorIndex.pair_shown_at`: "the Iran-Azerbaijan joint project", "Iran and Azerbaijan
    are neighbours. ... They agreed to ..."), or an event told before relates them. A sentence that names no side
    ("consultation with Tribal Nations", "set an ambitious goal for electric vehicles") takes
    the pair only in a text that has shown the pair acting together: a fact sheet on batteries
    that names China three times as a supplier is no report of US-China relations, and its
    sentences are no events between them."""
    if index.pair_shown_at is not None and index.pair_shown_at <= offset:
        return True
    pair = {side.country for side in index.pair}
    return any(pair <= {side.country for side in sides} for sides in recent)


def pair_current(index: ActorIndex, recent: Sequence[tuple[Side, ...]], offset: int) -> bool:
    """Whether a sentence (at `offset`) that names no side is still about the article's pair:
    the last event of two countries told before it is an event of the pair, or the sentence or
    the one before it names both members (with no event of two told yet, one of the `NEAREST`
    before it: "Armenia buys Iranian gas under a swap arrangement. Armenia pays for the gas with
    electricity. The minister said the country is ready to double the volume of the swap"). A
    report on Iran and Azerbaijan that turns to Russia and Turkey ("Putin met Erdogan in Sochi.
    ... Talks on gas prices will be held next month") has left the pair, though it named the
    pair at its start (`pair_related`); a record of `RECORD_SENTENCES` or fewer has not. An
    event of two organisations ("collaboration within ... the Economic Cooperation Organization and the
    Non-Aligned Movement") is no other pair of countries: it leaves the pair where it was."""
    if len(index.named_pairs) <= RECORD_SENTENCES:
        return True  # a record of a sentence or three is about its pair ("... Iran and Tajikistan are friends.")
    pair = {side.country for side in index.pair}
    states = {side.country for _start, _end, side, type_ in index.spans if type_ != "ORG"}  # not "NAM", the Movement
    last = next((codes for codes in ({side.country for side in sides} for sides in reversed(recent))
                 if len(codes) == 2 and codes & states), None)
    # with no event of two told yet, the sentences before (`NEAREST`) are all that says what the text is about
    return last == pair or pair <= _named_near(index, offset, 1 if last is not None else NEAREST)


def _named_near(index: ActorIndex, offset: int, before: int) -> set[str]:
    """The countries named in the sentence at `offset` and the `before` sentences before it."""
    bounds = [(start, end) for start, end, _pair in index.named_pairs]
    at = next((n for n, (start, end) in enumerate(bounds) if start <= offset < end), None)
    if at is None:
        return set()
    start = bounds[max(0, at - before)][0]
    return {side.country for side, _type in index.sides_in(start, bounds[at][1])}


def other_pair_before(offset: int, index: ActorIndex, pair: Sequence[Side]) -> bool:
    """Whether the nearest earlier sentence that names a side (within `NEAREST`) names two
    countries, neither of them in `pair`, not joined as a pair ("Russia's war ... Turkey's drones.
    Both countries ..."): "both countries" stands for those two, whom the sentence does not say
    acted together, so it is completed with no pair. One of the pair named with a venue ("met
    with ... Chinese ... Wang Yi in Malta. The two sides had candid discussions") is no other pair."""
    earlier = [(start, end) for start, end, _pair in index.named_pairs if end <= offset][-NEAREST:]
    naming = [(start, end) for start, end in earlier if index.sides_in(start, end)]
    if not naming:
        return False
    start, end = naming[-1]
    codes = {side.country for at, _end, side, type_ in index.spans if start <= at < end and type_ == "COUNTRY"}
    return len(codes) == 2 and not codes & {side.country for side in pair}


def pair_apart(offset: int, index: ActorIndex, acting: set[str], recent: Sequence[tuple[Side, ...]]) -> tuple[Side, ...] | None:
    """The two sides a pair phrase that is not the subject stands for when the one who acts
    (`acting`, one country) would be one of them: "Iran has called on both sides to put an end to
    violence" after "Armenia asserts that Azerbaijan is launching a military campaign" is Armenia
    and Azerbaijan, not Iran and one of them. The two other countries its sentence names, or the
    nearest earlier sentence that names another country (within `NEAREST`), else the last event
    of two countries without the one who acts; None when there is none."""
    earlier = [(start, end) for start, end, _pair in index.named_pairs if start <= offset][-NEAREST - 1:]
    named = {(start, end): pair for start, end, pair in index.named_pairs}
    for start, end in reversed(earlier):  # its own sentence first ("During phone conversations with ...")
        if acting & {side.country for side in named[start, end] or ()}:
            return None  # "the meeting between the presidents of the two countries" after "between Iran and Azerbaijan"
        codes = {side.country for at, _end, side, type_ in index.spans
                 if start <= at < end and type_ == "COUNTRY"} - acting
        if len(codes) == 2:
            return tuple(index.country_side(code) for code in sorted(codes))
        if codes:
            break
    for sides in reversed(recent):
        codes = {side.country for side in sides}
        if len(codes) == 2 and not codes & acting:
            return tuple({side.country: side for side in sides}.values())
    return None


#: A relationship noun just before "between" ("friendly relations and international cooperation
#: *between* Iran and Mali", "ties between the two countries"): the pair that follows is the two
#: related, not a topic ("border tensions between Armenia and Azerbaijan" names no relationship).
_RELATION_BETWEEN = re.compile(
    r"\b(?:relations|ties|relationship|cooperation|co-operation|friendship|partnership|links|trade)\s+between\s+(?:the\s+)?",
    re.IGNORECASE)
#: What may stand between "between" and the first country ("between the Republic of Azerbaijan and ...").
_OPENING = re.compile(r"(?:Republic\s+of\s+)?", re.IGNORECASE)
#: "between the two countries" after a relationship noun: the pair counted, named before.
_TWO_AFTER = re.compile(r"(?:two|both)\s+(?:countries|nations|states|sides|neighbors|neighbours)\b", re.IGNORECASE)


def relation_pair(index: ActorIndex, sentence: str, at: int) -> tuple[Side, ...] | None:
    """The two countries a sentence (its text `sentence`, starting at `at`) names in a relationship
    phrase ("ready to help strengthen friendly relations ... between Iran and Mali"): the sides of
    an event of that sentence whose other sides it does not name, whatever pair the article is
    about. () for "between the two countries" (a pair counted, not named); None when there is none."""
    for match in _RELATION_BETWEEN.finditer(sentence):
        rest = sentence[match.end():]
        if _TWO_AFTER.match(rest):
            return ()
        spans = [(start - at, end - at, side) for start, end, side, type_ in index.spans
                 if at + match.end() <= start < at + len(sentence) and type_ in ("COUNTRY", "PLACE")]
        if len(spans) >= 2 and _OPENING.fullmatch(sentence[match.end():spans[0][0]]) and spans[0][2].country != spans[1][2].country \
                and _JOINED.fullmatch(sentence[spans[0][1]:spans[1][0]]):
            return index.country_side(spans[0][2].country), index.country_side(spans[1][2].country)
    return None


def own_relation(index: ActorIndex, sentence: str, at: int, known: Sequence[Side], *, counted: bool) -> ActorIndex:
    """The index whose pair completes an event of the sentence at `at` (`known`: the sides the
    event has): the pair the sentence names in a relationship phrase when the sentence names no
    other side ("He also said he's ready to help strengthen friendly relations ... between Iran and
    Mali" in a report on Iran and Tajikistan: Iran and Mali); for "relations between the two
    countries" (`counted`: the event names a pair phrase) with one side named outside the
    article's pair, that side and the one member of the pair the sentence names ("The Senegalese
    foreign minister expressed her readiness to work with Abdullahian to strengthen ... relations
    between the two countries": Senegal and Iran, not a third side), or no pair to complete with."""
    related = relation_pair(index, sentence, at)
    codes = {side.country for side in known}
    if related:
        # a sentence that names a third side tells of a go-between ("thanked Iran for taking
        # positive steps to mend relations between Turkey and Iraq"): its event is not the pair's
        named = {side.country for side, _type in index.sides_in(at, at + len(sentence))} | codes
        return dataclasses.replace(index, pair=related) if named <= {side.country for side in related} else index
    pair_codes = {side.country for side in index.pair}
    if related is None or not counted or len(codes) != 1 or codes <= pair_codes:
        return index
    named = {side.country for side, _type in index.sides_in(at, at + len(sentence))} & pair_codes
    other = [side for side in index.pair if side.country in named] if len(named) == 1 else []
    return dataclasses.replace(index, pair=(*known[:1], *other) if other else ())
