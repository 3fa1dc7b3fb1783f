"""Triggers inside another trigger's complement: one event, not two.

"invited X *to visit*" is the invitation (AGREE), "telephoned X *to discuss*" one consultation,
"has threatened *to impose* sanctions" the threat (and "if no deal is reached" its condition), "called on Turkey *to sign*" and "demanded
that Israel *ease* restrictions" the request, "refused *to extradite*" the refusal
(`accords.events.requests`): what is intended, asked, threatened or refused is not done.
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.cameo import rejected_offer
from accords.events.incidents import harm_done, harm_told
from accords.events.meetings import taking_part
from accords.events.requests import nested_in_complement
from accords.model import COOPERATIVE_TYPES

#: Types whose complement frames what another trigger says ("agreed to visit", "rejected the
#: proposal to meet").
_FRAMING_TYPES = frozenset({"AGREE", "ACCUSE", "REJECT", "REQUEST", "THREATEN"})
#: Subordinators of a condition ("threatened to act *if* no deal is reached").
_CONDITIONS = frozenset({"if", "unless"})
#: Prepositions that place a trigger in a setting, out of the frame ("agreed *at* the meeting").
_REFERENCE_PREPS = frozenset({"at", "during", "in", "on", "within", "after", "before"})


def nested(token: Token, type_: str, other: Token, other_type: str) -> bool:
    """Whether trigger `token` (of type `type_`) is in the complement of trigger `other` (of
    `other_type`): an AGREE trigger ("invited X *to visit*"), one of the same type
    ("telephoned X *to discuss*": one consultation), a request or a refusal."""
    if other_type in ("REQUEST", "REJECT") and nested_in_complement(token, other):
        return True  # "urged the EC *to support* the PLO", "refused *to extradite*": asked or refused, not done
    if other_type == "REQUEST" and other.lemma_.lower() in ("call", "ask") and other in token.ancestors:
        return True  # "called on Turkey *to sign* the agreement", "asked France *to expel*": asked, not done or intended
    # "threatening *to assault and murder* an official": a conjunct shares its head's "to"
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in (token.head if token.dep_ == "conj" else token).children)
    if other_type == "THREATEN" and infinitive and other in token.ancestors:
        return True  # "has threatened to impose more sanctions on Turkey": the threat is the event
    if other_type == "THREATEN" and _in_condition(token, other):
        return True  # "threatened to raise tariffs if no deal *is reached*": the threat's condition, no deal
    if type_ == "PROTEST" and other.lemma_.lower() == "summon" and infinitive and other in token.ancestors:
        return True  # "summoned Turkey's ambassador *to protest* the poem": the summons is the protest
    if type_ in COOPERATIVE_TYPES and other_type == "REJECT" and rejected_offer(token, other):
        return True  # "rejected a US offer to host a summit": the offer refused, no agreement
    if type_ == other_type == "ASSAULT" and (harm_told(token, other) or harm_done(token, other)):
        return True  # "Hamas attacks on Israel have killed 1,400 people", "bombed the towns, killing 12": one attack
    if other_type != "AGREE" and other_type != type_:
        return False
    if other_type == type_ and infinitive and other in token.ancestors:
        return True
    if other_type not in _FRAMING_TYPES:
        return False
    current = token
    for _ in range(8):
        if current.head == current:
            return False
        if current.dep_ == "pobj" and current.head.lower_ in _REFERENCE_PREPS and not taking_part(current.head.head):
            return False  # "agreed at the meeting" is a setting; "invited X to take part in the summit" no
        if current.dep_ in ("nsubj", "nsubjpass"):
            return False  # "*visiting* Azeri Deputy Prime Minister Mustafayev vowed to ...": the subject, no complement
        if current.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in current.children):
            return False  # "raised concerns about X, *and he condemned* Y": a clause of its own, no complement
        current = current.head
        if current == other:
            return True
    return False


def _in_condition(token: Token, other: Token) -> bool:
    """Whether `token` lies in an "if" or "unless" clause under `other`."""
    current = token
    while current != other and current.head != current:
        if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in current.children):
            return other in current.ancestors
        current = current.head
    return False
