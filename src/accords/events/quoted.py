"""The speaker behind "I" or "we" in a quotation, as an event's side: "“... we intend to renovate
the railway,” Aliyev said" is Aliyev's (Azerbaijan's) intention.

Read by the events stage (`accords.stages.events`) when a trigger's subject is a first-person
pronoun inside quotation marks: the first person, else country or organisation, the sentence
names outside its quotes.
"""

from __future__ import annotations

from spacy.tokens import Token

from accords.events.actors import ActorIndex, Side
from accords.events.phrases import subject_of
from accords.model import Segment

_FIRST_PERSON = frozenset({"i", "we"})
_OPENING_QUOTES = "“\""
_CLOSING_QUOTES = "”\""


def quoted_speaker(token: Token, sentence: Segment, index: ActorIndex, text: str) -> Side | None:
    """The side of the speaker when the trigger's subject is "I" or "we" inside a quotation: the
    first person (else country or organisation) the sentence names outside its quotes
    ("“... we intend to renovate the railway,” Aliyev said")."""
    subject = subject_of(token) if token.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.lower_ not in _FIRST_PERSON:
        return None
    body = text[sentence.start:sentence.end]
    quoted = _quoted_spans(body)
    at = subject.idx
    if not any(start <= at < end for start, end in quoted):
        return None
    outside = [(side, type_) for side, type_ in index.sides_in(sentence.start, sentence.end)]
    outside = [
        (side, type_) for side, type_ in outside
        if not any(start <= _position(index, side, sentence) - sentence.start < end for start, end in quoted)
    ]
    for kind in ("PERSON", "COUNTRY", "ORG"):
        for side, type_ in outside:
            if type_ == kind:
                return side
    return None


def _position(index: ActorIndex, side: Side, sentence: Segment) -> int:
    for start, _end, other, _type in index.spans:
        if other == side and sentence.start <= start < sentence.end:
            return start
    return sentence.start


def _quoted_spans(body: str) -> list[tuple[int, int]]:
    """Character spans of the quotations in a sentence (curly or straight quotes)."""
    spans, start = [], None
    for position, char in enumerate(body):
        if start is None and char in _OPENING_QUOTES:
            start = position
        elif start is not None and char in _CLOSING_QUOTES:
            spans.append((start, position))
            start = None
    if start is not None:
        spans.append((start, len(body)))
    return spans
