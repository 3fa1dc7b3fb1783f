"""Meetings, calls and messages held *separately* with several partners: one event per partner.

"Rouhani met separately with President of Kazakhstan Nursultan Nazarbayev and Uzbek President
Shavkat Mirziyoyev", "held separate phone conversations with his Russian and Turkish
counterparts": each partner met the one who acts, not each other, so the text tells of two
bilateral events, not one trilateral. The mark is a closed class of words on the trigger or on
the phrase that holds it ("separately", "separate", "individually", "respectively" is not one:
it pairs lists, it does not separate meetings). Pure: reads the parse and the event only.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from spacy.tokens import Token

from accords.ids import fact_id
from accords.model import Event

#: Words that say the partners were met one at a time.
SEPARATE_WORDS = frozenset({"separately", "separate", "individually"})
#: Nouns of one occurrence each that "separate" marks as several ("separate meetings", "in
#: separate phone calls"); "on separate issues" separates no meeting.
OCCURRENCE_NOUNS = frozenset("meeting talk talks call conversation message session visit".split())
#: How far up the parse the mark may sit: "held *separate* talks with", "in *separate* phone
#: calls", "met *separately* with".
_UP = 3


def held_separately(trigger: Token) -> bool:
    """Whether the trigger, the verb it hangs on, or the meeting noun that verb holds is marked
    as one of several separate occurrences ("met separately with", "held separate meetings with",
    "discussed ... with his Turkish, Russian and Qatari counterparts in separate phone calls")."""
    current = trigger
    for _ in range(_UP):
        if _marked(current) or any(
            _marked(noun) and noun.lemma_.lower() in OCCURRENCE_NOUNS for noun in _held_nouns(current)
        ):
            return True
        if current.head == current:
            return False
        current = current.head
    return False


def _marked(token: Token) -> bool:
    return any(c.dep_ in ("advmod", "amod") and c.lower_ in SEPARATE_WORDS for c in token.children)


def _held_nouns(verb: Token) -> list[Token]:
    """The verb's object and the objects of its prepositions ("held *meetings*", "in *calls*")."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    found += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return found


def split(event: Event, trigger: Token, side_id: Callable[[str], str]) -> tuple[Event, ...]:
    """A meeting or call as one event per recipient country when it was held separately with each
    and one country acts ("met separately with A and B" → the actor with A, the actor with B);
    otherwise the event itself. `side_id` gives the entity id standing for a country code."""
    if event.type != "CONSULT" or len(event.actor_countries) != 1 or len(event.recipient_countries) < 2 or (
        not held_separately(trigger)
    ):
        return (event,)
    parts = []
    for country in event.recipient_countries:
        entity = side_id(country)
        parts.append(dataclasses.replace(
            event,
            id=fact_id(event.evidence[0].article_id, "event", event.id, country),
            recipients=(entity,) if entity else (),
            recipient_countries=(country,),
        ))
    return tuple(parts)
