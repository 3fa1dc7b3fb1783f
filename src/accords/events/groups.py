"""Phrases that name a group of sides: "the two countries", "the three leaders", "a trilateral
meeting", "the Caspian littoral states", "the participants", and what such a group stands for.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from accords.events.triggers import MEETING_NOUNS
from accords.events.phrases import ABOUT_PREPS, CONFLICT_NOUNS, RELATING, TOPIC_VERBS, nested_venues, phrase_tokens
from accords.gazetteer.countries import CASPIAN_STATES
from accords.scan import lists

if TYPE_CHECKING:
    from accords.events.sideindex import ActorIndex, Side

#: Phrases that name both sides of the article's relation.
PAIR_WORDS = frozenset({"country", "countries", "party", "parties", "side", "sides", "nation", "nations", "state", "states"})
#: Plural nouns that name a group of sides when counted ("the three countries", "all five navy
#: commanders", "the participants").
GROUP_WORDS = PAIR_WORDS | frozenset(
    """participants members companies governments leaders presidents ministers officials commanders delegations
    navies heads neighbours neighbors partners guarantors""".split()
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
#: Adjectives that say how many sides meet ("a trilateral meeting", "quadripartite talks").
MULTILATERAL_WORDS = {
    "trilateral": 3, "tripartite": 3, "three-way": 3, "three-party": 3, "quadrilateral": 4, "quadripartite": 4,
    "four-way": 4, "four-party": 4, "quintet": 5, "five-party": 5, "five-way": 5, "multilateral": 0,
}
#: Bodies a multilateral word describes, not a group of the sides: "cooperation in multilateral
#: institutions" is where the sides work, not a meeting of many.
_BODIES = frozenset("institution organization organisation body forum fora system bank agency arena".split())
#: A group whose size the text does not give ("the participants", "all parties").
UNSIZED = 0
#: A group named by its part in a process the text tells of ("the guarantor states", "the Astana
#: guarantors"): the countries the text listed before, whatever their number.
LISTED = -1
#: Groups of no given size: resolved after the counted ones.
UNCOUNTED = frozenset({UNSIZED, LISTED})
#: Modifiers that name states by their part in a process ("the guarantor countries").
_PROCESS_ROLES = frozenset({"guarantor"})


def of_one_nation(noun: Token, offset: int, index: ActorIndex) -> bool:
    """Whether a counted plural is qualified by one country: "six Russian technology companies",
    "the two Iranian officials", "two U.S. firms" are people or bodies of one side, no group of
    sides (once "six Russian technology companies" in a White House fact sheet stood for the
    article's six most named countries). "The three Central Asian countries" names no one country,
    and "the two Iranian and Turkish ministers" two; "G7 Members" are a body's, many sides."""
    words = [word for c in noun.lefts if c.dep_ in ("amod", "compound", "nmod") for word in c.subtree]  # "Russian technology"
    named = {side.country for word in words for side, type_ in index.sides_in(offset + word.idx, offset + word.idx + len(word))
             if type_ == "COUNTRY"}  # not "G7 members", "EU states": a body's members are many sides
    return len(named) == 1


def _describes_body(word: Token) -> bool:
    """Whether a multilateral word describes a body (`_BODIES`), also as the second of two
    adjectives: "regional and multilateral organizations such as ECO" is where the sides work,
    no group of them."""
    while word.dep_ == "conj" and word.head.pos_ == "ADJ":
        word = word.head  # "multilateral" is hung on "regional", the noun's own adjective
    return word.dep_ == "amod" and word.head.lemma_.lower() in _BODIES


def phrase_group(token: Token, offset: int, index: ActorIndex, *, deep: bool = False) -> tuple[int | None, bool]:
    """The size of the group of sides the phrase names, and whether it is the Caspian states.

    "the three countries" → 3, "all five navy commanders" → 5, "the participants" → `UNSIZED`,
    "the guarantor states" → `LISTED`, "a trilateral meeting" → 3, "the Caspian Sea littoral states" → (5, True); None when the
    phrase names no group ("six Russian technology companies", `of_one_nation`). `offset` is the
    sentence's start in the article.
    """
    size: int | None = None
    caspian = False
    for item in phrase_tokens(token, deep=deep):
        lower = item.lower_
        if lower in MULTILATERAL_WORDS and not _describes_body(item):
            size = MULTILATERAL_WORDS[lower] or size or UNSIZED
        if lower == "caspian":
            caspian = True
        if lower in GROUP_WORDS and item.tag_ in ("NNS", "NNPS") and not of_one_nation(item, offset, index):
            counted = [_COUNTS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
                       for c in item.children if c.dep_ in ("nummod", "amod", "quantmod", "compound")]
            counted = [n for n in counted if n]
            if counted:
                size = counted[0]
            elif lower in ("participants", "members") and size is None:
                size = UNSIZED
            elif any(c.lower_ == "all" for c in item.children) and size is None:
                size = UNSIZED
            elif size is None and (lower == "guarantors" or any(
                    c.dep_ in ("amod", "compound") and c.lower_ in _PROCESS_ROLES for c in item.children)):
                size = LISTED  # "the guarantor states of the Astana peace process", "the guarantors"
    if caspian and any(t.lower_ in ("states", "countries", "nations", "littoral", "navies", "sea") for t in phrase_tokens(token, deep=deep)):
        return len(CASPIAN_STATES), True
    return size, False


def with_named_lists(index: ActorIndex, text: str) -> ActorIndex:
    """The index with the lists of three countries or more the text names ("the presidents of Iran,
    Russia and Turkey", "deputy foreign ministers of Iran, Russia, Syria, and Turkey"): where each
    ends and its countries, in text order, for the group phrases that stand for them (`listed_before`)."""
    countries = [(start, end, side) for start, end, side, type_ in index.spans if type_ == "COUNTRY"]
    found: list[tuple[int, tuple[Side, ...]]] = []
    for run in lists.runs(text, [(start, end) for start, end, _side in countries]):  # "Iran, Russia and Turkey"
        found.extend(_as_list([countries[position] for position in run], index))
    return dataclasses.replace(index, named_lists=tuple(found))


def _as_list(run: Sequence[tuple[int, int, Side]], index: ActorIndex) -> list[tuple[int, tuple[Side, ...]]]:
    codes = list(dict.fromkeys(side.country for _start, _end, side in run))
    return [(run[-1][1], tuple(index.country_side(code) for code in codes))] if len(codes) >= 3 else []


def listed_before(size: int, offset: int, index: ActorIndex) -> list[Side] | None:
    """The countries of the last list of `size` countries (of any size for `LISTED`) the text
    names before `offset` (the sentence of a group phrase): "the three countries have agreed ..."
    after "Iran, Turkey and Russia brokered the Astana talks" are those three, not the article's
    most named countries."""
    for end, sides in reversed(index.named_lists):
        if end <= offset and (len(sides) == size or size == LISTED):
            return list(sides)
    return None


def resolve_group(size: int, caspian: bool, sentence: list[Side], recent: Sequence[tuple[Side, ...]],
                  index: ActorIndex, offset: int) -> list[Side] | None:
    """The sides a group phrase stands for: the Caspian five; the countries the sentence names
    when they are as many; the last list of as many countries the text named before the sentence
    (at `offset`, `listed_before`); the last event's sides of that size; the article's most
    mentioned countries. An unsized group ("the participants") is the last multilateral event's
    sides; one named by its part (`LISTED`: "the guarantor states") the last list, else the same."""
    if caspian:
        return [index.country_side(code) for code in CASPIAN_STATES]
    if size == LISTED and (listed := listed_before(size, offset, index)) is not None:
        return listed
    if size in UNCOUNTED:
        for sides in reversed(recent):
            if len({s.country for s in sides}) >= 3:
                return list(sides)
        return list(sentence) if len(sentence) >= 3 else None
    if size < 3:
        return None
    if len(sentence) == size:
        return list(sentence)
    if (listed := listed_before(size, offset, index)) is not None:
        return listed
    for sides in reversed(recent):
        if len({s.country for s in sides}) == size:
            return list(sides)
    if len(index.ranked) >= size:
        return list(index.ranked[:size])
    return None


def met_and_named(size: int, sentence: list[Side], met: Sequence[tuple[Side, ...]]) -> list[Side] | None:
    """A group the leaders who last met form with the countries their sentence names: after a
    meeting of Japan and the United States, "they agreed to accelerate trilateral cooperation with
    the Republic of Korea" is Japan, the United States and Korea (not the last three-sided event's
    sides); None when they are not as many as the group's size."""
    last = next((sides for sides in reversed(met) if len({s.country for s in sides}) >= 2), None)
    if size < 3 or last is None:
        return None
    members = list({side.country: side for side in last}.values())
    known = {side.country for side in members}
    named = list({side.country: side for side in sentence if side.country not in known}.values())
    return members + named if named and len(members) + len(named) == size else None


def trigger_groups(trigger: Token) -> list[tuple[int, bool]]:
    """Multilateral words on the trigger or its object ("a trilateral meeting", "held quadripartite
    talks"), and for an agreement anywhere in what is agreed ("agreed that quadripartite talks
    would continue among ...")."""
    heads = [trigger] + [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "attr")
                         and trigger.lemma_.lower() not in TOPIC_VERBS]  # "discussed trilateral cooperation": a topic
    if trigger.dep_ in ("relcl", "acl"):
        heads.append(trigger.head)  # "the first trilateral deal an Iranian company signed"
        if trigger.head.head.pos_ in ("NOUN", "PROPN"):
            heads.append(trigger.head.head)
    words = [child for head in heads for child in head.children]
    if trigger.lemma_.lower() in ("agree", "decide", "accord"):
        words = list(trigger.subtree)
    return [(MULTILATERAL_WORDS[w.lower_], False) for w in words if MULTILATERAL_WORDS.get(w.lower_)]


