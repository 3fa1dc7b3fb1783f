"""The gold shape of an extraction: the public, scoreable JSON form of what accords found.

`to_gold` turns an `Extraction` into the shape of the gold files (docs/gold-format.md):
``article``, ``entities``, ``events``,
``indicators``, ``quotes``, ``times``, with ISO3 country codes, PLOVER types, values in base
units and ISO 8601 dates. Other tools score this shape, so it is a stable contract: fields
may be added, never renamed or removed, and every listed field is always present (null or
empty when unknown).
"""

from __future__ import annotations

from typing import Any

from accords.model import Article, DateValue, Event, Evidence, Extraction, Indicator

#: Joins the texts of a fact's evidence spans when it has more than one.
EVIDENCE_JOINER = " … "


def _evidence_text(article: Article, evidence: tuple[Evidence, ...]) -> str | None:
    """The article text under a fact's evidence spans, in text order."""
    spans = sorted((e.start, e.end) for e in evidence if 0 <= e.start < e.end <= len(article.text))
    if not spans:
        return None
    return EVIDENCE_JOINER.join(article.text[start:end] for start, end in spans)


def _first_offset(evidence: tuple[Evidence, ...]) -> int:
    return min((e.start for e in evidence), default=-1)


def _date(value: DateValue | None) -> str | list[str] | None:
    if value is None or isinstance(value, str):
        return value
    return list(value)


def _number(value: float) -> int | float:
    """Whole numbers are written without ``.0`` (11 agreements, not 11.0)."""
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else value


def article_header(article: Article, *, file: str | None = None) -> dict[str, Any]:
    """The ``article`` object: where the article came from and what the page says about it.

    `file` is the path gold files use (relative to their root). `id` is the input record's
    own id when the article came from a JSON record that had one (ingest keeps it in
    `Article.origin` as ``...#id``), else the content id; `article_id` is always the content id.
    """
    header: dict[str, Any] = {}
    if file is not None:
        header["file"] = file
    header.update(
        id=record_id(article) or article.id, url=article.url, published=article.published,
        source=article.source, author=article.author, title=article.title, article_id=article.id,
    )
    return header


def record_id(article: Article) -> str | None:
    """The id of the JSON record the article was read from, if it had one."""
    origin = article.origin or ""
    if "#" not in origin or origin.startswith(("http://", "https://")):
        return None
    return origin.rsplit("#", 1)[1] or None


#: Events an analyst records: what happened, is planned or is intended. Hypothetical ("may
#: visit") and denied ("did not sign") events stay in the Extraction and the store, with
#: their status, but are not events of the gold shape.
GOLD_EVENT_STATUSES = ("occurred", "planned", "intended")


def gold_shape_events(extraction: Extraction) -> list[Event]:
    """The extraction's events that the gold shape lists (`GOLD_EVENT_STATUSES`), in the order
    `to_gold` lists them: text order of their first evidence span."""
    return sorted((e for e in extraction.events if e.status in GOLD_EVENT_STATUSES),
                  key=lambda event: _first_offset(event.evidence))


def gold_shape_indicators(extraction: Extraction) -> list[Indicator]:
    """The extraction's figures in the order `to_gold` lists them: text order of their first
    evidence span."""
    return sorted(extraction.indicators, key=lambda indicator: _first_offset(indicator.evidence))


def to_gold(
    article: Article, extraction: Extraction, *, file: str | None = None, indirect: bool = False
) -> dict[str, Any]:
    """The extraction of `article` in the gold shape (docs/gold-format.md).

    Facts of each kind are listed in text order (first evidence span); ``events[].actors``
    is the sorted union of actor and recipient countries; time expressions without a calendar
    value are left out, as in the gold files.
    """
    def ordered(facts):
        return sorted(facts, key=lambda fact: _first_offset(fact.evidence))

    entities = []
    for entity in ordered(extraction.entities):
        if entity.type == "COUNTRY":
            entities.append({"type": "COUNTRY", "id": entity.canonical_id, "name": entity.name})
            continue
        item: dict[str, Any] = {"type": entity.type, "name": entity.name, "aliases": list(entity.aliases),
                                "country": entity.country, "title": entity.title}
        if entity.canonical_id:
            item["id"] = entity.canonical_id
        entities.append(item)

    events = [
        {
            "type": event.type,
            "mode": event.mode,
            "actors": sorted(set(event.actor_countries) | set(event.recipient_countries)),
            "date": _date(event.date),
            "location": event.location,
            "object": event.object,
            "status": event.status,
            "sectors": list(event.sectors),
            "evidence": _evidence_text(article, event.evidence),
        }
        for event in gold_shape_events(extraction)
    ]
    indicators = [
        {
            "metric": indicator.metric,
            "subjects": sorted(indicator.subjects),
            "value": _number(indicator.value),
            "unit": indicator.unit,
            "period": list(indicator.period) if indicator.period else None,
            "kind": indicator.kind,
            "qualifier": indicator.qualifier,
            "deadline": indicator.deadline,
            "evidence": _evidence_text(article, indicator.evidence),
        }
        for indicator in gold_shape_indicators(extraction)
    ]
    quotes = [
        {"speaker": quote.speaker_name, "text": quote.text, "cue": quote.cue, "direct": quote.direct}
        # the gold `text` is "the quoted words without the quote marks" (docs/gold-format.md): indirect
        # speech ("X said that ...") stays in the Extraction and the store, not in the gold shape,
        # unless asked for (`indirect=True`: the evaluation's all-quotes rows, `direct: false`)
        for quote in ordered(extraction.quotes)
        if quote.direct or indirect
    ]
    times = []
    for time in ordered(extraction.times):
        if time.value is None:  # no calendar value ("so far"): gold leaves these out
            continue
        item = {"text": time.text, "value": _date(time.value)}
        if time.evidence:
            item.update(start=time.evidence[0].start, end=time.evidence[0].end)
        times.append(item)
    return {
        "article": article_header(article, file=file),
        "entities": entities,
        "events": events,
        "indicators": indicators,
        "quotes": quotes,
        "times": times,
    }
