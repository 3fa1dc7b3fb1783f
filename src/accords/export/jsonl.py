"""JSONL export: one record per line, in the JSON form of `accords.model.to_dict`.

Facts keep every field of the model, so a line minus its ``article`` key rebuilds the
record exactly with `accords.model.from_dict`; ``article`` holds the id, url, published
date and title of the article the fact was read from. Articles are written as they are.
Extractions are written whole, ``{"article": {...}, "extraction": {...}}``, the extraction
in its versioned form (schema ``accords.extraction/1``) and the article with its text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

from accords.export import KINDS, Exporter
from accords.export.source import ExportRecord
from accords.model import to_dict

#: The article fields attached to each fact for traceability.
TRACE_FIELDS = ("id", "url", "published", "title")


def line(record: ExportRecord, *, kind: str) -> dict[str, Any]:
    """The JSON object written for one record."""
    article = record.context.article
    if kind == "articles":
        return to_dict(record.item)
    if kind == "extractions":
        return {"article": to_dict(article), "extraction": record.item.to_dict()}
    trace = {name: getattr(article, name) for name in TRACE_FIELDS} if article else None
    return {**to_dict(record.item), "article": trace}


def write(records: Iterable[ExportRecord], out: IO[str], *, kind: str) -> int:
    """Write one JSON object per line; return the number of lines."""
    n = 0
    for record in records:
        out.write(json.dumps(line(record, kind=kind), ensure_ascii=False))
        out.write("\n")
        n += 1
    return n


EXPORTER = Exporter(
    name="jsonl",
    suffix=".jsonl",
    help="JSON Lines: each record in the model's JSON form, with its article (extractions whole).",
    write=write,
    kinds=KINDS,
)
