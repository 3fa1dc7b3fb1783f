"""Phrases that name a group of sides: "the two countries", "the three leaders", "a trilateral
meeting", "the Caspian littoral states", "the participants", and what such a group stands for.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from accords.events.phrases import TOPIC_VERBS, phrase_tokens

if TYPE_CHECKING:
    from accords.events.actors import ActorIndex, Side

#: Phrases that name both sides of the article's relation.
PAIR_WORDS = frozenset({"country", "countries", "party", "parties", "side", "sides", "nation", "nations", "state", "states"})
#: Plural nouns that name a group of sides when counted ("the three countries", "all five navy
#: commanders", "the participants").
GROUP_WORDS = PAIR_WORDS | frozenset(
    """participants members companies governments leaders presidents ministers officials commanders delegations
    navies heads neighbours neighbors partners""".split()
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
#: Adjectives that say how many sides meet ("a trilateral meeting", "quadripartite talks").
MULTILATERAL_WORDS = {
    "trilateral": 3, "tripartite": 3, "three-way": 3, "three-party": 3, "quadrilateral": 4, "quadripartite": 4,
    "four-way": 4, "four-party": 4, "quintet": 5, "five-party": 5, "five-way": 5, "multilateral": 0,
}
#: The five Caspian littoral states (a fixed set: "the Caspian states", "the littoral states").
CASPIAN_STATES = ("AZE", "IRN", "KAZ", "RUS", "TKM")
#: A group whose size the text does not give ("the participants", "all parties").
UNSIZED = 0


def phrase_group(token: Token, *, deep: bool = False) -> tuple[int | None, bool]:
    """The size of the group of sides the phrase names, and whether it is the Caspian states.

    "the three countries" → 3, "all five navy commanders" → 5, "the participants" → `UNSIZED`,
    "a trilateral meeting" → 3, "the Caspian Sea littoral states" → (5, True); None when the
    phrase names no group.
    """
    size: int | None = None
    caspian = False
    for item in phrase_tokens(token, deep=deep):
        lower = item.lower_
        if lower in MULTILATERAL_WORDS:
            size = MULTILATERAL_WORDS[lower] or size or UNSIZED
        if lower == "caspian":
            caspian = True
        if lower in GROUP_WORDS and item.tag_ in ("NNS", "NNPS"):
            counted = [_COUNTS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
                       for c in item.children if c.dep_ in ("nummod", "amod", "quantmod", "compound")]
            counted = [n for n in counted if n]
            if counted:
                size = counted[0]
            elif lower in ("participants", "members") and size is None:
                size = UNSIZED
            elif any(c.lower_ == "all" for c in item.children) and size is None:
                size = UNSIZED
    if caspian and any(t.lower_ in ("states", "countries", "nations", "littoral", "navies", "sea") for t in phrase_tokens(token, deep=deep)):
        return len(CASPIAN_STATES), True
    return size, False


def resolve_group(size: int, caspian: bool, sentence: list[Side], recent: Sequence[tuple[Side, ...]],
                  index: ActorIndex) -> list[Side] | None:
    """The sides a group phrase stands for: the Caspian five; the countries the sentence names
    when they are as many; the last event's sides of that size; the article's most mentioned
    countries. An unsized group ("the participants") is the last multilateral event's sides."""
    if caspian:
        return [index.country_side(code) for code in CASPIAN_STATES]
    if size == UNSIZED:
        for sides in reversed(recent):
            if len({s.country for s in sides}) >= 3:
                return list(sides)
        return list(sentence) if len(sentence) >= 3 else None
    if size < 3:
        return None
    if len(sentence) == size:
        return list(sentence)
    for sides in reversed(recent):
        if len({s.country for s in sides}) == size:
            return list(sides)
    if len(index.ranked) >= size:
        return list(index.ranked[:size])
    return None


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
