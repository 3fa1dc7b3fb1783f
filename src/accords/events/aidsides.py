"""Where aid goes when the verb's own "to"/"for" phrase names no state (issue 13).

White House texts announce aid with its destination inside what is given or in the purpose it
serves: "announced $50 million in new humanitarian assistance to support displaced people *in
Ukraine*", "USAID is providing more than $20 million to support food security *in Kenya*", "has
disbursed $20 billion to a new World Bank fund to provide economic support *for Ukraine*". The
state named there receives the aid (the gold's convention: aid "in the Nigeria and the DRC" is
given to both); without it the event had the giver alone and was dropped, or took the article's
pair.
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.actors import ActorIndex, Side, phrase_sides

#: Prepositions that name where aid goes, inside what is given or its purpose.
_DESTINATION_PREPS = frozenset({"in", "for", "to"})


def destinations(trigger: Token, offset: int, index: ActorIndex) -> list[Side]:
    """States named as where the aid of `trigger` goes: in "in"/"for"/"to" phrases of what is
    given (its object) or of the purpose clause ("to support ... in Kenya"); `offset` is the
    sentence's start in the article."""
    phrases = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    phrases += [c for c in trigger.children if c.dep_ in ("advcl", "xcomp")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    found: list[Side] = []
    for phrase in phrases:
        for prep in phrase.subtree:
            if prep.dep_ != "prep" or prep.lower_ not in _DESTINATION_PREPS:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                for side in phrase_sides(pobj, offset, index)[0]:
                    if side.country not in {s.country for s in found}:
                        found.append(side)
    return found
