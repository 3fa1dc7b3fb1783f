"""Demands reported as obligations: "Russia said on Tuesday that Sudan must return a Mi-26
helicopter", "A senior British minister reiterated that Libya must hand over alleged bombers",
"The Bush administration declared that China must drop barriers to U.S. exports".

Wire news reports most demands without the word "demand": one side says that another must (or
should, has to, needs to) act. That is the speaker's REQUEST of the other (PLOVER's DEMAND),
made when said; whatever the other must do ("must reach an agreement", "must be ready to
mediate") is not done nor agreed, so it is no event of its own. Both sides must be named: the
speaker as the subject of the saying verb, the one asked as the subject of the obligation.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs that report what a side says.
SAYING = frozenset(
    "say declare reiterate insist stress emphasize emphasise announce state tell warn add note underline repeat "
    "maintain argue".split()
)
#: Modals of obligation.
_MUST = frozenset({"must", "should", "ought"})
#: "has to", "needs to": verbs that take an obligation's infinitive.
_NEED = frozenset({"have", "need"})


def obligation_verb(token: Token, *, authored: bool = False) -> bool:
    """Whether the token is the verb of an obligation laid on someone in a reported clause
    ("said that Sudan *must return* ..."), with its own subject; in a statement whose authors
    are known (`authored`), also one the statement lays itself ("Russia *must end* its illegal
    war of aggression", a main clause with a named subject): the authors' demand."""
    if not (token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")):
        return False
    verb = token
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _NEED and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        verb = verb.head  # "Libya has to hand over": the obligation sits on "has"
    elif not any(c.dep_ == "aux" and c.lower_ in _MUST for c in verb.children):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "must not": a warning, left to the THREATEN/ACCUSE rules
    if authored and verb.dep_ == "ROOT":
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in verb.children)
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAYING:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in verb.children) and any(
        c.dep_ == "nsubj" for c in verb.head.children
    )


def _clause_verb(token: Token) -> Token:
    return token.head if token.dep_ == "xcomp" and token.head.lemma_.lower() in _NEED else token


def speaker_and_asked(token: Token) -> tuple[Token | None, Token | None]:
    """The subject of the saying verb (who demands) and the subject of the obligation (who is
    asked; None for a passive subject that is no name)."""
    verb = _clause_verb(token)
    asked = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if asked is not None and asked.dep_ == "nsubjpass" and asked.pos_ != "PROPN":
        # a passive obligation asks its subject only when the subject is a name ("Israel must be
        # held accountable"): "Syria's territorial integrity must be preserved" asks no one, least
        # of all Syria (the obligation is still a demand: what it asks is not done)
        asked = None
    if verb.dep_ == "ROOT":
        return None, asked  # the statement's own demand: its authors ask
    speaker = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return speaker, asked


def inside_obligation(token: Token, demand: Token) -> bool:
    """Whether `token` (another trigger) lies in what the asked side must do ("must *reach an
    agreement*", "must be *ready* to mediate"): asked for, not done."""
    verb = _clause_verb(demand)
    _speaker, asked = speaker_and_asked(demand)
    if token == demand or token == verb:
        return False
    if asked is not None and token in asked.subtree:
        return False
    return token in verb.subtree


#: Dependents that belong to the name of the one asked ("the Sudanese government and the
#: rebels"), not prepositional phrases ("the conflict *in Syria*": a place, no side asked).
_NAME_DEPS = frozenset({"compound", "amod", "poss", "appos", "conj", "cc", "det", "nmod", "case", "punct"})


def name_tokens(head: Token) -> list[Token]:
    """The tokens that name a side in a subject phrase, without its prepositional phrases and
    clauses."""
    found = [head]
    for child in head.children:
        if child.dep_ in _NAME_DEPS:
            found.extend(name_tokens(child))
    return found
