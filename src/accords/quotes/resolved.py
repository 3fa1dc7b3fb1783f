"""A resolved speaker: the entity a reporting clause's subject means, the name to show, how it
was found (its kind) and how sure that is. `accords.quotes.sources` resolves subjects to it;
every quote builder reads it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Speaker:
    """A resolved speaker: an entity id where one is known, and the name to show."""

    entity: str | None
    name: str
    kind: str  # person, org, role, group, name, description ("the company": `description`)
    confidence: float
