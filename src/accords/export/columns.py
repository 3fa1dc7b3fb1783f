"""Flat columns per kind, shared by the CSV and Parquet exports.

A `Column` has a name, a value type and a getter on an `ExportRecord`. The types say how
each format writes the value: ``string``, ``float``, ``int``, ``bool``, ``date`` (an ISO
day, a date column in Parquet), ``strings`` (a list: joined with ``;`` in CSV, a list column
in Parquet) and ``evidence`` (spans: ``article_id:start-end`` joined with ``;`` in CSV, a
list of structs in Parquet). Every fact kind ends with its evidence and ``evidence_text``,
the sentences those spans fall in: each fact traced to the words that state it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from accords.export.source import ExportRecord
from accords.store.rows import date_bounds
from accords.store.when import When, event_when

COLUMN_TYPES = ("string", "float", "int", "bool", "date", "strings", "evidence")


@dataclass(frozen=True)
class Column:
    """One output column: its name, value type (`COLUMN_TYPES`) and how to read it."""

    name: str
    type: str
    get: Callable[[ExportRecord], Any]


def _field(name: str, type_: str = "string") -> Column:
    return Column(name, type_, lambda r: getattr(r.item, name))


def _article(name: str) -> Callable[[ExportRecord], Any]:
    return lambda r: getattr(r.context.article, name) if r.context.article else None


def date_text(value: Any) -> str | None:
    """A `DateValue` as one ISO 8601 string: a date, or an interval ``start/end``."""
    if value is None or isinstance(value, str):
        return value
    return f"{value[0]}/{value[1]}"


def _when(record: ExportRecord) -> When | None:
    """The event's `When` (`accords.store.when`: its own date, else its article's day as reported)."""
    article = record.context.article
    return event_when(record.item, article.published if article else None)


def _names(ids_of: str) -> Callable[[ExportRecord], tuple[str, ...]]:
    def get(record: ExportRecord) -> tuple[str, ...]:
        known = record.context.entities
        return tuple(known[i].name if i in known else i for i in getattr(record.item, ids_of))

    return get


_TRACE = (
    Column("article_id", "string", lambda r: r.item.evidence[0].article_id if r.item.evidence else None),
    Column("url", "string", _article("url")),
    Column("published", "string", _article("published")),
)
_EVIDENCE = (
    Column("evidence", "evidence", lambda r: r.item.evidence),
    Column("evidence_text", "string", lambda r: " ".join(r.context.sentences_of(r.item.evidence)) or None),
)
_MADE_BY = (_field("stage"), _field("confidence", "float"))

COLUMNS: dict[str, tuple[Column, ...]] = {
    "events": (
        _field("id"), *_TRACE, _field("type"), _field("mode"), _field("status"),
        _field("actors", "strings"), Column("actor_names", "strings", _names("actors")),
        _field("actor_countries", "strings"),
        _field("recipients", "strings"), Column("recipient_names", "strings", _names("recipients")),
        _field("recipient_countries", "strings"),
        Column("date", "string", lambda r: date_text(r.item.date)),
        Column("date_start", "date", lambda r: date_bounds(r.item.date)[0]),
        Column("date_end", "date", lambda r: date_bounds(r.item.date)[1]),
        _field("date_precision"),
        Column("when_start", "date", lambda r: _when(r) and _when(r).start),  # type: ignore[union-attr]
        Column("when_end", "date", lambda r: _when(r) and _when(r).end),  # type: ignore[union-attr]
        Column("when_source", "string", lambda r: _when(r) and _when(r).source),  # type: ignore[union-attr]
        _field("location"), _field("object"), _field("document_kind"),
        _field("count", "int"), _field("sectors", "strings"), _field("trigger"),
        *_MADE_BY, *_EVIDENCE,
    ),
    "indicators": (
        _field("id"), *_TRACE, _field("metric"), _field("value", "float"), _field("unit"), _field("qualifier"),
        _field("subjects", "strings"),
        Column("period_start", "date", lambda r: date_bounds(r.item.period)[0]),
        Column("period_end", "date", lambda r: date_bounds(r.item.period)[1]),
        _field("kind"), _field("deadline"), *_MADE_BY, *_EVIDENCE,
    ),
    "quotes": (
        _field("id"), *_TRACE, _field("speaker"), _field("speaker_name"), _field("cue"), _field("direct", "bool"),
        _field("text"), *_MADE_BY, *_EVIDENCE,
    ),
    "entities": (
        _field("id"), *_TRACE, _field("type"), _field("name"), _field("canonical_id"), _field("country"),
        _field("title"), _field("aliases", "strings"),
        Column("roles", "strings", lambda r: tuple(
            ", ".join(p for p in (role.title, role.organisation, role.country, role.as_of) if p)
            for role in r.item.roles
        )),
        *_MADE_BY, *_EVIDENCE,
    ),
    "articles": tuple(
        _field(name)
        for name in ("id", "title", "url", "source", "author", "published", "language", "origin", "duplicate_of", "text")
    ),
}
