"""Trips: where a visitor goes is the side that hosts the visit.

State press tells a visit by the arrival ("Bayramov has arrived in Astana on a working visit",
"arrived in Tehran for talks"): the visit or talks noun names only the visitor, and the host
is the country of the place the trip verb goes to. This module owns the trip verbs and reads
their destinations; `accords.events.actors` adds the destinations as venues (a side only when
the event names fewer than two), `accords.events.meetings` reads a trip's "for talks".
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.phrases import governing_verb, prep_objects

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


#: Verbs whose subject takes part in a visit it governs: it hosts, receives or makes it ("hosted the visit of ...").
_VISIT_TAKERS = frozenset("host receive welcome make pay undertake begin start conduct hold accompany join lead".split())


def visit_told_whole(noun: Token) -> bool:
    """A visit noun whose phrase names both its visitor ("of Pope Francis") and where it went ("to Iraq"), governed
    by a verb of no taking part ("He lauded ... the historic visit of Pope Francis to Iraq"): the visit is a third
    party's, its sides are its own, and the governing verb's subject ("He", the readout's president) is no side;
    a host's verb ("hosted the visit of ...", "welcomed the visit of ...") still takes its subject."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.lemma_.lower() not in ("visit", "trip"):
        return False
    visitors = [p for p in prep_objects(noun, frozenset({"of", "by"})) if p.pos_ == "PROPN" or p.ent_type_]
    if not visitors:
        return False
    verb = governing_verb(noun)
    end = max(t.i for t in noun.subtree)
    after = noun.doc[end + 1] if end + 1 < len(noun.doc) else None
    places = prep_objects(noun, _TOWARDS) + [p for v in visitors for p in prep_objects(v, _TOWARDS)] + [
        p for p in (after.children if after is not None and after.lower_ == "to" else ()) if p.dep_ == "pobj"
    ]  # "the visit of Pope Francis *to Iraq*", the parser hanging "to Iraq" on the verb or on a noun before
    if not any(p.pos_ == "PROPN" for p in places):
        return False
    return verb is None or verb.lemma_.lower() not in _VISIT_TAKERS
