"""A state that names a conflict or its settlement is what is talked about, not a side: "the
guarantors of the Syrian ceasefire", "talks in pursuit of peace in Syria", "a new meeting on
settling the Syrian conflict", "Syria's postwar settlement".

The state press tells the rounds of a peace process (the Astana talks of Iran, Russia and Turkey,
the envoys' tours over Nagorno-Karabakh) and names the country at war in nearly every sentence.
In a sentence (`conflict_name`, applied by `accords.events.formats.without_format_names`), a
country word that only modifies a conflict or settlement noun, or is the object of its "of",
"in", "over", "on" or "between" phrase, is no side of the event when that noun sits inside a
phrase (what something else is about); it stays when the noun is the event's own trigger ("the
war between Armenia and Azerbaijan") or what a verb of the clause acts on ("mediate the
Armenia-Azerbaijan conflict", "seeking to establish a ceasefire between Azerbaijan and Armenia":
the two are whom mediation is offered to), and the owner of a war ("Russia's war") keeps its side.
The article's pair is left as it is: leaving such names out of the count that picks it changed
the pair of Astana stories from Iran and Syria to another wrong pair (dev: 3 events, none right).

This module owns the settlement nouns; the conflict nouns are `accords.events.phrases.CONFLICT_NOUNS`.
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.phrases import ABOUT_PREPS, CONFLICT_NOUNS

#: Nouns of a conflict's settlement: the country that names one is what the settlement is of.
SETTLEMENT_NOUNS = frozenset("ceasefire cease-fire truce peace settlement constitution".split())
#: Links from a country word to the name it is part of ("between Armenia and Azerbaijan", "the
#: Armenia-Azerbaijan conflict").
_NAME_PARTS = frozenset({"conj", "compound", "nmod", "amod", "appos"})
#: Dependencies of a noun a verb acts on or that acts: the conflict is the clause's own.
_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass"})


def conflict_name(token: Token, trigger: Token) -> bool:
    """Whether the country word `token` only names a conflict or its settlement that the
    trigger's event is about (module doc)."""
    current = token
    for _ in range(3):
        if current.dep_ in _NAME_PARTS and current.head.pos_ in ("PROPN", "ADJ") and current.head != current:
            current = current.head
        else:
            break
    head = current.head
    if current.dep_ in ("amod", "compound", "nmod") or (current.dep_ == "poss" and head.lemma_.lower() in SETTLEMENT_NOUNS):
        noun = head
    elif current.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ABOUT_PREPS:
        noun = head.head
    else:
        return False
    lemma = noun.lemma_.lower()
    if noun.pos_ not in ("NOUN", "PROPN") or (lemma not in CONFLICT_NOUNS and lemma not in SETTLEMENT_NOUNS):
        return False
    return noun != trigger and _nested(noun)


def _nested(noun: Token) -> bool:
    """Whether a conflict or settlement noun is inside a phrase, what something else is about
    ("talks *on* the Syrian conflict", "guarantors *of* the Syrian ceasefire", "a meeting on
    *settling* the Syrian conflict"), not an argument of a clause's verb ("Iran is seeking to
    establish a ceasefire between Azerbaijan and Armenia": the two it would be between are whom
    the offer is for)."""
    if noun.dep_ in _ARGUMENTS:
        return noun.head.dep_ in ("pcomp", "acl")
    return noun.dep_ not in ("ROOT", "conj", "attr", "appos")
