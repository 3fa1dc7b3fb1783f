"""Shared by the event tests: the stages up to events.v2, and each event found as
(type, sides, status), the sides being the sorted union of actor and recipient countries, or
as (type, actors, recipients) where the direction matters."""

from __future__ import annotations

import accords
from accords.model import Event

STAGES = ["segment.v2", "entities.v2", "times.v2", "quantities.v1", "events.v2"]


def sides(event: Event) -> tuple[str, ...]:
    """The event's actor and recipient countries, sorted, each once."""
    return tuple(sorted(set(event.actor_countries) | set(event.recipient_countries)))


def events_with_sides(text: str, published: str | None = None, *,
                      source: str | None = None) -> list[tuple[str, tuple[str, ...], str]]:
    extraction = accords.extract(text, published=published, source=source, stages=STAGES)
    return [(e.type, sides(e), e.status) for e in extraction.events]


def directed_events(text: str, published: str | None = None, *,
                    source: str | None = None) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """Each event found as (type, actor countries, recipient countries): who acts on whom."""
    extraction = accords.extract(text, published=published, source=source, stages=STAGES)
    return [(e.type, e.actor_countries, e.recipient_countries) for e in extraction.events]


def dated_events(text: str, published: str | None = None, *,
                 source: str | None = None) -> list[tuple[str, tuple[str, ...], object]]:
    """Each event found as (type, sides, date): when it is dated, and from what."""
    extraction = accords.extract(text, published=published, source=source, stages=STAGES)
    return [(e.type, sides(e), e.date) for e in extraction.events]


def directed_events_in(before: str, sentence: str, published: str | None = None, *,
                       source: str | None = None) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """Each event whose evidence starts in `sentence`, read after the text `before` it, as (type,
    actor countries, recipient countries): what one sentence yields in its article's context."""
    extraction = accords.extract(before + sentence, published=published, source=source, stages=STAGES)
    return [(e.type, e.actor_countries, e.recipient_countries) for e in extraction.events
            if e.evidence and e.evidence[0].start >= len(before)]


def events_with_sides_in(before: str, sentence: str, published: str | None = None, *,
                         source: str | None = None) -> list[tuple[str, tuple[str, ...], str]]:
    """Each event whose evidence starts in `sentence`, read after the text `before` it, as (type,
    sides, status)."""
    extraction = accords.extract(before + sentence, published=published, source=source, stages=STAGES)
    return [(e.type, sides(e), e.status) for e in extraction.events if e.evidence and e.evidence[0].start >= len(before)]
