"""The reporting clauses of each sentence of an article whose cue lies outside quotation marks
(the quotes stage's parse of the sentences worth one).

Sentences are parsed with the article's parse where it keeps their bounds, else alone. A sentence
opening with a dateline ("OTTAWA —", "TEHRAN, Nov. 3 (MNA) –") is parsed a second time without it:
the parser may take the capitalised place for the subject of the reporting verb at the sentence's
end ("OTTAWA — The government will not back down …, the minister said Monday": OTTAWA said), and a
clause whose subject lies in the dateline speaks for no one. The parse without the dateline is
kept where it gives more reporting clauses with a subject and a content (and no naming or
nested one) than the parse with it
once those are dropped; where both give as many, the parse with it (which the article's context
helped) stays.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span

from accords.model import Segment
from accords.quotes.cues import CUE
from accords.quotes.layout import HONORIFIC_DOT
from accords.quotes.marks import QuotedSpan
from accords.quotes.speakers import DATELINE
from accords.quotes.syntax import Attribution, attributions
from accords.quotes.verbs import CANDIDATE

#: A reporting verb (of the parse's list or the cue words') or "according to" outside quotation
#: marks: the sentences worth a parse.
SENTENCE_CANDIDATE = re.compile(CUE.pattern + "|" + CANDIDATE.pattern, re.IGNORECASE)


def sentence_attributions(doc: Doc | None, text: str, sentences: Sequence[Segment], spans: Sequence[QuotedSpan], *,
                          parse_spans: Callable[[list[Span]], Sequence[Doc]],
                          parse_sentence: Callable[[str], Doc]) -> list[tuple[Attribution, ...]]:
    """The reporting clauses of each sentence whose cue lies outside quotation marks (`parse_spans`,
    `parse_sentence`: the parser's, `accords.nlp`'s, which the quotes layer does not import)."""
    inside = sorted((s, e) for span in spans for s, e in span.pieces)
    starts = [s for s, _ in inside]

    def quoted(position: int) -> bool:
        at = bisect.bisect_right(starts, position) - 1
        return at >= 0 and inside[at][0] <= position < inside[at][1]

    chosen = [i for i, sentence in enumerate(sentences)
              if any(not quoted(m.start()) for m in SENTENCE_CANDIDATE.finditer(text, sentence.start, sentence.end))]
    result: list[tuple[Attribution, ...]] = [() for _ in sentences]
    if not chosen:
        return result
    windows = [sentences[i] for i in chosen]
    char_spans = [doc.char_span(s.start, s.end, alignment_mode="expand") for s in windows] if doc is not None else []
    # a sentence joined over an abbreviation ("congratulated Eng. | Azari Jahromi") keeps the base
    # parse's sentence start inside, which the parser respects: parse those from their text
    whole = [span is not None and not any(t.is_sent_start for t in span[1:]) for span in char_spans]
    fast = [span for span, ok in zip(char_spans, whole) if ok and span is not None]
    parsed_fast = iter(parse_spans(fast))
    parsed, offsets = [], []
    for number, window in enumerate(windows):
        fast_span = char_spans[number] if number < len(whole) and whole[number] else None
        if fast_span is not None:
            parsed.append(next(parsed_fast))
            offsets.append(fast_span.start_char)
        else:
            parsed.append(parse_sentence(HONORIFIC_DOT.sub(r"\1 ", text[window.start:window.end])))
            offsets.append(window.start)
    for i, sentence_doc, offset in zip(chosen, parsed, offsets):
        dateline = DATELINE.match(text, sentences[i].start, sentences[i].end)
        # a clause whose subject the parse found in the dateline, with no apposition after it, speaks for
        # no one ("TEHRAN, Nov. 3 (MNA) – A senior official says …": not Tehran; "GENEVA (Reuters) – …":
        # not Reuters; but "TEHRAN – Mohsen Rezaee, secretary of …, said" is Rezaee's)
        result[i] = tuple(a for a in attributions(sentence_doc, offset, quoted) if not quoted(a.cue[0]) and not (
            dateline is not None and a.subject is not None and a.subject[1] <= dateline.end()
            and (a.appositive is None or a.appositive[1] <= dateline.end())))
        if dateline is not None and dateline.end() < sentences[i].end:
            alone = tuple(a for a in attributions(parse_sentence(HONORIFIC_DOT.sub(
                r"\1 ", text[dateline.end():sentences[i].end])), dateline.end(), quoted) if not quoted(a.cue[0]))
            if _complete(alone) > _complete(result[i]):
                result[i] = alone
    return result


def _complete(found: Sequence[Attribution]) -> int:
    """How many reporting clauses have a subject and a content, and neither name ("called Iran and
    Armenia good neighbors") nor sit inside another."""
    return sum(1 for a in found if a.subject is not None and a.content is not None and not a.naming and not a.nested)
