"""Verdicts and how they apply to an extraction (pure: no I/O).

A fact verdict (confirm, reject, correct) names its fact by a key that outlives fact ids,
stage versions and fact order: the article, the fact kind, the first evidence span, and
the fact's *identity* (an event's type and countries, a figure's value, unit and
subjects, a quote's words, an entity's type and name). A new extraction of the article
holds the verdict's fact when one of its facts has the identity the fact had before the
verdict or the one the verdict gave it, on an overlapping span (entities: anywhere in the
article); the exact span wins, then the largest overlap. A verdict with no such fact is
*lost*: the store reports it and keeps it, in case a later version finds the fact again.

Entity verdicts across articles: ``merge`` gives every entity of one key
(``ORG:European Union``) another key (``ORG:EU``); ``split`` does the same in the
articles it names only. Events follow: a merged entity's country or organisation code
replaces the old one among the event's sides, so pair pages and the graph follow too.

`apply` replays verdicts in log order; applying a log to the pipeline's output gives the
same facts as applying each verdict, as it came, to the facts stored at the time.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from accords.errors import AccordsError
from accords.gazetteer import organisations
from accords.model import DateValue, Entity, Event, Extraction, Indicator, Quote

FACT_ACTIONS = ("confirm", "reject", "correct")
ENTITY_ACTIONS = ("merge", "split")
ACTIONS = FACT_ACTIONS + ENTITY_ACTIONS
#: the fact kinds a verdict may judge, and the `Extraction` field that holds them
KINDS = {"event": "events", "indicator": "indicators", "quote": "quotes", "entity": "entities"}
#: the review state a fact takes from each action (`Event.review` and the like)
STATES = {"confirm": "confirmed", "reject": "rejected", "correct": "corrected"}

#: What an analyst may correct, per kind: the fields of a verdict's before and after values.
CORRECTABLE: dict[str, tuple[str, ...]] = {
    "event": ("type", "mode", "actor_countries", "recipient_countries", "date", "status", "location", "object"),
    "indicator": ("metric", "subjects", "value", "unit", "period", "kind", "qualifier", "deadline"),
    "quote": ("speaker_name", "cue"),
    "entity": ("type", "name", "canonical_id", "country", "title"),
}
#: Fields shown in a verdict's before values besides the correctable ones (quote text).
_SHOWN = {"quote": ("text",)}
_LISTS = {"actor_countries", "recipient_countries", "subjects"}
_CODE = re.compile(r"^[A-Z][A-Z0-9-]{1,15}$")


class ReviewError(AccordsError):
    """A verdict cannot be given: unknown fact, field or value, or a malformed entity key."""


@dataclass(frozen=True)
class Verdict:
    """One entry of the verdict log.

    `before` and `after` are JSON-ready values: the judged fact's `CORRECTABLE` fields
    before the verdict, and for ``correct`` the changed fields only; for ``merge`` and
    ``split``, ``{"key": "ORG:..."}`` each. `span` is the fact's first evidence span;
    `articles` the articles a split applies to. `held` says whether the last save of the
    article found the fact (None until one did or did not)."""

    kind: str
    action: str
    by: str
    article_id: str | None = None
    fact_id: str | None = None
    span: tuple[int, int] | None = None
    before: Mapping[str, Any] = field(default_factory=dict)
    after: Mapping[str, Any] = field(default_factory=dict)
    articles: tuple[str, ...] = ()
    note: str | None = None
    at: str = ""
    id: int | None = None
    held: bool | None = None

    def key(self) -> dict[str, Any]:
        """The fact key stored with the verdict: what it judged, matched as the module says."""
        if self.action in ENTITY_ACTIONS:
            return {"kind": self.kind, "key": self.before.get("key"), "articles": list(self.articles)}
        return {
            "kind": self.kind,
            "article": self.article_id,
            "span": list(self.span) if self.span else None,
            "content": identity(self.kind, self.before),
        }


# --- values ------------------------------------------------------------------------------


def _json(value: Any) -> Any:
    return [_json(v) for v in value] if isinstance(value, (tuple, list)) else value


def snapshot(kind: str, fact: Any) -> dict[str, Any]:
    """The JSON-ready values of a fact that verdicts show and correct."""
    names = CORRECTABLE[kind] + _SHOWN.get(kind, ())
    return {name: _json(getattr(fact, name)) for name in names}


def _fold(text: str | None) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    return re.sub(r"\s+", " ", text).strip().casefold()


def identity(kind: str, values: Mapping[str, Any]) -> list[Any]:
    """What makes two facts of `kind` the same fact, from their `snapshot` values."""
    if kind == "event":
        sides = sorted({*values.get("actor_countries", ()), *values.get("recipient_countries", ())})
        return [values.get("type"), sides]
    if kind == "indicator":
        value = values.get("value")
        return [values.get("unit"), None if value is None else f"{float(value):.6g}", sorted(values.get("subjects", ()))]
    if kind == "quote":
        return [_fold(values.get("text"))]
    return [values.get("type"), _fold(values.get("name"))]


def parse_changes(kind: str, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Corrections as JSON-ready values, checked: strings from a command line
    (``actor_countries=AZE,TUR``, ``date=2021-09-14``, ``period=2021-01-01..2021-07-31``,
    ``value=2.5e9``) or JSON values from the API. Empty string or null clears a field."""
    if kind not in CORRECTABLE:
        raise ReviewError(f"no corrections for {kind!r} facts; kinds: {', '.join(CORRECTABLE)}")
    if not changes:
        raise ReviewError("a correction needs at least one field=value")
    parsed: dict[str, Any] = {}
    for name, raw in changes.items():
        if name not in CORRECTABLE[kind]:
            raise ReviewError(f"{kind} field {name!r} cannot be corrected; fields: {', '.join(CORRECTABLE[kind])}")
        parsed[name] = _parse(kind, name, raw)
    return parsed


