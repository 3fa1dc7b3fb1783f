"""Long texts in bounded parts, so that extraction cost grows linearly with length.

Several stages compare facts with facts of the same article (events with the events found
before them, sentences with every mention), which is quadratic in the length of the text:
harmless on a news story (the longest gold article is 6 K characters), ruinous on a 4 MB dump
(a repetitive 4 MB text ran past 600 s; 1 MB of real text took 75 s and 3.1 GB). An article
longer than `PART_CHARS` is therefore analysed part by part, each part a run of whole
paragraphs of at most `PART_CHARS` characters (a paragraph longer than that is cut at a
space), and the parts' extractions are merged back into one (`merge`):

- every span (`Evidence`, `Segment`) is shifted by the part's offset in the article, so it
  still points at the same characters of `Article.text`;
- an entity has one id per article (made from its type and name, not its position), so the
  entities of all parts with one id become one entity with all their evidence, and mentions
  keep pointing at it;
- every other fact id is made from offsets within its part; ids of the second and later
  parts get the part number (``...:event:1a2b3c4d5e~p2``), everywhere they are referred to,
  so that two parts with the same text do not give two facts the same id.

Facts that span two parts (an event in part 2 whose actor was only named in part 1) are the
price; `PART_CHARS` is far above any news story, so articles the stages are built for are
never split. Pure: no I/O.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from accords.model import Entity, Evidence, Extraction, Segment
from accords.nlp import paragraph_cuts

#: The most characters analysed in one go (a long feature is under 100 K characters).
PART_CHARS = 100_000
_FACT_FIELDS = ("mentions", "times", "quantities", "events", "indicators", "quotes")


def split(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each part of `text`: whole paragraphs, at most `size` characters
    (default `PART_CHARS`), together covering the text exactly."""
    return paragraph_cuts(text, size or PART_CHARS)


def merge(article_id: str, pipeline: tuple[str, ...], parts: list[tuple[int, Extraction]]) -> Extraction:
    """One extraction from the extractions of the parts of an article, each given with the
    offset of its part (see the module docstring)."""
    entities: dict[str, Entity] = {}
    facts: dict[str, list[Any]] = {name: [] for name in _FACT_FIELDS}
    sentences: list[Segment] = []
    paragraphs: list[Segment] = []
    notes: list[str] = []
    for number, (offset, extraction) in enumerate(parts, start=1):
        renamed = {} if number == 1 else {
            fact.id: f"{fact.id}~p{number}" for name in _FACT_FIELDS for fact in getattr(extraction, name)
        }
        move = _mover(offset, renamed)
        sentences.extend(move(s) for s in extraction.sentences)
        paragraphs.extend(move(p) for p in extraction.paragraphs)
        for name in _FACT_FIELDS:
            facts[name].extend(move(fact) for fact in getattr(extraction, name))
        for entity in map(move, extraction.entities):
            seen = entities.get(entity.id)
            entities[entity.id] = entity if seen is None else _joined(seen, entity)
        notes.extend(note for note in extraction.notes if note not in notes)
    found_facts: dict[str, Any] = {name: tuple(found) for name, found in facts.items()}
    return Extraction(
        article_id=article_id, pipeline=pipeline, sentences=tuple(sentences), paragraphs=tuple(paragraphs),
        entities=tuple(entities.values()), notes=tuple(notes), **found_facts,
    )


def _joined(first: Entity, later: Entity) -> Entity:
    """One entity named in two parts: the first part's, with the evidence, aliases and roles of both."""
    return dataclasses.replace(
        first,
        evidence=first.evidence + later.evidence,
        aliases=tuple(dict.fromkeys(first.aliases + later.aliases)),
        roles=tuple(dict.fromkeys(first.roles + later.roles)),
    )


def _mover(offset: int, renamed: dict[str, str]) -> Callable[[Any], Any]:
    """A function that shifts every span of a record by `offset` and renames the ids in `renamed`."""

    def move(value: Any) -> Any:
        if isinstance(value, (Evidence, Segment)):
            return dataclasses.replace(value, start=value.start + offset, end=value.end + offset)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            changes = {}
            for field in dataclasses.fields(value):
                old = getattr(value, field.name)
                new = move(old)
                if new is not old:
                    changes[field.name] = new
            return dataclasses.replace(value, **changes) if changes else value
        if isinstance(value, tuple):
            moved = tuple(move(item) for item in value)
            return value if all(a is b for a, b in zip(moved, value)) else moved
        if isinstance(value, str):
            return renamed.get(value, value)
        return value

    return move
