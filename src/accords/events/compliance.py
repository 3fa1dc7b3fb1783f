"""A state that will not comply with another's measure rejects it: "the Turkish government
repeatedly announced that it will not comply with the U.S. sanctions against Iran", "Ankara will
not abide by the American bans", "we will not implement U.S. sanctions against Iran".

The negated verb made these a denied act of compliance, so nothing was reported. The refusal is
stated, so it is a REJECT that occurred (tests/gold/README: refusing an offer is `REJECT`), of
the refusing side and the state that imposed the measure, named by a modifier of the measure
("U.S. sanctions", "the American bans") or by "by"; the measure's target ("against Iran") is no
side of the refusal. Only a refusal whose subject names the side, or is "it", "he" or "she" of a
reporter (`accords.events.pronouns`), counts: on 49 corpus texts with these verbs, a quoted "we"
and a "they" each gave the refusal a wrong side. The words are `accords.events.triggers.COMPLYING`.
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.measures import IMPOSER_PREPS, is_measure
from accords.events.phrases import subject_of
from accords.events.triggers import COMPLYING

_NEGATIONS = frozenset({"not", "n't", "never"})
#: Subjects that leave the refusing side to a guess (a quoted speaker's "we", a "they" of several).
_GROUP_PRONOUNS = frozenset({"we", "they", "you"})


def refused_measure(verb: Token) -> Token | None:
    """The measure a negated verb of compliance refuses ("will not comply *with the U.S.
    sanctions*"), or None."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in COMPLYING:
        return None
    if not any(c.dep_ == "neg" and c.lower_ in _NEGATIONS for c in verb.children):
        return None
    subject = subject_of(verb)
    if subject is None or subject.lower_ in _GROUP_PRONOUNS:
        return None  # "we will not implement ...", "they do not accept ...": who refuses is a guess
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and is_measure(child):
            return child
        if child.dep_ == "prep" and child.lower_ in ("with", "by"):
            found = next((g for g in child.children if g.dep_ == "pobj" and is_measure(g)), None)
            if found is not None:
                return found
    return None


def imposers(measure: Token) -> list[Token]:
    """The words that name who imposed `measure`: its modifiers before it ("U.S.", "American",
    "Washington's") and a "by" phrase."""
    named = [c for c in measure.children if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i < measure.i]
    return named + [g for c in measure.children if c.dep_ == "prep" and c.lower_ in IMPOSER_PREPS
                    for g in c.children if g.dep_ == "pobj"]

