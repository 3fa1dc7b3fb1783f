"""Whose decision a reaction answers when it names only "the decision".

News of reactions names the decision once and then reacts to it by a definite noun: "The United
States said on Monday it no longer considers Israeli settlements illegal ... Israel welcomed *the
decision*", "Russia also rejected *the move*", "Jordan condemned *the announcement*". The reaction
names no other side, but "the decision" is the one reported: its maker is the side named with the
same noun earlier in the article ("the US decision", "Washington's move", "the decision by the
Trump administration", "the announcement of the United States").

A backing, rejecting or accusing verb whose object is a bare definite decision noun ("the
decision", "this move"; not "the decision to build a wall", which says its own content, nor "its
decision", the subject's own) and whose sentence names no other side takes the side named with
the nearest earlier use of that noun in the article: a side right before it ("the US decision",
"Washington's move", with at most a possessive, a noun of government or one adjective between:
not "accused Iran over the decision") or after "by" or "of" right after it ("the decision by
Washington"). A place, or the reacting side itself, is not taken. A welcome whose decision has
no maker found stays no event (`accords.events.stances.backs_another`: "welcomed the release").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from accords.events.sideindex import ActorIndex, Side

#: Types of a reaction to a decision: backing, refusal, censure.
REACTION_TYPES = frozenset({"SUPPORT", "REJECT", "ACCUSE"})
#: Nouns of a decision reacted to.
DECISION_NOUNS = frozenset("decision decisions move announcement step recognition declaration".split())
#: Determiners that point back to something already said.
_BACK = frozenset({"the", "this", "that", "these", "such"})
#: How far before the noun a side naming its maker may stand ("the Trump administration's").
_BEFORE = 40
#: How far back in the article the earlier use of the noun is looked for.
_LOOK_BACK = 3000
#: What may stand between the maker's name and the noun: a possessive, a noun of government, an
#: adjective ("the US decision", "Washington's move", "the Trump administration's controversial
#: decision"); not a preposition or a verb ("accused Iran over the decision").
_MODIFIER_GAP = re.compile(
    r"^(?:['\u2019]s)?(?:\s+(?:administration|government|cabinet|president|leader)['\u2019]s)?"
    r"(?:\s+(?!(?:over|of|for|on|in|to|with|about|against|after|before|by|at|from|and|or|the|a|an)\b)[a-z-]+)?\s*$"
)
#: "the decision by Washington", "the announcement of the United States".
_AFTER = re.compile(r"\s+(?:by|of)\s+(?:the\s+)?")


def decision_object(trigger: Token) -> Token | None:
    """The bare definite decision noun the trigger acts on ("welcomed *the decision*"), or None."""
    for child in trigger.children:
        if child.dep_ not in ("dobj", "nsubjpass") or child.lemma_.lower() not in DECISION_NOUNS:
            continue
        determiners = [c.lower_ for c in child.children if c.dep_ == "det"]
        content = [c for c in child.children if c.dep_ in ("prep", "acl", "relcl", "compound", "amod", "poss", "nmod")]
        if determiners and determiners[0] in _BACK and not content:
            return child
    return None


def decision_makers(noun: Token, offset: int, text: str, index: ActorIndex, own: set[str]) -> list[Side]:
    """The side named with the nearest earlier use of `noun`'s word in `text` (before
    `offset`, the trigger's sentence start), other than `own`; an empty list when none is."""
    word = re.compile(rf"\b{re.escape(noun.lower_)}\b", re.IGNORECASE)
    start = max(0, offset - _LOOK_BACK)
    for match in reversed(list(word.finditer(text, start, offset))):
        before = [side for span_start, span_end, side, type_ in index.spans
                  if type_ != "PLACE" and side.country not in own and match.start() - _BEFORE <= span_start
                  and span_end <= match.start() and _MODIFIER_GAP.match(text[span_end:match.start()])]
        if before:
            return [before[-1]]
        after = _AFTER.match(text, match.end())
        if after is not None:
            named = [side for side, type_ in index.sides_in(after.end(), after.end() + 40)
                     if type_ != "PLACE" and side.country not in own]
            if named:
                return [named[0]]
    return []


def reacted_to(trigger: Token, offset: int, text: str, index: ActorIndex, own: set[str]) -> list[Side]:
    """The maker of the decision a reaction names only as "the decision" (see the module
    docstring); an empty list when the trigger acts on no such noun or no maker is found."""
    noun = decision_object(trigger)
    return decision_makers(noun, offset, text, index, own) if noun is not None else []
