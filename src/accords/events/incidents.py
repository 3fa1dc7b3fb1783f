"""Attacks and protests told as nouns (issue 13): "Israeli airstrikes hit targets in Gaza",
"the bombing killed 20 people", "protests erupted in Baghdad", "Sunday's attack on the embassy".

News tells violence and unrest by its noun as often as by a verb. A noun of an attack or a
protest is an event only where its sentence reports it happening: it is the subject of a verb of
harm or of happening ("killed", "hit", "erupted", "took place", "left five dead"). A noun that
is what another verb acts on ("Sunday's attack on the embassy was condemned by Britain") is left
to that verb: its subject would be taken for the attacker. A noun that names an attack in
general ("attacks on the press", "the threat of an attack"), a past one as background ("since
the 2015 attacks"), a heart attack or a market rally is none. Who attacked is its modifier
("*Israeli* airstrikes", "a *Hamas* attack"); whom it hit its "on" or "against" phrase
(`accords.events.violence.aimed_at`); where no side is named, the place it happened in
(`accords.events.scenes`).
"""

from __future__ import annotations

from spacy.tokens import Token

#: Nouns of an armed attack (ASSAULT). "Strike" only as an air strike; "blast" and "explosion" are
#: left out (gas blasts and accidents).
ATTACK_NOUNS = frozenset(
    "attack attacks airstrike airstrikes air-strike air-strikes bombing bombings shelling massacre assassination "
    "ambush raid raids".split()
)
#: Nouns of street protest (PROTEST). "Rally" is left out (markets rally).
PROTEST_NOUNS = frozenset("protest protests demonstration demonstrations riot riots".split())
INCIDENT_NOUNS = ATTACK_NOUNS | PROTEST_NOUNS | frozenset({"strike", "strikes"})
#: Verbs whose subject an attack or protest happening is: harm done, or the act taking place.
_HAPPENING = frozenset(
    "kill wound injure hit destroy damage target leave claim erupt break take happen occur spread rock shake "
    "escalate paralyse paralyze engulf sweep continue intensify".split()
)
#: Modifiers of an attack noun that make it no armed attack.
_NOT_ARMED = frozenset("heart panic asthma anxiety cyber verbal personal political rhetorical".split())


def incident_spec(noun: Token) -> tuple[str, str | None] | None:
    """(type, mode) of the attack or protest this noun reports happening, or None."""
    lemma, word = noun.lemma_.lower(), noun.lower_
    if word in ("strike", "strikes") and not any(c.lower_ in ("air", "drone", "missile") for c in noun.children):
        return None  # "an air strike", "drone strikes"; not a labour strike or a deal struck
    if word in ATTACK_NOUNS or lemma in ATTACK_NOUNS or word in ("strike", "strikes"):
        type_ = "ASSAULT"
    elif word in PROTEST_NOUNS or lemma in PROTEST_NOUNS:
        type_ = "PROTEST"
    else:
        return None
    if any(c.lower_ in _NOT_ARMED for c in noun.children if c.dep_ in ("compound", "amod")):
        return None  # "a heart attack", "verbal attacks"
    return (type_, None) if _happening(noun) else None


def _happening(noun: Token) -> bool:
    """"The bombing killed 20", "protests erupted", "the attack took place", "attacks left five
    dead": the subject of a verb of harm or happening that is not negated."""
    head = _verb_of(noun)
    if head is None or head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in _HAPPENING:
        return False
    if head.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in head.children):
        return False  # "took place", not "took hold"
    if head.lemma_.lower() == "break" and not any(c.lower_ == "out" for c in head.children):
        return False
    return not any(c.dep_ == "neg" or c.lower_ in ("could", "might", "may", "would", "will") for c in head.children)


def _verb_of(noun: Token) -> Token | None:
    """The verb the noun is the subject of, itself or as a conjunct ("attacks and raids killed")."""
    if noun.dep_ == "nsubj":
        return noun.head
    if noun.dep_ == "conj" and noun.head.dep_ == "nsubj":
        return noun.head.head
    return None


def harm_told(verb: Token, noun: Token) -> bool:
    """Whether `verb` is the harm an attack noun that is its subject did ("Hamas *attacks* on Israel
    have killed 1,400 people"): one attack, told by the noun with its attacker and target
    (`accords.events.nesting`)."""
    return _verb_of(noun) == verb and incident_spec(noun) is not None


def harm_done(participle: Token, attack: Token) -> bool:
    """Whether `participle` tells what the attack verb it hangs on did ("Russian warplanes *bombed*
    rebel-held towns, *killing* 12 civilians"): one attack, told by the verb with its attacker and
    target, not a second one of the attacker alone."""
    return participle.tag_ == "VBG" and participle.dep_ in ("advcl", "xcomp", "conj") and participle.head == attack and (
        attack.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in participle.children)
    )