def _parse(kind: str, name: str, raw: Any) -> Any:
    if raw is None or raw == "":
        if name in _LISTS:
            return []
        if (kind, name) in {("event", "type"), ("event", "status"), ("indicator", "value"), ("indicator", "unit"),
                            ("indicator", "metric"), ("indicator", "kind"), ("entity", "type"), ("entity", "name")}:
            raise ReviewError(f"{kind} field {name!r} cannot be empty")
        return None
    if name in _LISTS:
        items = raw.split(",") if isinstance(raw, str) else list(raw)
        return sorted({str(item).strip().upper() for item in items if str(item).strip()})
    if name == "value":
        try:
            return float(raw)
        except (TypeError, ValueError) as exc:
            raise ReviewError(f"indicator value {raw!r} is not a number") from exc
    if name in ("date", "period"):
        return _date(name, raw)
    if not isinstance(raw, str):
        raise ReviewError(f"{kind} field {name!r}: expected text, got {raw!r}")
    value = raw.strip()
    if name == "type":
        value = value.upper()
        allowed = _allowed(kind)
        if value not in allowed:
            raise ReviewError(f"{kind} type {raw!r} is not one of {', '.join(allowed)}")
    if (kind, name) == ("event", "status"):
        from accords.model import EVENT_STATUSES

        if value not in EVENT_STATUSES:
            raise ReviewError(f"event status {raw!r} is not one of {', '.join(EVENT_STATUSES)}")
    if (kind, name) == ("indicator", "kind"):
        from accords.model import INDICATOR_KINDS

        if value not in INDICATOR_KINDS:
            raise ReviewError(f"indicator kind {raw!r} is not one of {', '.join(INDICATOR_KINDS)}")
    if (kind, name) == ("entity", "country"):
        value = value.upper()
    return value


def _allowed(kind: str) -> tuple[str, ...]:
    from accords.model import ENTITY_TYPES, EVENT_TYPES

    return EVENT_TYPES if kind == "event" else ENTITY_TYPES


_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-Q[1-4]|-H[12])?$")


def _date(name: str, raw: Any) -> Any:
    parts = raw.split("..") if isinstance(raw, str) else list(raw)
    parts = [str(p).strip() for p in parts]
    if not all(_ISO.match(p) for p in parts) or len(parts) not in ((1, 2) if name == "date" else (2,)):
        shape = "an ISO date or start..end" if name == "date" else "start..end (ISO dates)"
        raise ReviewError(f"{name} {raw!r} is not {shape}")
    return parts[0] if len(parts) == 1 else parts


def split_key(key: str) -> tuple[str, str]:
    """``TYPE:ident`` of an entity across articles → (TYPE, ident); `ReviewError` if malformed."""
    from accords.model import ENTITY_TYPES

    kind, sep, ident = (key or "").partition(":")
    if not sep or not ident.strip() or kind not in ENTITY_TYPES:
        raise ReviewError(f"entity key {key!r} should look like 'ORG:European Union' or 'COUNTRY:AZE'")
    return kind, ident.strip()


