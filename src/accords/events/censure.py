"""Acts one side censures, each with whose act it is.

"The two leaders condemned the DPRK's transfer of ballistic missiles to Russia and Russia's use of
these missiles against Ukraine", "condemned Iran's attack on Israel and Russian aggression in
Ukraine": one condemning verb, two acts of two states, so two accusations, each of the censuring
side and the state whose act it is (the gold records "condemned the DPRK's ... programs, and Russian
aggression in Ukraine" as two ACCUSEs). An act's owner is the state its noun names as a possessive,
a demonym or a name before it ("Russia's war", "Russian aggression", "DPRK missile launches") or
after "by" ("attacks by Iran"); a list of acts where one has no owner ("the violence and the attack
on democratic institutions") is left whole. And an act a state is named as doing "in" another
country ("Russia's war in Ukraine") is done there: the place is no side of the censure, as the
place of an act with no owner may be ("the arrest of a reporter in Turkey", `accords.events.actors`).
Pure: reads the parse; the countries of a token come from the caller.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from accords.events.triggers import MEASURE_NOUNS
from accords.ids import fact_id
from accords.model import Event

if TYPE_CHECKING:
    from accords.events.sideindex import ActorIndex

#: Acts of force whose target is their victim, not a side of a condemnation of them.
HOSTILE_ACTS = frozenset(
    "attack attacks strike strikes assault assaults war aggression invasion bombing bombings shelling "
    "raid raids offensive assassination assassinations killing killings murder murders massacre".split()
) | MEASURE_NOUNS | frozenset({"penalty", "penalties"})  # "condemned U.S. sanctions against Turkey": not Turkey

#: Verbs of censure whose conjoined objects are separate acts censured.
CENSURING_VERBS = frozenset({"condemn", "denounce", "criticize", "criticise", "censure", "deplore"})
#: Dependencies of a noun's own owner before it ("Russia's", "Russian", "DPRK").
_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})


def owners(act: Token) -> list[Token]:
    """The words naming whose act a censured noun is: a possessive, demonym or name before it
    ("*Russia's* war", "*Russian* aggression") or the object of its "by" ("attacks *by Iran* and
    Iranian-backed proxy groups"), conjoined owners included."""
    found = [c for c in act.children if c.dep_ in _OWNER_DEPS and c.i < act.i]
    for prep in act.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            found += [p for p in prep.children if p.dep_ == "pobj"]
    return found + [conj for owner in found for conj in owner.conjuncts]


def owned(act: Token) -> bool:
    """Whether the censured noun names its owner as a possessive ("Russia's war in Ukraine")."""
    return any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in act.children)


def censured_acts(trigger: Token) -> list[Token]:
    """The conjoined direct objects of a censuring verb ("condemned A's X and B's Y"), two or more,
    or none. The parser may hang the second act on a name inside the first ("Iran's attack on
    *Israel and Russian aggression*", "transfer of missiles to *Russia and Russia's use*"): a noun
    joined to a noun there is an act of its own when it names its owner as a possessive, or is an
    act of force with an owner ("Russian aggression"); not "attacks on Israel and Lebanese civilians"."""
    if trigger.lemma_.lower() not in CENSURING_VERBS:
        return []
    head = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if head is None:
        return []
    hung = [t for t in head.subtree if t.dep_ == "conj" and t.head.dep_ == "pobj" and t.pos_ == "NOUN" and _own_act(t)]
    # "condemned the DPRK's ... programs, and Russian aggression": joined to the verb, or to the verb it is joined to
    above = [trigger.head] if trigger.dep_ == "conj" else []
    hung += [c for verb in (trigger, *above) for c in verb.children
             if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > trigger.i and _own_act(c)]
    acts = [head, *head.conjuncts, *hung]
    return acts if len(acts) >= 2 else []


def _own_act(noun: Token) -> bool:
    """Whether a noun names an act with its owner: a possessive, or an act of force with one."""
    return owned(noun) or (noun.lemma_.lower() in HOSTILE_ACTS and bool(owners(noun)))


def token_sides(index: ActorIndex, offset: int) -> Callable[[Token], set[str]]:
    """The countries (and bodies) a token of a sentence starting at `offset` names, by the index."""
    return lambda token: {side.country for side, _ in index.sides_in(offset + token.idx, offset + token.idx + len(token))}


def split(event: Event, trigger: Token, countries_of: Callable[[Token], set[str]],
          side_id: Callable[[str], str]) -> tuple[Event, ...] | None:
    """An accusation of two or more acts of different states as one per act, each with the
    states that own it as recipients ("condemned the DPRK's transfer ... and Russia's use ...":
    the censurers and the DPRK, the censurers and Russia); None when the acts are not so told
    (one act, an act with no owner, or every act of the same states). `countries_of` gives the
    countries a token names, `side_id` the entity id of a country code."""
    if event.type != "ACCUSE" or not event.actor_countries:
        return None
    acts = censured_acts(trigger)
    censurers = set(event.actor_countries)
    per_act = [{code for owner in owners(act) for code in countries_of(owner)} - censurers for act in acts]
    if len(per_act) < 2 or not all(per_act) or len({frozenset(codes) for codes in per_act}) < 2:
        return None
    parts = []
    for codes in per_act:
        countries = tuple(sorted(codes))
        parts.append(dataclasses.replace(
            event,
            id=fact_id(event.evidence[0].article_id, "event", event.id, *countries),
            recipients=tuple(entity for entity in map(side_id, countries) if entity),
            recipient_countries=countries,
        ))
    return tuple(parts)
