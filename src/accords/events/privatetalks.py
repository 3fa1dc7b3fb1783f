"""Talks told after a meeting with private people: no consultation of states (evwh47).

A readout of a meeting with an activist ("Vice President Kamala Harris met today with actress and activist Nazanin
Boniadi") has no meeting of states (`accords.events.meetings.private_partners`); its "They discussed how the United
States will ..." is the same talk, of the people who met, and no talk between the two countries the article names
most. A call the text does not read as private ("called and congratulated Xiomara Castro") keeps its "They discussed".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Doc, Token

from accords.events.meetings import private_partners
from accords.events.phrases import subject_of
from accords.events.sideindex import ActorIndex
from accords.model import Segment

#: Words of a meeting that may be held with private people ("met with", "a meeting with").
_MEETING_LEMMAS = frozenset({"meet", "meeting", "host", "visit"})


def they_discussed(token: Token) -> bool:
    """"They discussed ...": a talk verb whose subject is the bare pronoun of those who met."""
    subject = subject_of(token) if token.lemma_.lower() == "discuss" else None
    return subject is not None and subject.lower_ == "they"


def private_met(parses: Mapping[int, Doc], sentences: Sequence[Segment], number: int, index: ActorIndex) -> bool:
    """Whether a sentence before sentence `number` tells a meeting with private people only."""
    return any(private_partners(token, sentences[n].start, index)
               for n, doc in parses.items() if n < number
               for token in doc if token.lemma_.lower() in _MEETING_LEMMAS)