def entity_key(entity: Entity) -> str:
    """The cross-article key of an entity (as `accords.store.views.entity_key`)."""
    return f"{entity.type}:{entity.canonical_id or entity.name}"


# --- matching ----------------------------------------------------------------------------


def _span(fact: Any) -> tuple[int, int] | None:
    return (fact.evidence[0].start, fact.evidence[0].end) if fact.evidence else None


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    if a is None or b is None:
        return 0
    return min(a[1], b[1]) - max(a[0], b[0])


def find(verdict: Verdict, facts: Sequence[Any]) -> int | None:
    """The position in `facts` (one kind, one article) of the fact `verdict` judged, or None."""
    wanted = [identity(verdict.kind, verdict.before), identity(verdict.kind, {**verdict.before, **verdict.after})]
    best: tuple[int, int, int] | None = None  # (exact span, overlap, -position)
    for position, fact in enumerate(facts):
        if identity(verdict.kind, snapshot(verdict.kind, fact)) not in wanted:
            continue
        span = _span(fact)
        if verdict.kind == "entity":
            score = (int(fact.id == verdict.fact_id), 0, -position)
        else:
            overlap = _overlap(span, verdict.span)
            if verdict.span is not None and overlap <= 0:
                continue
            score = (int(span == verdict.span), overlap, -position)
        if best is None or score > best:
            best = score
    return None if best is None else -best[2]


# --- applying ----------------------------------------------------------------------------


def _code(entity: Entity | None) -> str | None:
    """The code an entity stands for among an event's sides: a country's ISO code, or the
    acronym of an international organisation the gazetteer knows (EU, UN, SCO). Merging an
    office into an acronym of one's own ('ORG:MFA') makes no new side."""
    if entity is None or entity.canonical_id is None:
        return None
    if entity.type == "COUNTRY" or (entity.type == "ORG" and entity.canonical_id in _igo_codes()):
        return entity.canonical_id
    return None


@functools.cache
def _igo_codes() -> frozenset[str]:
    return frozenset(igo.acronym for igo in organisations.igos())


def _corrected(kind: str, fact: Any, after: Mapping[str, Any], extraction: Extraction) -> Any:
    values: dict[str, Any] = {}
    for name, value in after.items():
        if name in _LISTS:
            values[name] = tuple(value)
        elif name in ("date", "period") and isinstance(value, list):
            values[name] = tuple(value)
        else:
            values[name] = value
    if kind == "event":
        values.update(_event_sides(fact, values, extraction))
        if "date" in values:
            values["date_precision"] = _precision(values["date"])
    if kind == "quote" and "speaker_name" in values:
        values["speaker"] = _entity_named(extraction, values["speaker_name"])
    return dataclasses.replace(fact, **values)


def _precision(value: DateValue | None) -> str | None:
    """The precision word the stages use for a date value (`accords.temporal`)."""
    if value is None:
        return None
    if not isinstance(value, str):
        return "interval"
    if "-Q" in value or "-H" in value:
        return "quarter" if "-Q" in value else "half"
    return {4: "year", 7: "month"}.get(len(value), "day")


def _event_sides(event: Event, values: dict[str, Any], extraction: Extraction) -> dict[str, Any]:
    """The actors and recipients (entity ids) that go with corrected side countries: ids
    whose code is still on that side, then the countries' own entities."""
    by_id = {e.id: e for e in extraction.entities}
    by_code = {_code(e): e.id for e in extraction.entities if _code(e) is not None}
    found = {}
    for ids_field, codes_field in (("actors", "actor_countries"), ("recipients", "recipient_countries")):
        if codes_field not in values:
            continue
        codes = values[codes_field]
        kept = [i for i in getattr(event, ids_field) if _code(by_id.get(i)) in codes or (
            _code(by_id.get(i)) is None and getattr(by_id.get(i), "country", None) in codes)]
        covered = {_code(by_id.get(i)) or getattr(by_id.get(i), "country", None) for i in kept}
        kept += [by_code[c] for c in codes if c not in covered and c in by_code]
        found[ids_field] = tuple(kept)
    return found


def _entity_named(extraction: Extraction, name: str | None) -> str | None:
    if not name:
        return None
    folded = _fold(name)
    for entity in extraction.entities:
        if entity.type == "PERSON" and folded in {_fold(entity.name), *(_fold(a) for a in entity.aliases)}:
            return entity.id
    return None


