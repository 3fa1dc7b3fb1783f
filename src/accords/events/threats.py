"""Threats made as conditions, and whom a threat names in its complement.

News reports most threats without the word "threaten": "Trump said he would raise tariffs on
Chinese imports if no deal is reached with Beijing", "Washington will impose sanctions unless
Ankara halts the offensive". A measure one side says it will or would impose on another on a
condition (an "if" or "unless" clause) is that side's THREATEN against the other, made when it
is said; the measure itself is hypothetical and no SANCTION. Without a condition ("will impose
tariffs on December 15") it stays a planned measure, and a condition with no modal ("if the
U.S. imposes a tariff on Chinese televisions, the duty is paid ...") is an explanation, no
threat.

And a threat's target often sits in the complement, not next to the verb: "threatened to
impose sanctions on Turkey", "warned that it would cut aid to Kyiv".
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.measures import TARGET_PREPS, is_measure
from accords.events.status import clause_status

#: Verbs that impose a measure or make it heavier ("raise tariffs", "slap sanctions").
IMPOSING = frozenset("impose raise increase hike slap levy put place extend expand reimpose tighten".split())
#: Markers of a condition set to the other side.
_CONDITION_MARKS = frozenset({"if", "unless"})
#: Modals of a promise or a threat (not "may"/"could": a possibility is no threat).
_WILL = frozenset({"will", "would", "'ll", "'d", "shall"})
#: Verbs that already say a threat (their own trigger reports it).
_THREATENING = frozenset({"threaten", "warn", "vow"})
#: Prepositions after a cut, a halt or a break that name whom it hits ("cut aid to Kyiv",
#: "break relations with Russia"), and the verbs that take them.
_CUT_PREPS = frozenset({"to", "for", "from", "with"})
_CUTTING = frozenset("cut halt suspend stop break sever end freeze".split())
#: Verbs of what the one warned will suffer: their subject is whom the threat is against
#: ("warning that Seoul will pay dearly", "warned that Washington would face consequences").
_SUFFERING = frozenset("pay face suffer regret".split())


def _conditional(verb: Token) -> bool:
    """Whether the verb carries an "if"/"unless" clause (or its reporting verb does, as the
    parser sometimes attaches it there)."""
    owners = [verb] + ([verb.head] if verb.dep_ == "ccomp" else [])
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
        for owner in owners for c in owner.children
    )


def imposing_verb(token: Token) -> Token | None:
    """The verb that imposes the measure: the token itself (a verb of imposing with a measure
    as object), or the verb whose object the measure noun is."""
    if is_measure(token):
        verb = token.head
        if token.dep_ == "dobj" and verb.lemma_.lower() in IMPOSING:
            return verb
        return None
    if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in IMPOSING and any(
        c.dep_ == "dobj" and is_measure(c) for c in token.children
    ):
        return token
    return None


def conditional_measure(token: Token) -> bool:
    """Whether the token is a measure (or its verb of imposing, or another sanctioning verb:
    "will boycott", "would expel") that its own side says it will or would impose on a
    condition: a THREATEN, not a SANCTION."""
    verb = imposing_verb(token)
    if verb is None and token.pos_ in ("VERB", "AUX") and not is_measure(token):
        verb = token  # a sanctioning verb of the lexicon (the caller checked its type)
    if verb is None:
        return False
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in _THREATENING:
        return False  # "threatened to impose sanctions": the threatening verb reports it
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxes & _WILL) and _conditional(verb)


def threat_status(token: Token) -> str:
    """The status of a conditional threat: that of the saying (the threat was made), not of
    the measure (which is hypothetical)."""
    verb = imposing_verb(token) or token
    if verb is not None and verb.dep_ == "ccomp":
        return clause_status(verb.head)
    return "occurred"


def complement_targets(token: Token) -> list[Token]:
    """The phrases that name whom a threatening verb's complement would hit ("threatened *to
    impose sanctions on Turkey*", "warned it would cut aid to Kyiv"): the objects of their
    "on"/"against" (and, after a cut, "to"/"from") prepositions, and the subject of what the
    one warned will suffer ("warning that *Seoul* will pay dearly")."""
    if token.lemma_.lower() not in _THREATENING:
        return []
    found: list[Token] = []
    for complement in (c for c in token.children if c.dep_ in ("xcomp", "ccomp")):
        preps = TARGET_PREPS | (_CUT_PREPS if complement.lemma_.lower() in _CUTTING else frozenset())
        if complement.lemma_.lower() in _SUFFERING:
            found.extend(c for c in complement.children if c.dep_ == "nsubj")
        heads = [complement] + [c for c in complement.children if c.dep_ == "dobj"]
        for head in heads:
            for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in preps):
                found.extend(c for c in prep.children if c.dep_ == "pobj")
    return found


def condition_subjects(token: Token) -> list[Token]:
    """The subjects of the condition set to the other side ("threatened to break relations with
    Russia *unless the Kremlin* closed its radar base", "if *the United States* goes ahead"):
    whom the threat is made against when the complement names no one."""
    verbs = [token] + [c for c in token.children if c.dep_ in ("xcomp", "ccomp")]
    found: list[Token] = []
    for verb in verbs:
        for clause in (c for c in verb.children if c.dep_ == "advcl"):
            if any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in clause.children):
                found.extend(c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass"))
    return found