#: Nouns whose country adjective or "of"/"in"/"over"/"between" phrase names what a group's
#: sentence is about, not a member ("the sovereignty ... of Syria", "the Syrian issue", "the war
#: between Armenia and Azerbaijan"): the conflict nouns (`accords.events.phrases.CONFLICT_NOUNS`)
#: and the nouns of a state's standing and prospects.
TOPIC_NOUNS = CONFLICT_NOUNS | frozenset(
    """sovereignty integrity independence unity security stability developments reconstruction future settlement
    affairs matter problem""".split()
)


def named_as_topic(sentence: Token, offset: int, index: ActorIndex) -> set[str]:
    """Countries the trigger's sentence (`sentence`: any token of its parse) names only inside
    the topic of a `TOPIC_NOUNS` noun (issue 13): "Presidents of Iran, Russia and Turkey held a
    tripartite virtual summit voicing strong commitment to the sovereignty ... of Syria", "In
    addition to the Syrian issue, they confirmed their intention to strengthen trilateral
    coordination": the three are Iran, Russia and Turkey, not Syria. A country also named
    outside such a topic stays."""
    inside: set[int] = set()
    for token in sentence.doc:
        if token.lemma_.lower() in RELATING and token.dep_ in ("amod", "acl"):
            inside.update(t.i for t in token.subtree)  # "a meeting ... to discuss issues related to Syria"
        if token.lemma_.lower() in _MEETINGS and token.pos_ == "NOUN" and _parties_listed(token):
            # "a trilateral summit on Syria between the leaders of Turkey, Russia and Iran": the
            # parties are listed, what the summit is on is its topic
            inside.update(t.i for c in token.children if c.dep_ == "prep" and c.lower_ in _MEETING_TOPIC_PREPS
                          for t in c.subtree)
        if token.lemma_.lower() not in TOPIC_NOUNS or token.pos_ not in ("NOUN", "PROPN"):
            continue
        for child in token.children:
            if child.dep_ in ("amod", "compound"):
                inside.update(t.i for t in child.subtree)
            elif child.dep_ == "prep" and child.lower_ in ABOUT_PREPS:
                inside.update(t.i for t in child.subtree)
    return _named_only_inside(sentence.doc, inside, offset, index)


