"""Where aid goes when the verb's own "to"/"for" phrase names no state, and which aid that "will"
be given is pledged (issue 13).

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

from accords.events.actors import event_sides, phrase_sides
from accords.events.sideindex import ActorIndex, Side
from accords.events.objects import object_lemmas, pledged_amount
from accords.events.triggers import AID_OBJECT_WORDS, FUTURE_AUXILIARIES

#: Prepositions that name where aid goes, inside what is given or its purpose.
_DESTINATION_PREPS = frozenset({"in", "for", "to"})


def destinations(trigger: Token, offset: int, index: ActorIndex) -> list[Side]:
    """States named as where the aid of `trigger` goes: in "in"/"for"/"to" phrases of what is
    given (its object), of what it pays "for" ("for capacity-building in Fiji") or of the purpose
    clause ("to support ... in Kenya"); `offset` is the sentence's start in the article."""
    phrases = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    phrases += [c for c in trigger.children if c.dep_ in ("advcl", "xcomp")
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    # "will provide $1.6 million for capacity-building in Fiji, Papua New Guinea, ...": what it pays for
    phrases += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
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


def aid_recipients(trigger: Token, offset: int, index: ActorIndex, actors: list[Side], recipients: list[Side],
                   states: set[str]) -> list[Side]:
    """The recipients of an AID: the sides rules' (`recipients`), or where the aid goes
    (`destinations`) when they name no state but the givers ("$50 million ... to support displaced
    people in Ukraine": not the article's pair), or when the states they name are the first of a list
    of destinations ("to support stabilization in Ghana, Benin, Côte d'Ivoire, Guinea, and Togo":
    every state listed receives the aid, not Ghana alone). `states`: the recipients' codes that are
    states, not organisations."""
    going = [s for s in destinations(trigger, offset, index) if s not in actors]
    if not going:
        return recipients
    named = states - {a.country for a in actors}
    if not named:
        told = {side.country for group in event_sides(trigger, offset, index, cooperative=False) for side in group}
        return [s for s in recipients if s.country in told and s not in going] + going
    listed = {s.country for s in going}
    if named <= listed and len(listed) > len(named):
        return recipients + [s for s in going if s.country not in {r.country for r in recipients}]
    return recipients


#: Verbs of handing aid over: what one "will" hand over is a pledge of aid, not a plan.
_HANDING = frozenset({"provide", "deliver", "send", "donate", "supply", "give"})
#: Of those, the verbs whose future is aid announced, whatever is handed over (not "give": the
#: PLOVER example's grant "will give" is an intent).
_ANNOUNCED_HANDING = frozenset({"provide", "deliver", "send", "donate", "supply"})
#: Verbs that set money aside for a purpose: "will allot additional funding to provide ...".
_FUNDING_HEADS = frozenset({"allot", "allocate", "use", "dedicate", "devote", "earmark", "make"})
#: Goods handed over as aid: the lexicon's aid words but money ("will give Tanzania a grant of 580
#: million shillings" is an intent to provide aid, AGREE, as the PLOVER/CAMEO example has it), and
#: military aid ("additional capabilities, including hundreds of air defense interceptors").
_GOODS = (AID_OBJECT_WORDS - frozenset(
    "aid assistance grant grants loan loans credit credits donation donations fund funds".split()
)) | frozenset({"ammunition", "munitions", "capabilities", "interceptors"})
#: Nouns that count or gather what is given ("a range of capabilities", "hundreds of interceptors").
#: Words that count what is given ("hundreds of air defense interceptors", "half a million syringes").
_COUNTS = frozenset("hundreds thousands dozens millions million billion half".split())
_COLLECTIONS = frozenset("range number variety host series set package array hundreds thousands dozens quantities".split())


def pledged(trigger: Token) -> bool:
    """Whether a future AID is a pledge of aid (AID), not a plan (AGREE): an amount of money
    ("will provide an additional $11.3 million", `pledged_amount`), or a counted package of aid
    the giver "will" hand over ("the United States will provide Ukraine with a range of additional
    capabilities, including hundreds of air defense interceptors", "will deliver 500,000 vaccine
    doses to Ghana"). Aid promised without a count ("will provide humanitarian assistance to
    Ukraine") and an intention to give ("intends to send", "committed to provide further
    aircraft") stay plans, as CAMEO's "express intent to provide aid" is."""
    if pledged_amount(trigger):
        return True
    if announced_handing(trigger):
        return True
    return trigger.lemma_.lower() in _HANDING and _future(trigger) and bool(_given(trigger) & _GOODS) and any(
        t.like_num or t.lower_ in _COUNTS for t in trigger.subtree if t.i > trigger.i
    )


def _future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in verb.children)


def announced_handing(trigger: Token) -> bool:
    """Aid a giver "will" hand over, told as what it does, not as what it means or is ready to do:
    "the United States will provide humanitarian assistance to Ukraine", "the State Department will
    allot additional funding to provide technical assistance to Mexico" (the handing is the purpose
    of a future allotment). The White House dev gold records these as AID (wh_20211031-supply-chain,
    "We will continue to provide support and assistance to Ukraine"); "give" keeps the PLOVER
    example's intent ("Finland will give Tanzania a grant": AGREE), and an intention or readiness
    ("intends to provide", "stands ready to provide", "agreed to provide") stays a plan."""
    if trigger.lemma_.lower() not in _ANNOUNCED_HANDING or not (object_lemmas(trigger) & AID_OBJECT_WORDS):
        return False
    if _future(trigger):
        return True
    head = trigger.head
    return (trigger.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
            and head.lemma_.lower() in _FUNDING_HEADS and _future(head))


def _given(trigger: Token) -> set[str]:
    """What the verb hands over: its objects (`object_lemmas`), and what a collection among them
    gathers ("with *a range of* additional capabilities")."""
    lemmas = object_lemmas(trigger)
    for token in trigger.subtree:
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _COLLECTIONS:
            lemmas.add(token.lower_)
    return lemmas