def _relabel(extraction: Extraction, verdict: Verdict) -> Extraction:
    """A merge or split applied to one article: its entities of the old key take the new
    key, and the events they are a side of swap the old code for the new one."""
    if verdict.action == "split" and extraction.article_id not in verdict.articles:
        return extraction
    old_key, new_key = verdict.before["key"], verdict.after["key"]
    new_type, new_ident = split_key(new_key)
    changed: dict[str, tuple[Entity, Entity]] = {}
    entities = []
    for entity in extraction.entities:
        if entity_key(entity) == old_key and entity.review != "rejected":
            aliases = entity.aliases if entity.name in entity.aliases else (*entity.aliases, entity.name)
            made = dataclasses.replace(entity, type=new_type, canonical_id=new_ident, aliases=aliases)
            if made.name == new_ident:
                made = dataclasses.replace(made, aliases=tuple(a for a in aliases if a != new_ident))
            changed[entity.id] = (entity, made)
            entity = made
        entities.append(entity)
    if not changed:
        return extraction
    events = []
    for event in extraction.events:
        sides: dict[str, Any] = {}
        for ids_field, codes_field in (("actors", "actor_countries"), ("recipients", "recipient_countries")):
            codes = list(getattr(event, codes_field))
            for entity_id in getattr(event, ids_field):
                if entity_id in changed:
                    old, new = (_code(e) for e in changed[entity_id])
                    if old in codes:
                        codes.remove(old)
                    if new is not None and new not in codes:
                        codes.append(new)
            sides[codes_field] = tuple(sorted(set(codes)))
        events.append(dataclasses.replace(event, **sides))
    return dataclasses.replace(extraction, entities=tuple(entities), events=tuple(events))


@dataclass(frozen=True)
class Reviewed:
    """An extraction with verdicts applied, and for each fact verdict (by log id, in
    order) the id of the fact it found, or None when it found none (lost)."""

    extraction: Extraction
    found: tuple[tuple[int | None, str | None], ...]


def apply(extraction: Extraction, verdicts: Iterable[Verdict]) -> Reviewed:
    """Apply `verdicts` in the order given to one article's extraction.

    Fact verdicts of other articles are ignored; merges apply to every article, splits
    to the articles they name. Confirm marks a fact ``confirmed`` (a corrected fact stays
    ``corrected``), reject ``rejected``, correct replaces the fields of `after` (a quote's
    speaker entity and an event's actor and recipient entities follow) and marks it
    ``corrected``."""
    found: list[tuple[int | None, str | None]] = []
    for verdict in verdicts:
        if verdict.action in ENTITY_ACTIONS:
            extraction = _relabel(extraction, verdict)
            continue
        if verdict.article_id != extraction.article_id:
            continue
        name = KINDS[verdict.kind]
        facts = list(getattr(extraction, name))
        position = find(verdict, facts)
        if position is None:
            found.append((verdict.id, None))
            continue
        fact = facts[position]
        if verdict.action == "correct":
            fact = _corrected(verdict.kind, fact, verdict.after, extraction)
        state = STATES[verdict.action]
        if not (verdict.action == "confirm" and fact.review == "corrected"):
            fact = dataclasses.replace(fact, review=state)
        facts[position] = fact
        changed_facts: dict[str, Any] = {name: tuple(facts)}
        extraction = dataclasses.replace(extraction, **changed_facts)
        found.append((verdict.id, fact.id))
    return Reviewed(extraction, tuple(found))


def visible(extraction: Extraction) -> Extraction:
    """The extraction without its rejected facts, nor the mentions of rejected entities
    (what lists, exports and gold files show)."""
    rejected = {e.id for e in extraction.entities if e.review == "rejected"}
    kept: dict[str, Any] = {
        name: tuple(f for f in getattr(extraction, name) if f.review != "rejected") for name in KINDS.values()
    }
    return dataclasses.replace(
        extraction, mentions=tuple(m for m in extraction.mentions if m.entity_id not in rejected), **kept
    )


FACT_TYPES: dict[str, type] = {"event": Event, "indicator": Indicator, "quote": Quote, "entity": Entity}


def kind_of(fact_id: str) -> str:
    """The fact kind named in a fact id (``<article>:event:<digest>``); `ReviewError` if none."""
    parts = fact_id.split(":")
    if len(parts) != 3 or parts[1] not in KINDS:
        raise ReviewError(f"{fact_id!r} is not the id of an event, indicator, quote or entity "
                          "(ids look like '<article>:event:<digest>')")
    return parts[1]
