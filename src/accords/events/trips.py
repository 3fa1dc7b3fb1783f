"""Trips: where a visitor goes is the side that hosts the visit.

State press tells a visit by the arrival ("Bayramov has arrived in Astana on a working visit",
"arrived in Tehran for talks"): the visit or talks noun names only the visitor, and the host
is the country of the place the trip verb goes to. This module owns the trip verbs and reads
their destinations; `accords.events.actors` adds the destinations as venues (a side only when
the event names fewer than two), `accords.events.meetings` reads a trip's "for talks".
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.phrases import prep_objects

#: Verbs of a trip whose destination hosts the visit, and whose "for" phrase names the meeting it is for.
TRIP_VERBS = frozenset("arrive travel fly come go head leave".split())
#: Prepositions of a trip's destination ("arrived in Astana", "travelled to Baku", "arrived at Baku").
_DESTINATION_PREPS = frozenset({"in", "at", "to"})


def trip_destinations(verb: Token) -> list[Token]:
    """The places a trip verb goes to ("arrived *in Astana*"), or none for another verb."""
    if verb.lemma_.lower() not in TRIP_VERBS:
        return []
    return prep_objects(verb, _DESTINATION_PREPS)


#: Prepositions and adverbs that give a journey its destination ("traveled to Tehran", "travel there").
_TOWARDS = frozenset({"to", "into", "toward", "towards", "through", "across", "around", "throughout"})
_THERE = frozenset({"there", "here", "abroad", "overseas", "home"})


def says_where(verb: Token) -> bool:
    """Whether the travel `verb` says where it goes: a "to"/"into"/"across" phrase, "there", "abroad"
    ("traveled to Nigeria and Mauritania", "will travel there next week"). A journey that does not
    is no visit (`accords.events.nonevents.travellers_visit`)."""
    return any((c.dep_ in ("prep", "dative") and c.lower_ in _TOWARDS) or (c.dep_ == "advmod" and c.lower_ in _THERE)
               for c in verb.children)
