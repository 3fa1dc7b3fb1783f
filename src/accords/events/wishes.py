"""General wishes are no events: "look forward to building on the partnership", "hope to
strengthen ties", "aims to deepen appreciation", "intends to work closely with".

A wish, aim or intention whose complement only carries the relation on in general (work with, build on,
strengthen, deepen, expand cooperation ...) states goodwill, not a plan an analyst would record
(tests/gold/README: plans, offers, invitations, future meetings and signings are AGREE). A wish
for a concrete act stays: "looks forward to welcoming President Moon on May 21", "look forward
to reconvening the Trade Policy Forum", and so does an aim with a figure ("aim to reach
bilateral trade of $3 billion"). This module owns the word lists of that rule.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Lemmas of wishing, aiming and intending ("look" only with "forward" or an infinitive: "looking to boost ties";
#: "underscored the desire to further strengthen transatlantic ties").
WISH_LEMMAS = frozenset("look hope wish aim hopefulness desire".split())

#: Lemmas of a plan: a plan to expand cooperation in a sector is AGREE (Tehran Times gold), so
#: only a plan to "work with" a partner on nothing concrete is general.
PLAN_LEMMAS = frozenset("intend plan seek want".split())

#: Complements that only carry a relation on in general.
GENERIC_COMPLEMENTS = frozenset(
    """work build strengthen deepen expand enhance advance continue cooperate collaborate cooperation
    collaboration partnership develop development increase boost improve grow further""".split()
)

_CLAUSES = ("xcomp", "ccomp", "acl")


def _complements(token: Token) -> list[Token]:
    found = [child for child in token.children if child.dep_ in _CLAUSES]
    for child in token.children:
        if child.dep_ in ("prep", "prt", "advmod") and child.lower_ in ("to", "forward", "for", "that"):
            for grandchild in child.children:
                if grandchild.dep_ in ("pobj", "pcomp", "xcomp", "prep"):
                    found.extend(grandchild.children if grandchild.dep_ == "prep" else [grandchild])
    return [t for t in found if t.dep_ not in ("prep",)]


#: Nouns a number counts without making a target ("our two nations").
_COUNTED_SIDES = frozenset("nation country side leader government people state".split())


def _generic(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma == "build":  # "aims to build a railway": a project; "building on the partnership": goodwill
        return any(c.lower_ in ("on", "upon") for c in token.children)
    return lemma in GENERIC_COMPLEMENTS


def _figure(token: Token) -> bool:
    if token.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
        return True
    return token.like_num and token.head.lemma_.lower() not in _COUNTED_SIDES


def general_wish(token: Token) -> bool:
    """Whether `token` wishes or aims for nothing more than carrying a relation on."""
    lemma = token.lemma_.lower()
    if lemma in PLAN_LEMMAS:
        return _general_work(_complements(token))
    if lemma not in WISH_LEMMAS:
        return False
    if lemma == "look" and not any(c.lower_ == "forward" or (c.dep_ == "xcomp" and _infinitive(c)) for c in token.children):
        return False  # "look forward to building on", "are looking to boost banking and trade ties"
    complements = _complements(token)
    if not complements:
        return False
    for complement in complements:
        if not _generic(complement):
            return False
        if any(_figure(t) for t in complement.subtree):
            return False  # "aim to reach trade of $3 billion": a target
    return True


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _general_work(complements: list[Token]) -> bool:
    """ "intends to work closely with the Israeli government on efforts to advance peace": no
    concrete act under "work" ("intend to work together to build the railway" stays)."""
    from accords.events.triggers import COOPERATIVE_COMPLEMENTS  # the owner of the act list

    def concrete(token: Token) -> bool:
        return (token.lemma_.lower() in COOPERATIVE_COMPLEMENTS and not _generic(token)) or _figure(token)

    return bool(complements) and all(
        c.lemma_.lower() == "work" and not any(concrete(t) for t in c.subtree) for c in complements
    )
