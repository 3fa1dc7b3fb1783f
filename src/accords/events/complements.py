"""Whether an intention governs cooperative action: "readiness *to participate*", "vowed *to do
their best to deepen*", "will *spare no efforts to* boost" (`COOPERATIVE_COMPLEMENTS`)."""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.triggers import COOPERATIVE_COMPLEMENTS


#: Verbs whose purpose infinitive is what one sets out to do ("vowed to *do their best to*
#: deepen", "will *spare no efforts to* boost", "will *take necessary measures to* expand").
EFFORT_VERBS = frozenset({"take", "spare", "make", "do", "use", "utilize", "utilise"})
#: What one "spares none of" in the idiom of effort ("will spare *no efforts* to boost", "spared *no
#: expense*"): an object of "no" that denies nothing (`accords.events.status`).
EFFORT_NOUNS = frozenset({"effort", "expense"})


def effort_for_cooperation(verb: Token) -> bool:
    """"Do one's best / spare no efforts / take steps *to* <cooperative verb>": an effort verb
    whose purpose infinitive, in its own phrase, is cooperative action."""
    if verb.lemma_.lower() not in EFFORT_VERBS:
        return False
    return any(
        token.i != verb.i and token.dep_ in ("xcomp", "advcl", "acl", "relcl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) and _cooperative(token)
        for token in verb.subtree
    )


#: Acts of force or punishment one stands ready to take against another: a readiness to do them
#: is a warning, never an agreement ("we stand ready to impose further economic costs on Russia",
#: "Iran is ready to respond to any aggression").
_PUNITIVE = frozenset("impose punish retaliate respond sanction confront deter defend strike attack".split())
#: What is "taken" as a punishment ("stand ready to take further measures"), unless for a cooperative
#: purpose ("take steps to expand trade": `effort_for_cooperation`).
_PUNITIVE_MEASURES = frozenset("measure measures action actions step steps countermeasure countermeasures".split())


def punitive(verb: Token) -> bool:
    """Whether a readiness's complement is an act against another: "to impose further costs on
    Russia", "to respond to any aggression", "to take further measures", "to hold Russia
    accountable". A response to what others ask or need ("respond to requests") is no punishment;
    "take steps to expand trade" is an effort for cooperation."""
    lemma = verb.lemma_.lower()
    if lemma == "respond":
        return not any(c.dep_ == "prep" and c.lower_ == "to" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in ("request", "need", "call", "invitation", "proposal", "demand")
            for g in c.children) for c in verb.children)
    if lemma in _PUNITIVE:
        return True
    if lemma == "hold":
        return any(c.lower_ in ("accountable", "responsible") for c in verb.children)
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ in _PUNITIVE_MEASURES for c in verb.children) and not effort_for_cooperation(verb)
    return False


def has_cooperative_complement(token: Token) -> bool:
    """Whether an intention word governs cooperative action ("readiness *to participate*",
    "vowed *to do their best to deepen*"). A purpose clause is no complement of a verb that
    already says what is planned or whom one relies on: "is planning a party in Singapore *to
    launch* its services" (a party), "are looking to Brazil and India *to supply* demand"."""
    purpose_only = _own_occasion(token) or _relied_on(token)
    for child in token.children:
        if child.dep_ == "advcl" and purpose_only:
            continue
        if child.dep_ in ("xcomp", "dobj", "acl", "relcl", "advcl") or (child.dep_ == "ccomp" and token.pos_ == "VERB"):
            if child.lemma_.lower() in COOPERATIVE_COMPLEMENTS and not punitive(child):  # not "to hold Russia accountable"
                return True
            if child.dep_ == "xcomp" and effort_for_cooperation(child):
                return True
        if child.dep_ in ("prep", "prt"):
            for grandchild in child.children:
                if grandchild.dep_ in ("pobj", "pcomp", "xcomp") and _cooperative(grandchild):
                    return True
        if child.dep_ == "conj" and child.pos_ == token.pos_ and has_cooperative_complement(child):
            return True
    return False


def _cooperative(token: Token) -> bool:
    if token.lemma_.lower() in COOPERATIVE_COMPLEMENTS:
        return True
    return any(conj.lemma_.lower() in COOPERATIVE_COMPLEMENTS for conj in token.conjuncts)


#: Occasions one side holds for itself ("planning a party to launch its service"): what is
#: planned, whatever its purpose.
_OWN_OCCASIONS = frozenset("party parties celebration celebrations concert concerts festival festivals premiere "
                           "gala show shows exhibition exhibitions wedding launch".split())


def _own_occasion(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _OWN_OCCASIONS for c in verb.children)


def _relied_on(verb: Token) -> bool:
    """"Looking *to* Brazil and India to supply demand": a "to" phrase naming whom one counts on."""
    return verb.lemma_.lower() == "look" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") for g in c.children)
        for c in verb.children)
