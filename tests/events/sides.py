"""Shared by the event tests: the stages up to events.v2, and each event found as
(type, sides, status), the sides being the sorted union of actor and recipient countries."""

from __future__ import annotations

import accords

STAGES = ["segment.v1", "entities.v2", "times.v2", "quantities.v1", "events.v2"]


def events_with_sides(text: str, published: str | None = None) -> list[tuple[str, tuple[str, ...], str]]:
    extraction = accords.extract(text, published=published, stages=STAGES)
    return [
        (e.type, tuple(sorted(set(e.actor_countries) | set(e.recipient_countries))), e.status)
        for e in extraction.events
    ]
