"""Conversion between the frozen records of `accords.model` and table rows.

This is the only place that knows how a record maps to columns, so the store's tables and
the fact model meet at one edge. Tuples are stored as JSON text (identical on every
database); evidence is stored compactly as ``[start, end]`` pairs, with the article id
added only when a span points into another article. Dates are also stored as the first
and last day they cover (`date_bounds`) so range filters compare plain strings.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from accords.days import day_span
from accords.model import (
    Article,
    Entity,
    Event,
    Evidence,
    Indicator,
    Mention,
    Quantity,
    Quote,
    Role,
    Segment,
    TimeExpression,
)


#: A table row as the store reads it: SQLAlchemy's `RowMapping` (keyed by column name or by
#: column) or a plain dict of column names.
Row = Mapping[Any, Any]


def dumps(value: Any) -> str:
    """JSON text of a value, unicode kept as is (what the JSON columns hold)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _strings(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


# --- dates -----------------------------------------------------------------------------


def day_bounds(iso: str) -> tuple[str, str]:
    """The first and last calendar day an ISO date string covers, as `accords.days.day_span` reads it.

    ``"2021-07"`` → ``("2021-07-01", "2021-07-31")``; ``"2021-Q3"`` → July 1 to Sept 30; ``"2021-W05"``
    → its Monday to its Sunday; a datetime is cut to its day. A string in no known form ("2021-02-30")
    is returned as both bounds, so it still sorts and compares as text.
    """
    iso = iso.strip()
    if span := day_span(iso):
        return span[0].isoformat(), span[1].isoformat()
    return iso, iso


def date_bounds(value: str | tuple[str, str] | None) -> tuple[str | None, str | None]:
    """The first and last day of a `DateValue` (a date or an interval), or (None, None)."""
    if value is None:
        return None, None
    if isinstance(value, str):
        return day_bounds(value)
    return day_bounds(value[0])[0], day_bounds(value[1])[1]


def _date_to_json(value: str | tuple[str, str] | None) -> str:
    return dumps(list(value) if isinstance(value, tuple) else value)


def _date_from_json(text: str) -> str | tuple[str, str] | None:
    value = json.loads(text)
    return tuple(value) if isinstance(value, list) else value


# --- evidence and shared columns --------------------------------------------------------


def evidence_to_json(article_id: str, evidence: tuple[Evidence, ...]) -> str:
    """Compact JSON of evidence spans: ``[start, end]``, plus the article id if foreign."""
    return dumps(
        [[e.start, e.end] if e.article_id == article_id else [e.start, e.end, e.article_id] for e in evidence]
    )


def evidence_from_json(article_id: str, text: str) -> tuple[Evidence, ...]:
    return tuple(
        Evidence(article_id=item[2] if len(item) > 2 else article_id, start=item[0], end=item[1])
        for item in json.loads(text)
    )


def _common(article_id: str, seq: int, pipeline: str, fact: Any) -> dict[str, Any]:
    first = fact.evidence[0] if fact.evidence else None
    return {
        "article_id": article_id,
        "seq": seq,
        "fact_id": fact.id,
        "stage": fact.stage,
        "confidence": fact.confidence,
        "evidence": evidence_to_json(article_id, fact.evidence),
        "ev_start": first.start if first else None,
        "ev_end": first.end if first else None,
        "pipeline": pipeline,
    }


def _common_fields(row: Row) -> dict[str, Any]:
    return {
        "id": row["fact_id"],
        "evidence": evidence_from_json(row["article_id"], row["evidence"]),
        "stage": row["stage"],
        "confidence": row["confidence"],
    }


# --- one pair of functions per record kind ----------------------------------------------


def article_row(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "text": article.text,
        "title": article.title,
        "url": article.url,
        "source": article.source,
        "author": article.author,
        "published": article.published,
        "language": article.language,
        "origin": article.origin,
        "duplicate_of": article.duplicate_of,
    }


def article_from_row(row: Row) -> Article:
    return Article(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        url=row["url"],
        source=row["source"],
        author=row["author"],
        published=row["published"],
        language=row["language"],
        origin=row["origin"],
        duplicate_of=row["duplicate_of"],
    )


def segments_to_json(segments: tuple[Segment, ...]) -> str:
    return dumps([[s.start, s.end] for s in segments])


def segments_from_json(text: str) -> tuple[Segment, ...]:
    return tuple(Segment(start=start, end=end) for start, end in json.loads(text))


def mention_row(article_id: str, seq: int, pipeline: str, m: Mention) -> dict[str, Any]:
    return {**_common(article_id, seq, pipeline, m), "text": m.text, "type": m.type, "entity_id": m.entity_id}


def mention_from_row(row: Row) -> Mention:
    return Mention(**_common_fields(row), text=row["text"], type=row["type"], entity_id=row["entity_id"])


def entity_row(article_id: str, seq: int, pipeline: str, e: Entity) -> dict[str, Any]:
    return {
        **_common(article_id, seq, pipeline, e),
        "type": e.type,
        "name": e.name,
        "canonical_id": e.canonical_id,
        "aliases": dumps(list(e.aliases)),
        "country": e.country,
        "title": e.title,
        "roles": dumps([[r.title, r.organisation, r.country, r.as_of] for r in e.roles]),
        "review": e.review,
    }


def entity_from_row(row: Row) -> Entity:
    return Entity(
        **_common_fields(row),
        type=row["type"],
        name=row["name"],
        canonical_id=row["canonical_id"],
        aliases=_strings(row["aliases"]),
        country=row["country"],
        title=row["title"],
        roles=tuple(
            Role(title=t, organisation=o, country=c, as_of=a) for t, o, c, a in json.loads(row["roles"])
        ),
        review=row.get("review"),
    )


def time_row(article_id: str, seq: int, pipeline: str, t: TimeExpression) -> dict[str, Any]:
    start, end = date_bounds(t.value)
    return {
        **_common(article_id, seq, pipeline, t),
        "text": t.text,
        "value": _date_to_json(t.value),
        "precision": t.precision,
        "date_start": start,
        "date_end": end,
    }


def time_from_row(row: Row) -> TimeExpression:
    return TimeExpression(
        **_common_fields(row), text=row["text"], value=_date_from_json(row["value"]), precision=row["precision"]
    )


def quantity_row(article_id: str, seq: int, pipeline: str, q: Quantity) -> dict[str, Any]:
    return {
        **_common(article_id, seq, pipeline, q),
        "text": q.text,
        "value": q.value,
        "unit": q.unit,
        "qualifier": q.qualifier,
    }


def quantity_from_row(row: Row) -> Quantity:
    return Quantity(
        **_common_fields(row), text=row["text"], value=row["value"], unit=row["unit"], qualifier=row["qualifier"]
    )


def event_row(article_id: str, seq: int, pipeline: str, e: Event) -> dict[str, Any]:
    start, end = date_bounds(e.date)
    return {
        **_common(article_id, seq, pipeline, e),
        "type": e.type,
        "mode": e.mode,
        "actors": dumps(list(e.actors)),
        "actor_countries": dumps(list(e.actor_countries)),
        "recipients": dumps(list(e.recipients)),
        "recipient_countries": dumps(list(e.recipient_countries)),
        "date": _date_to_json(e.date),
        "date_start": start,
        "date_end": end,
        "date_precision": e.date_precision,
        "location": e.location,
        "object": e.object,
        "document_kind": e.document_kind,
        "count": e.count,
        "sectors": dumps(list(e.sectors)),
        "status": e.status,
        "trigger": e.trigger,
        "review": e.review,
    }


def event_from_row(row: Row) -> Event:
    return Event(
        **_common_fields(row),
        type=row["type"],
        mode=row["mode"],
        actors=_strings(row["actors"]),
        actor_countries=_strings(row["actor_countries"]),
        recipients=_strings(row["recipients"]),
        recipient_countries=_strings(row["recipient_countries"]),
        date=_date_from_json(row["date"]),
        date_precision=row["date_precision"],
        location=row["location"],
        object=row["object"],
        document_kind=row["document_kind"],
        count=row["count"],
        sectors=_strings(row["sectors"]),
        status=row["status"],
        trigger=row["trigger"],
        review=row.get("review"),
    )


def indicator_row(article_id: str, seq: int, pipeline: str, i: Indicator) -> dict[str, Any]:
    return {
        **_common(article_id, seq, pipeline, i),
        "metric": i.metric,
        "value": i.value,
        "unit": i.unit,
        "subjects": dumps(list(i.subjects)),
        "qualifier": i.qualifier,
        "period_start": i.period[0] if i.period else None,
        "period_end": i.period[1] if i.period else None,
        "kind": i.kind,
        "deadline": i.deadline,
        "review": i.review,
    }


def indicator_from_row(row: Row) -> Indicator:
    start, end = row["period_start"], row["period_end"]
    return Indicator(
        **_common_fields(row),
        metric=row["metric"],
        value=row["value"],
        unit=row["unit"],
        subjects=_strings(row["subjects"]),
        qualifier=row["qualifier"],
        period=None if start is None and end is None else (start, end),
        kind=row["kind"],
        deadline=row["deadline"],
        review=row.get("review"),
    )


def quote_row(article_id: str, seq: int, pipeline: str, q: Quote) -> dict[str, Any]:
    return {
        **_common(article_id, seq, pipeline, q),
        "text": q.text,
        "speaker": q.speaker,
        "speaker_name": q.speaker_name,
        "cue": q.cue,
        "direct": q.direct,
        "review": q.review,
    }


def quote_from_row(row: Row) -> Quote:
    return Quote(
        **_common_fields(row),
        text=row["text"],
        speaker=row["speaker"],
        speaker_name=row["speaker_name"],
        cue=row["cue"],
        direct=bool(row["direct"]),
        review=row.get("review"),
    )


#: For each `Extraction` fact field: (record → row, row → record).
#: Each fact table's pair of converters: record to row, row to record.
CODECS: dict[str, tuple[Callable[[str, int, str, Any], dict[str, Any]], Callable[[Row], Any]]] = {
    "mentions": (mention_row, mention_from_row),
    "entities": (entity_row, entity_from_row),
    "times": (time_row, time_from_row),
    "quantities": (quantity_row, quantity_from_row),
    "events": (event_row, event_from_row),
    "indicators": (indicator_row, indicator_from_row),
    "quotes": (quote_row, quote_from_row),
}


def country_rows(article_id: str, seq: int, fact: Event | Indicator) -> list[dict[str, Any]]:
    """The `fact_countries` rows of an event (actors, recipients) or indicator (subjects)."""
    if isinstance(fact, Event):
        kind = "event"
        pairs = [("actor", c) for c in fact.actor_countries] + [("recipient", c) for c in fact.recipient_countries]
    else:
        kind = "indicator"
        pairs = [("subject", c) for c in fact.subjects]
    return [
        {"article_id": article_id, "kind": kind, "seq": seq, "role": role, "country": country}
        for role, country in dict.fromkeys(pairs)
    ]
