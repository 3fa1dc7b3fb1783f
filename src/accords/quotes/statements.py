"""Statements set out after "X said:" without quotation marks (joint statements, press releases).

Official texts often give each leader's words as a paragraph of their own after an
introduction that ends with a colon, with no quotation marks, sometimes in italics:

    President of the Republic of Indonesia Joko Widodo said:

    *Indonesia is proud to help mobilize ... .*

The paragraph after such an introduction is the speaker's words, verbatim. Only what is sure
is read: the introduction is the last sentence of its paragraph and ends with a reporting verb
and a colon (`said:`, `stated in a statement:`; never `announced:` or `include:`, which
introduce lists); the paragraph after it is prose (at least `MIN_WORDS` words, ends like a
sentence, is no list item, no heading, no second introduction) and does not open with a
quotation mark (a quote in marks is read as such). Further paragraphs belong to the same
statement only when the first is set in italics and they are too, since without marks
nothing else says where the statement stops.

Pure functions of the article text, its segments and the reporting clauses the quotes stage
resolved (`statement_quotes`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from accords.model import Article, Quote, Segment
from accords.quotes.marks import OPENING, STRAIGHT
from accords.quotes.records import quote_at
from accords.quotes.sources import Speaker, is_medium
from accords.quotes.syntax import Attribution

#: A statement paragraph needs at least this many words: shorter ones are headings or names.
MIN_WORDS = 6
#: Reporting verbs that introduce words verbatim before a colon (not "announced:" or
#: "including:", which introduce lists, nor "asked:").
_INTRO = re.compile(
    r"\b(?:sa(?:id|ys)|stat(?:ed|es)|add(?:ed|s)|not(?:ed|es)|remark(?:ed|s)|wr(?:ote|ites)|declar(?:ed|es)|"
    r"stress(?:ed|es)|emphasi[sz](?:ed|es)|underlin(?:ed|es)|explain(?:ed|s)|comment(?:ed|s)|tweet(?:ed|s)|"
    r"conclud(?:ed|es)|repl(?:ied|ies)|respond(?:ed|s)|affirm(?:ed|s)|reiterat(?:ed|es))\b"
    r"(?P<tail>[^.!?:;\"\u201c\u201d]{0,60}):\s*$",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"(?:[-\u2022\u2013\u2014+]|\*\s|\d{1,2}[.)]\s|[a-z][.)]\s|\([a-z0-9]{1,3}\)\s)")
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*$")
_WRAPPERS = "*_"


@dataclass(frozen=True)
class Statement:
    """The paragraphs (as spans of their words, italics marks left out) that sentence number
    `intro` introduces."""

    intro: int
    pieces: tuple[tuple[int, int], ...]


def statements(
    text: str, sentences: Sequence[Segment], paragraphs: Sequence[Segment], paragraph_of: Sequence[int]
) -> tuple[Statement, ...]:
    """Every statement introduced by "X said:" at a paragraph end (see the module docstring)."""
    found = []
    for index, sentence in enumerate(sentences):
        number = paragraph_of[index]
        if index + 1 < len(sentences) and paragraph_of[index + 1] == number:
            continue  # not the last sentence of its paragraph
        if number + 1 >= len(paragraphs) or _INTRO.search(text, sentence.start, _end(text, sentence)) is None:
            continue
        pieces: list[tuple[int, int]] = []
        first_italic = False
        for follower in paragraphs[number + 1:]:
            words = _words(text, follower)
            if words is None:
                break
            start, end, italic = words
            if pieces and not (first_italic and italic):
                break
            if not pieces:
                first_italic = italic
            pieces.append((start, end))
        if pieces:
            found.append(Statement(index, tuple(pieces)))
    return tuple(found)


def _end(text: str, sentence: Segment) -> int:
    end = sentence.end
    while end > sentence.start and text[end - 1].isspace():
        end -= 1
    return end


def _words(text: str, paragraph: Segment) -> tuple[int, int, bool] | None:
    """The span of a statement paragraph's words and whether it is set in italics, or None
    when the paragraph is no statement (see the module docstring)."""
    start, end = paragraph.start, paragraph.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end or text[start] in OPENING + STRAIGHT or _LIST_ITEM.match(text, start, end):
        return None
    italic = text[start] in _WRAPPERS and text[end - 1] == text[start]
    if italic:
        start, end = start + 1, end - 1
    if start >= end or text[start] in OPENING + STRAIGHT + _WRAPPERS:
        return None
    body = text[start:end]
    if len(body.split()) < MIN_WORDS or not _SENTENCE_END.search(body) or body.rstrip().endswith(":"):
        return None
    return start, end, italic


#: Words before the subject that make "X said:" a phrase about what was said, not an introduction.
_WH_WORD = re.compile(r"(?i)\b(?:what|how|why|who|whom|which|here|there)\b")


def statement_quotes(
    article: Article, text: str, sentences: Sequence[Segment], paragraphs: Sequence[Segment],
    paragraph_of: Sequence[int], resolved: Sequence[Sequence[tuple[Attribution, Speaker | None]]],
    found: Sequence[Quote], *, stage: str,
) -> list[Quote]:
    """The statements' quotes: X's direct words, one quote per paragraph, when the reporting
    clause right before the colon has a subject that opens its sentence ("President ... X
    said:", not "Take a look at what PFF said about his performance:") and names a source;
    `resolved` holds each sentence's clauses with their speakers, `found` the quotes so far."""
    quotes = []
    taken = [(e.start, e.end) for q in found for e in q.evidence]
    for statement in statements(text, sentences, paragraphs, paragraph_of):
        intro = sentences[statement.intro]
        clauses = [(a, s) for a, s in resolved[statement.intro]  # the verb right before the colon
                   if not (a.according or a.naming or a.nested) and a.content is None and intro.end - a.cue[1] <= 70]
        if not clauses:
            continue
        att, speaker = clauses[-1]
        if speaker is None or is_medium(speaker) or att.subject is None or att.subject[0] > att.cue[0]:
            continue
        lead = text[intro.start:att.subject[0]]
        if len(lead.split()) > 4 or _WH_WORD.search(lead):
            continue
        for start, end in statement.pieces:
            if any(s < end and start < e for s, e in taken):
                continue
            quotes.append(quote_at(article, start, end, speaker, att.cue_word, direct=True, stage=stage, ceiling=0.7))
    return quotes
