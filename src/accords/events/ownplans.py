"""A side's plan for itself is no agreement with another: "Ukraine intends to build on the
successful establishment of its independent anti-corruption infrastructure", "Ukraine plans to
strengthen accountability ... including through legislation" (a U.S.-Ukraine joint statement).

A plan verb ("intend", "plan", "aim") whose sentence names one side and whose complement names
no partner, no joint act and no relation (no "with", "together", "cooperation", "trade",
"visit" ...) is a domestic undertaking. The events stage had given it the article's pair as a
second side, an AGREE between the two that no one agreed (evprec22 audit of unannotated White
House and Tehran Times events). A plan with a partner in its words ("plans to expand trade with
Turkey", "intends to sign the agreement", "aims to boost bilateral ties") stays; so does a plan
said by a speaker (`quoted_speaker`), whose country the events stage reads from the quote.
This module owns the word lists of that rule.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs of a plan (not of a wish or a readiness, which `accords.events.wishes` reads).
_PLANNING = frozenset({"intend", "plan", "aim"})

#: Words that make a plan relational: a partner, a joint act, a relation, an exchange or a
#: document between sides.
_RELATIONAL = frozenset(
    """with together jointly joint between among bilateral bilaterally mutual mutually partner partners
    partnership partnerships cooperation cooperate collaboration collaborate coordination coordinate
    alliance ally allies relation relations tie ties trade export exports import imports investment
    invest investor investors visit meet meeting talks summit dialogue negotiate negotiation agreement
    deal memorandum treaty accord sign help assist assistance aid support supply provide offer
    both each other their our counterpart counterparts neighbor neighbors neighbour neighbours
    region regional international global partner-country""".split()
)


def own_plan(token: Token) -> bool:
    """Whether `token` is a plan verb whose complement names no partner, joint act or relation
    (`_RELATIONAL`): the planner's own undertaking."""
    if token.lemma_.lower() not in _PLANNING or token.pos_ not in ("VERB", "AUX"):
        return False
    complements = [c for c in token.children if c.dep_ in ("xcomp", "ccomp")]
    if not complements:
        return False
    words = {t.lemma_.lower() for c in complements for t in c.subtree} | {
        t.lower_ for c in complements for t in c.subtree
    }
    return not words & _RELATIONAL and not any(t.ent_type_ in ("GPE", "NORP") for c in complements for t in c.subtree)
