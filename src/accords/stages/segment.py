"""segment.v2: sentences and paragraphs as character spans of the article text.

Sentences come from the shared parse, never crossing a paragraph break, with one repair:
a sub-heading run into the next sentence with no full stop between ("Tehran, Bishkek sign
five cooperation documents During Rouhani's stay in Kyrgyzstan, five ...") is split off
(`heading_splits`). spaCy's sentence segmenter reads such a pair as one sentence, and the
later stages then give the heading's verb the sentence's sides, status and date.
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc, Span

from accords.model import Article, Extraction, Segment
from accords.pipeline import stage

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")

#: Capitalised words that open a sentence with an introductory adverbial, and the words one
#: of them must be followed by (None: any). A closed class: prepositions and participles that
#: start a framing phrase ("In a phone call with ...,", "During the talks,", "Meanwhile,").
_OPENERS: dict[str, frozenset[str] | None] = {
    "In": frozenset({"a", "an", "the", "his", "her", "their", "its", "separate", "phone", "telephone"}),
    "During": None,
    "Meanwhile": None,
    "According": frozenset({"to"}),
    "Speaking": None,
    "Addressing": None,
    "Elsewhere": None,
    "Earlier": None,
    "Later": None,
    "Following": None,
    "Upon": None,
    "On": frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "the"}),
    "At": frozenset({"the", "a"}),
}
#: A heading is a short run: at least this many and at most this many tokens.
_HEADING_TOKENS = (2, 18)
#: The opener's introductory phrase ends with a comma within this many tokens.
_INTRO_TOKENS = 25
#: What may stand between a heading and its sentence: spaces and no-break spaces, no line break.
_INLINE_SPACES = frozenset({" ", "\xa0"})
#: Word classes a heading does not end with (it ends with a content word).
_FUNCTION_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART"})


def paragraphs(text: str) -> tuple[Segment, ...]:
    """Blocks of text separated by blank lines, trimmed of surrounding whitespace."""
    spans = []
    for match in _PARAGRAPH.finditer(text):
        segment = _trim(text, match.start(), match.end())
        if segment is not None:
            spans.append(segment)
    return tuple(spans)


def _trim(text: str, start: int, end: int) -> Segment | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Segment(start, end) if end > start else None


def heading_split(sent: Span) -> int | None:
    """The token index (in the Doc) where a sentence opens after a sub-heading glued in front
    of it, or None.

    A split needs all of: a capitalised opener of an introductory phrase (`_OPENERS`, with
    the word after it), the phrase closed by a comma soon after; before it a short run
    (`_HEADING_TOKENS`) from the sentence start that begins with a capital, holds no quote
    mark (a title in quotes such as "A Man In a Hat" stays whole) and ends with a lower-case
    content word followed by spaces or no-break spaces ("ties\xa0 In a phone call"), no line break.
    """
    low, high = _HEADING_TOKENS
    doc = sent.doc
    first = doc[sent.start]
    if not first.text[:1].isupper():
        return None
    for index in range(sent.start + low, min(sent.end - 1, sent.start + high + 1)):
        token = doc[index]
        if token.text not in _OPENERS or token.text == first.text:
            continue
        following = _OPENERS[token.text]
        if following is not None and doc[index + 1].text not in following:
            continue
        previous = index - 1
        while previous > sent.start and doc[previous].is_space:
            previous -= 1  # "ties\xa0 In a phone call": spaces the tokenizer keeps as tokens
        last = doc[previous]
        gap = doc.text[last.idx + len(last):token.idx]
        if not (last.is_alpha and last.text.islower() and last.pos_ not in _FUNCTION_POS and gap
                and set(gap) <= _INLINE_SPACES):
            continue
        if any('"' in t.text or "'" == t.text for t in doc[sent.start:index]):
            continue
        if not any(t.text == "," for t in doc[index + 1:min(sent.end, index + 1 + _INTRO_TOKENS)]):
            continue
        return index
    return None


def _sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the parse's sentences, with glued sub-headings split off."""
    spans = []
    for sent in doc.sents:
        split = heading_split(sent)
        if split is None:
            spans.append((sent.start_char, sent.end_char))
        else:
            spans.append((sent.start_char, doc[split].idx))
            spans.append((doc[split].idx, sent.end_char))
    return spans


@stage("segment.v2")
def segment(article: Article, doc: Doc | None, extraction: Extraction) -> Extraction:
    """Sentences from the shared parse (never crossing a paragraph break, sub-headings split
    off) and paragraphs."""
    sentences = []
    if doc is not None:
        for start, end in _sentence_spans(doc):
            trimmed = _trim(article.text, start, end)
            if trimmed is not None:
                sentences.append(trimmed)
    return dataclasses.replace(extraction, sentences=tuple(sentences), paragraphs=paragraphs(article.text))