def named_as_venue(trigger: Token, offset: int, index: ActorIndex) -> set[str]:
    """Countries a meeting's sentence names only inside a place phrase of the trigger or of a
    meeting noun ("the guarantor states ... ended their 11th round of talks *in the Kazakh
    capital*", "met *in Astana, Kazakhstan*"): the host of a group's meeting, no member of it."""
    heads = [trigger] + [t for t in trigger.doc if t.lemma_.lower() in _MEETINGS and t.pos_ == "NOUN"]
    inside = {t.i for head in heads for pobj in nested_venues(head) if _a_place(pobj, offset, index) for t in pobj.subtree}
    return _named_only_inside(trigger.doc, inside, offset, index)


def _named_only_inside(doc: Doc, inside: set[int], offset: int, index: ActorIndex) -> set[str]:
    """Countries the doc names only at tokens of `inside` (a topic or a place phrase), nowhere else."""
    within: set[str] = set()
    elsewhere: set[str] = set()
    for token in doc:
        for side, _type in index.sides_in(offset + token.idx, offset + token.idx + len(token.text)):
            (within if token.i in inside else elsewhere).add(side.country)
    return within - elsewhere


#: Common nouns of a place phrase that name where a meeting is ("in the Kazakh capital").
_PLACE_NOUNS = frozenset("capital city resort town".split())


