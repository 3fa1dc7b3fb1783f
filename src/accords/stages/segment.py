"""segment.v1: sentences and paragraphs as character spans of the article text."""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc

from accords.model import Article, Extraction, Segment
from accords.pipeline import stage

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")


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


@stage("segment.v1")
def segment(article: Article, doc: Doc | None, extraction: Extraction) -> Extraction:
    """Sentences from the shared parse (never crossing a paragraph break) and paragraphs."""
    sentences = []
    if doc is not None:
        for sent in doc.sents:
            trimmed = _trim(article.text, sent.start_char, sent.end_char)
            if trimmed is not None:
                sentences.append(trimmed)
    return dataclasses.replace(extraction, sentences=tuple(sentences), paragraphs=paragraphs(article.text))
