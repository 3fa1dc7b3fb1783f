"""PLOVER JSON export of events: the record shape of the PLOVER gold-standard records
(openeventdata/PLOVER, ``PLOVER_GSR_CAMEO.json``) and POLECAT, as one JSON array.

Each event becomes::

    {"id", "date", "source": [actor, ...], "target": [actor, ...], "event", "eventText",
     "mode", "context", "eventLoc", "text", "language", "publication", "url", "accords": {...}}

where an actor is ``{"actorText", "code", "sector"}``: the entity's name as the article
gives it, its country (ISO 3166-1 alpha-3, or an organisation's acronym) and ``"GOV"`` for
governments' people and bodies (else no sector). Our actors are ``source``, recipients
``target``; a joint event ("Azerbaijan and Turkey signed ...") has every side in ``source``
and an empty ``target``, as the gold records code compound actors. ``text`` is the sentence
the event was read from. What PLOVER has no field for (status, sectors, evidence spans,
confidence, stage, the exact date and its precision, document kind and count) is kept under
the namespaced ``accords`` key. docs/exports.md has the full mapping.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import IO, Any

from accords.export import Exporter
from accords.export.columns import date_text
from accords.export.source import ExportRecord
from accords.model import Entity, Event, to_dict
from accords.store.when import event_when

#: Our sectors as PLOVER/POLECAT contexts; sectors without a close context are left out.
SECTOR_CONTEXTS = {
    "digital transformation": "technology",
    "ICT and telecom": "technology",
    "cyber security": "cyber",
    "data protection": "cyber",
    "e-government and cloud": "technology",
    "space": "technology",
    "energy": "resource",
    "transport and transit": "infrastructure",
    "trade": "economic",
    "finance": "economic",
    "agriculture": "agriculture",
    "health and pharmaceuticals": "health",
    "tourism": "economic",
    "security and defence": "military",
}

# Words that make a person or body part of a government (PLOVER sector GOV).
_GOVERNMENT = re.compile(
    r"\b(ministry|minister|ministers|president|prime minister|government|cabinet|parliament|"
    r"embassy|ambassador|secretary|official|officials|office|agency|department|state committee)\b",
    re.IGNORECASE,
)


def sector_of(entity: Entity) -> str | None:
    """``"GOV"`` for a person or organisation of a government, by name or title; else None."""
    if entity.type not in ("ORG", "PERSON"):
        return None
    words = " ".join(p for p in (entity.name, entity.title or "", *(r.title for r in entity.roles)) if p)
    return "GOV" if _GOVERNMENT.search(words) else None


def _actor(entity: Entity) -> dict[str, Any]:
    code = entity.canonical_id if entity.type == "COUNTRY" else (entity.country or entity.canonical_id)
    actor: dict[str, Any] = {"actorText": entity.name, "code": code or ""}
    sector = sector_of(entity)
    if sector:
        actor["sector"] = sector
    return actor


def _side(ids: tuple[str, ...], countries: tuple[str, ...], known: dict[str, Entity]) -> list[dict[str, Any]]:
    """The actors of one side: its entities, then any of its countries no entity stands for."""
    actors = [_actor(known[i]) for i in ids if i in known]
    covered = {a["code"] for a in actors}
    names = {e.canonical_id: e.name for e in known.values() if e.type == "COUNTRY" and e.canonical_id}
    actors += [{"actorText": names.get(code, code), "code": code} for code in countries if code not in covered]
    return actors


def record(event_record: ExportRecord) -> dict[str, Any]:
    """The PLOVER object of one event record."""
    event: Event = event_record.item
    context = event_record.context
    article = context.article
    known = dict(context.entities)
    joint = not event.recipients and not event.recipient_countries
    when = event_when(event, article.published if article else None)
    contexts = list(dict.fromkeys(SECTOR_CONTEXTS[s] for s in event.sectors if s in SECTOR_CONTEXTS))
    out: dict[str, Any] = {
        "id": event.id,
        "date": when.start if when else None,
        "source": _side(event.actors, event.actor_countries, known),
        "target": [] if joint else _side(event.recipients, event.recipient_countries, known),
        "event": event.type,
        "eventText": event.trigger or "",
        "mode": event.mode or "",
        "context": ", ".join(contexts),
        "text": " ".join(context.sentences_of(event.evidence)),
        "language": (article.language if article else None) or "en",
        "publication": article.source if article else None,
        "url": article.url if article else None,
    }
    if event.location:
        out["eventLoc"] = {"name": event.location}
    out["accords"] = {
        "article_id": event.evidence[0].article_id if event.evidence else None,
        "published": article.published if article else None,
        "status": event.status,
        "date": date_text(event.date),
        "date_precision": event.date_precision,
        "date_source": when.source if when else None,
        "object": event.object,
        "document_kind": event.document_kind,
        "count": event.count,
        "sectors": list(event.sectors),
        "evidence": to_dict(event.evidence),
        "confidence": event.confidence,
        "stage": event.stage,
    }
    return out


def write(records: Iterable[ExportRecord], out: IO[str], *, kind: str) -> int:
    """Write the events as one JSON array, an object at a time; return how many."""
    n = 0
    out.write("[")
    for event_record in records:
        out.write(",\n" if n else "\n")
        out.write(json.dumps(record(event_record), ensure_ascii=False, indent=2))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


EXPORTER = Exporter(
    name="plover",
    suffix=".json",
    help="PLOVER/POLECAT JSON events (source/target actors, event, mode, context, text), accords extras under 'accords'.",
    write=write,
    kinds=("events",),
)
