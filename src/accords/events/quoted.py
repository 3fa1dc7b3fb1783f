"""The speaker behind "I" or "we" in a quotation, as an event's side: "“... we intend to renovate
the railway,” Aliyev said" is Aliyev's (Azerbaijan's) intention.

Read by the events stage (`accords.stages.events`) when a trigger's subject is a first-person
pronoun inside quotation marks: the first person, else country or organisation, the sentence
names outside its quotes. In a government's own statement (`accords.knowledge.government_outlet`),
"I" outside quotation marks is the head of that government, so the outlet's home country: "Today I
met with fellow leaders from our NATO Allies" in a White House statement of the President is the
United States meeting them (not the article's pair, NATO and Ukraine); not in a transcript, whose
"I" is whoever the line's label names ("PRESIDENT MACRON:  ... I want to thank you").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from accords import knowledge
from accords.events.sideindex import ActorIndex, Side
from accords.events.phrases import subject_of
from accords.model import Article, Segment

_FIRST_PERSON = frozenset({"i", "we"})
_OPENING_QUOTES = "“\""
_CLOSING_QUOTES = "”\""
#: A speaker's label opening a line of a transcript: "PRESIDENT BIDEN:", "MS. JEAN-PIERRE:", "Q    How".
_LABEL = re.compile(r"^[ \t]*(?:[A-Z][A-Z.’'\- ]{0,60}[A-Z.]:|Q[ \t]{2,})", re.M)


def quoted_speaker(token: Token, sentence: Segment, index: ActorIndex, text: str,
                   article: Article | None = None) -> Side | None:
    """The side of the speaker when the trigger's subject is "I" or "we" inside a quotation: the
    first person (else country or organisation) the sentence names outside its quotes
    ("“... we intend to renovate the railway,” Aliyev said"); the home country for "I" outside
    quotation marks in a government's own statement (`article`'s outlet), not a transcript."""
    subject = subject_of(token) if token.pos_ in ("VERB", "AUX") else None
    if subject is None or subject.lower_ not in _FIRST_PERSON:
        return None
    body = text[sentence.start:sentence.end]
    quoted = _quoted_spans(body)
    at = subject.idx
    if not any(start <= at < end for start, end in quoted):
        return _official_speaker(subject, article, index, text)
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


def _official_speaker(subject: Token, article: Article | None, index: ActorIndex, text: str) -> Side | None:
    """The home country for "I" outside quotation marks in a government's own statement."""
    if subject.lower_ != "i" or article is None or not knowledge.government_outlet(article.source, article.url):
        return None
    home = knowledge.home_country(article.source, article.url)
    if home is None or _LABEL.search(text):
        return None
    return index.country_side(home)


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
