"""Meetings, calls and messages held *separately* with several partners: one event per partner.

"Rouhani met separately with President of Kazakhstan Nursultan Nazarbayev and Uzbek President
Shavkat Mirziyoyev", "held separate phone conversations with his Russian and Turkish
counterparts": each partner met the one who acts, not each other, so the text tells of two
bilateral events, not one trilateral. The mark is a closed class of words on the trigger or on
the phrase that holds it ("separately", "separate", "individually", "bilaterally": "met bilaterally
with his counterparts A of Japan, B of the ROK, and C of the Philippines"; "respectively" is not
one: it pairs lists, it does not separate meetings); "bilateral" marks meetings in the plural so
("held bilateral meetings with the foreign ministers of Tajikistan and Turkmenistan"). The mark
may stand on a meeting noun anywhere under a verb trigger ("discussed ... with his Turkish,
Russian and Qatari counterparts in separate phone calls": the phrase hangs on the counterparts).
A phone call has two ends: a call of one side with two or more others is one call with each
("has spoken over the phone with his counterparts from Turkey and Indonesia"), unless the text
calls it joint ("a trilateral phone call", "spoke by phone today together with A, B and C"). A trip to several countries is one visit to
each in the same way ("is scheduled to travel to Georgia, Armenia, and Turkey", "will pay
official visits to Kazakhstan and Kyrgyzstan"): the visitor meets each host, the hosts do not
meet each other. Pure: reads the parse and the event only.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from spacy.tokens import Token

from accords.events import censure
from accords.events.phrases import prep_objects
from accords.events.trips import trip_destinations
from accords.ids import fact_id
from accords.model import Event

#: Words that say the partners were met one at a time.
SEPARATE_WORDS = frozenset({"separately", "separate", "individually", "bilaterally"})
#: "bilateral" marks as several only meetings in the plural: "held bilateral meetings with A and
#: B" (one meeting with each); "a bilateral meeting" with one partner needs no split.
_BILATERAL = "bilateral"
#: Words that make a call of three or more sides one call ("a trilateral phone call").
_JOINT_CALL_WORDS = frozenset("trilateral tripartite three-way quadrilateral joint conference video together".split())
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
            break
        current = current.head
    return trigger.pos_ in ("VERB", "AUX") and any(
        noun.lemma_.lower() in OCCURRENCE_NOUNS and _marked(noun) and _in_own_clause(noun, trigger)
        for noun in trigger.subtree if noun.pos_ == "NOUN"
    )


def _in_own_clause(token: Token, verb: Token) -> bool:
    """Whether no other verb stands between the token and the verb it hangs under ("met A and B
    and held separate talks with C": the talks belong to "held", not to "met")."""
    current = token.head
    while current.i != verb.i:
        if current.pos_ in ("VERB", "AUX") or current.head == current:
            return False
        current = current.head
    return True


#: Words of a trip whose destinations are its direct object ("visited Baku and Ankara") or the
#: objects of "to" ("his visits to Kazakhstan and Kyrgyzstan", "a tour of the region").
_VISIT_WORDS = frozenset({"visit", "trip", "tour"})


def to_several_places(trigger: Token) -> bool:
    """Whether the trigger is a trip with two or more destinations named as places in one list
    ("travel to Georgia, Armenia, and Turkey", "visited Azerbaijan and Turkey", "visits to
    Kazakhstan and Kyrgyzstan"). A trip with one destination "for talks with A and B" is one
    meeting of them all, and is not counted here."""
    lemma = trigger.lemma_.lower()
    heads = trip_destinations(trigger)
    if lemma in _VISIT_WORDS:
        heads += [c for c in trigger.children if c.dep_ == "dobj" and trigger.pos_ == "VERB"]
        heads += prep_objects(trigger, frozenset({"to"}))
    heads += [name for head in heads if head.lower_ in _STATE_HEADS for name in prep_objects(head, frozenset({"of"}))]
    # "traveled to Israel, the Netherlands, and the United Kingdom": the parser may hang the list
    # after the first place as its apposition ("Israel, the Netherlands"), the rest joined to that
    listed = [a for head in heads for a in head.children if a.dep_ == "appos"]
    places = [t for head in heads + listed for t in (head, *head.conjuncts) if t.pos_ == "PROPN"]
    return len({t.i for t in places}) >= 2


#: Heads of a state's formal name whose list goes on from the name after "of": "trips to the
#: Republic of Azerbaijan and Turkmenistan" lists two places (the parse joins "Turkmenistan" to
#: "Azerbaijan", not to "Republic").
_STATE_HEADS = frozenset({"republic", "kingdom", "state", "emirate", "sultanate", "federation", "principality"})


#: Calls held one partner at a time: in the plural with several partners ("during phone
#: conversations with A and B", "held phone calls with A and B") they are one call with each.
_CALL_NOUNS = frozenset({"call", "conversation"})


def several_calls(trigger: Token) -> bool:
    """Whether the trigger, or the noun the trigger holds, is a call in the plural ("phone
    conversations", "telephone calls"): a call has two ends, so several partners mean several
    calls. Talks, meetings and consultations in the plural may be one meeting of them all."""
    nouns = [trigger] + [c for c in trigger.children if c.dep_ == "dobj"]
    return any(n.tag_ == "NNS" and n.lemma_.lower() in _CALL_NOUNS for n in nouns)


def _marked(token: Token) -> bool:
    return any(c.dep_ in ("advmod", "amod") and (
        c.lower_ in SEPARATE_WORDS or (c.lower_ == _BILATERAL and token.tag_ == "NNS")
    ) for c in token.children)


def call_of_two(event: Event, trigger: Token) -> bool:
    """Whether the event is a phone call, which has two ends, that its sentence does not call joint
    ("a trilateral phone call", "a joint video call", "spoke by phone together with A, B and C")."""
    if event.mode != "phone":
        return False
    sentence = trigger.sent if trigger.doc.has_annotation("SENT_START") else trigger.doc
    return not any(t.lower_ in _JOINT_CALL_WORDS for t in sentence)


def _held_nouns(verb: Token) -> list[Token]:
    """The verb's object and the objects of its prepositions ("held *meetings*", "in *calls*")."""
    found = [c for c in verb.children if c.dep_ == "dobj"]
    found += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return found


#: A measure imposed by a verb of its own clause ("imposed", "has slapped"), not a gerund or
#: participle naming it ("amid increasing U.S. tariffs and sanctions").
_IMPOSING_TAGS = frozenset({"VB", "VBD", "VBN", "VBP", "VBZ"})


def split(event: Event, trigger: Token, side_id: Callable[[str], str],
          countries_of: Callable[[Token], set[str]] | None = None) -> tuple[Event, ...]:
    """A meeting or call as one event per recipient country when it was held separately with each
    and one country acts ("met separately with A and B" → the actor with A, the actor with B), and
    a trip, made or planned, to several places as one per host; a measure one country imposes on
    several ("has imposed sanctions on Iran and Turkey") as one per target, each hit by its own
    measure, as the gold records a tariff round per country; otherwise the event itself.
    `side_id` gives the entity id standing for a country code. An accusation of conjoined acts of
    different states is one per act (`accords.events.censure`; `countries_of`: a token's countries)."""
    if countries_of is not None and (acts := censure.split(event, trigger, countries_of, side_id)) is not None:
        return acts
    if len(event.actor_countries) != 1 or len(event.recipient_countries) < 2:
        return (event,)
    if not (event.type == "CONSULT" and (held_separately(trigger) or several_calls(trigger) or call_of_two(event, trigger))) and not (
        event.type in ("CONSULT", "AGREE") and to_several_places(trigger)
    ) and not (event.type == "SANCTION" and trigger.tag_ in _IMPOSING_TAGS and trigger.dep_ not in ("amod", "acl")):
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