def _a_place(pobj: Token, offset: int, index: ActorIndex) -> bool:
    """Whether a place phrase's object is a place ("in Astana, Kazakhstan", "in the Kazakh
    capital"), not a time the parser hung a list on ("back in November 2021, Iran, Kazakhstan, and
    Turkmenistan had signed ..."), nor a place with a list of sides hung on it ("During the trilateral
    meeting in Baku, Azerbaijan, Georgia and Turkey agreed ...": the list may be the subject)."""
    if any(t.dep_ == "cc" for t in pobj.subtree):
        return False
    if pobj.lemma_.lower() in _PLACE_NOUNS:
        return True
    return index.place_at(offset + pobj.idx, offset + pobj.idx + len(pobj.text)) is not None or any(
        type_ == "COUNTRY" for _side, type_ in index.sides_in(offset + pobj.idx, offset + pobj.idx + len(pobj.text)))


def _parties_listed(meeting: Token) -> bool:
    """Whether a meeting noun lists its parties in a "between"/"among" phrase."""
    return any(c.dep_ == "prep" and c.lower_ in ("between", "among") and any(g.dep_ == "pobj" for g in c.children)
               for c in meeting.children)


_MEETING_TOPIC_PREPS = frozenset({"on", "about", "over"})
#: Meeting words: a country named only as a topic is no one met ("a tripartite virtual summit
#: voicing strong commitment to the sovereignty ... of Syria" is no meeting with Syria; backing
#: the sovereignty of Syria backs Syria): the meeting nouns of `triggers.MEETING_NOUNS` (their one owner) but the
#: loose ones (a discussion, a session, a call, a conversation, a dialogue, a roundtable: never read here), and the
#: verbs of meeting, holding and hosting.
_MEETINGS = (MEETING_NOUNS - {"discussion", "discussions", "session", "call", "conversation", "dialogue", "roundtable"}) | {
    "meet", "hold", "host"}


def beside_group(recipients: list[Side], known: set[str], topic: set[str], trigger: Token) -> list[Side]:
    """The recipients left beside a resolved group (`known`): not its members, and for a meeting
    not a country named only as its topic (`named_as_topic`)."""
    meeting = trigger.lemma_.lower() in _MEETINGS
    return [s for s in recipients if s.country not in known and not (meeting and s.country in topic)]
