"""Facts laid over an article's text, for the article page.

`layout(text, extraction)` cuts the text at every sentence boundary and at every start and
end of a fact's evidence, so each piece lies in one sentence and is covered by a fixed set
of facts. The template then wraps each sentence in an element with an id (what the side
panel links to) and each covered piece in a ``<mark>`` whose classes name the kinds of the
facts over it. Overlapping and nested facts need no special case: a piece simply has
several kinds. Pure: text and records in, plain records out; escaping is the template's.

The facts over each piece come from one sweep over the cuts (a fact joins at its start and
leaves at its end), so the layout costs O(n log n) in the number of facts: testing every
fact against every piece made the page of a 1 MB article take 35 s.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass
from typing import Any

from accords.model import Extraction

#: Fact kinds in drawing order: sentence-sized kinds first, word-sized kinds last.
KINDS = ("event", "indicator", "quote", "entity", "time", "quantity")


@dataclass(frozen=True)
class Fact:
    """One fact as the side panel lists it; `anchor` is the id of its first piece."""

    anchor: str
    id: str
    kind: str
    label: str
    detail: str
    sentence: int | None
    #: what an analyst judges through this row (an event, figure, quote, or a mention's
    #: entity) and its kind, review state and confidence; None for times and quantities
    target: str | None = None
    review: str | None = None
    confidence: float | None = None


@dataclass(frozen=True)
class Piece:
    text: str
    kinds: tuple[str, ...] = ()
    facts: tuple[str, ...] = ()  # anchors of the facts covering the piece
    anchors: tuple[str, ...] = ()  # anchors that start here


@dataclass(frozen=True)
class Block:
    """A sentence (`sentence` is its index) or the text between two sentences (None)."""

    sentence: int | None
    pieces: tuple[Piece, ...]


Judged = tuple[str | None, str | None, float | None]  # (target id, review state, confidence)


def _judged(fact: Any) -> Judged:
    return (fact.id, fact.review, fact.confidence)


def _facts(extraction: Extraction) -> list[tuple[str, str, str, str, list[tuple[int, int]], Judged]]:
    """(id, kind, label, detail, spans, judged) of every fact of the article, in kind order."""
    aid = extraction.article_id
    spans = lambda fact: [(e.start, e.end) for e in fact.evidence if e.article_id == aid and e.end > e.start]  # noqa: E731
    entities = {e.id: e for e in extraction.entities}
    unjudged: Judged = (None, None, None)
    found = []
    for e in extraction.events:
        sides = ", ".join((*e.actor_countries, *e.recipient_countries))
        detail = " · ".join(x for x in (e.mode, e.document_kind, e.status, str(e.date or "")) if x)
        found.append((e.id, "event", f"{e.type}: {e.trigger or ''} {sides}".strip(), detail, spans(e), _judged(e)))
    for i in extraction.indicators:
        period = "–".join(i.period) if i.period else ""
        label = f"{i.metric} {i.value:,.0f} {i.unit}"
        detail = " · ".join(x for x in (i.kind, period, i.deadline or "") if x)
        found.append((i.id, "indicator", label, detail, spans(i), _judged(i)))
    for q in extraction.quotes:
        label = f"{q.speaker_name or 'unknown speaker'}: {q.text[:80]}"
        found.append((q.id, "quote", label, q.cue or "", spans(q), _judged(q)))
    for m in extraction.mentions:
        entity = entities.get(m.entity_id or "")
        judged = _judged(entity) if entity is not None else unjudged
        found.append((m.id, "entity", f"{m.type}: {m.text}", entity.name if entity else "", spans(m), judged))
    for t in extraction.times:
        found.append((t.id, "time", t.text, str(t.value or ""), spans(t), unjudged))
    for n in extraction.quantities:
        found.append((n.id, "quantity", n.text, f"{n.value:g} {n.unit}", spans(n), unjudged))
    return found


def layout(text: str, extraction: Extraction | None) -> tuple[list[Block], list[Fact]]:
    """The article text as sentence blocks of highlighted pieces, and the fact list."""
    if extraction is None:
        return [Block(None, (Piece(text),))], []
    size = len(text)
    sentences = sorted((max(0, s.start), min(size, s.end)) for s in extraction.sentences if s.end > s.start)
    starts = [s for s, _ in sentences]

    def sentence_of(offset: int) -> int | None:
        index = bisect.bisect_right(starts, offset) - 1
        return index if index >= 0 and offset < sentences[index][1] else None

    facts: list[Fact] = []
    covering: list[tuple[int, int, str, str]] = []  # (start, end, kind, anchor)
    for n, (fact_id, kind, label, detail, spans, judged) in enumerate(_facts(extraction)):
        anchor = f"f{n}"
        spans = [(max(0, s), min(size, e)) for s, e in spans if s < size]
        facts.append(Fact(anchor, fact_id, kind, label, detail, sentence_of(spans[0][0]) if spans else None, *judged))
        covering.extend((s, e, kind, anchor) for s, e in spans if e > s)
    cuts = sorted({0, size, *(x for span in sentences for x in span), *(x for s, e, _k, _a in covering for x in (s, e))})
    first_piece: dict[str, int] = {}
    for s, _e, _k, anchor in covering:
        first_piece[anchor] = min(first_piece.get(anchor, size), s)
    starting: dict[int, list[str]] = {}
    for anchor, offset in first_piece.items():
        starting.setdefault(offset, []).append(anchor)
    joining: dict[int, list[int]] = {}
    leaving: dict[int, list[int]] = {}
    for index, (s, e, _k, _a) in enumerate(covering):
        joining.setdefault(s, []).append(index)
        leaving.setdefault(e, []).append(index)
    active: set[int] = set()  # indexes into `covering` of the facts over the current piece
    blocks: list[Block] = []
    current: list[Piece] = []
    current_sentence: int | None = -1
    for start, end in itertools.pairwise(cuts):
        active.difference_update(leaving.get(start, ()))
        active.update(joining.get(start, ()))
        over = [covering[i][2:] for i in sorted(active)]  # (kind, anchor), in the facts' order
        kinds = tuple(k for k in KINDS if any(kind == k for kind, _a in over))
        piece = Piece(text[start:end], kinds, tuple(dict.fromkeys(a for _k, a in over)), tuple(starting.get(start, ())))
        sentence = sentence_of(start)
        if sentence != current_sentence and current:
            blocks.append(Block(current_sentence, tuple(current)))
            current = []
        current_sentence = sentence
        current.append(piece)
    if current:
        blocks.append(Block(current_sentence, tuple(current)))
    return blocks, facts
