"""Relief for the outlet's own people, or backing for its own government, is domestic policy, no
event between states.

A White House fact sheet on a trade arrangement with the European Union says it "results in lower
prices for American consumers and families by providing relief for American manufacturers": the
relief goes to the United States' own industry, which no state gives to another. An AID trigger
whose beneficiary ("for"/"to" phrase) is a group of the outlet's home country, in a sentence that
names no other country, is no event. "relief for Ukrainian refugees", or a sentence that names the
giving partner ("the EU will provide relief for American manufacturers"), stays.

Likewise a government's own text that backs its own leader with no backer named ("This includes
maintaining support for ... supply chains at home free of forced labor — and supporting President
Biden's commitment to bold climate action", in a White House fact sheet on Xinjiang): the backer
is that government, no other state; filling the actor from the article's pair (China) made China
back the United States (`backed_at_home`).
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.actors import event_sides, phrase_sides
from accords.events.sideindex import ActorIndex

_TO = frozenset({"for", "to"})


def _beneficiaries(trigger: Token) -> list[Token]:
    """The "for"/"to" phrases' nouns of the trigger, or of the verb whose object it is ("providing relief for X")."""
    owners = [trigger] + ([trigger.head] if trigger.dep_ == "dobj" else [])
    return [g for owner in owners for c in owner.children if c.dep_ == "prep" and c.lower_ in _TO
            for g in c.children if g.dep_ == "pobj"]


def relief_at_home(trigger: Token, offset: int, index: ActorIndex, home: str | None) -> bool:
    """Whether the aid `trigger` names goes to a group of the `home` country only, and its sentence names no other country."""
    if home is None:
        return False
    owned = [g for g in _beneficiaries(trigger) if g.pos_ == "NOUN"
             and {side.country for c in g.children if c.dep_ in ("amod", "compound") for side in phrase_sides(c, offset, index)[0]} == {home}]
    if not owned:
        return False
    named = {side.country for side, _type in index.sides_in(offset, offset + len(trigger.doc.text))}
    return named == {home}


def backed_at_home(type_: str, trigger: Token, offset: int, index: ActorIndex, home: str | None) -> bool:
    """Whether a SUPPORT trigger of a government's own text (`home`: its country) has no subject,
    names no backer and only its own country as the one backed, in a sentence that names no other country."""
    if type_ != "SUPPORT" or home is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children):
        return False  # "They welcomed the revitalization of U.S.-EU ties": those who met back it
    actors, recipients = event_sides(trigger, offset, index, cooperative=False)
    if actors or {side.country for side in recipients} != {home}:
        return False
    return {side.country for side, _type in index.sides_in(offset, offset + len(trigger.doc.text))} == {home}
