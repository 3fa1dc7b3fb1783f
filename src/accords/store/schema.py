"""The tables of the store, as SQLAlchemy Core metadata (the current schema).

Portable by construction: only generic types (String, Text, Integer, Float, Boolean,
LargeBinary), no dialect-specific SQL. Full-text search is not here: it differs by
dialect and lives in `accords.store.fts`.

Layout:

- ``articles``: one row per article, every `Article` field plus `ingested_at` and the
  MinHash signature packed as little-endian uint64 bytes. `seq` is an integer surrogate
  key (stable rowid for SQLite's FTS5 external-content index); `id` is the content id.
- ``article_bands``: LSH band buckets of the signatures, to find near-duplicate
  candidates with an index look-up instead of scanning every article.
- ``extractions``: one row per article that has been through the pipeline: the pipeline
  versions, schema, notes, sentences and paragraphs (JSON text).
- one table per fact kind (``mentions``, ``entities``, ``times``, ``quantities``,
  ``events``, ``indicators``, ``quotes``) keyed by (article_id, seq), where seq is the
  fact's position in the extraction, so an extraction is rebuilt in its original order.
  Every fact row has the fact id, stage, confidence, evidence (JSON text) and the first
  evidence span as integers for fast highlighting; tuples are JSON text.
- ``fact_countries``: the countries each event (actor / recipient) and indicator
  (subject) involves, one row each, so country and country-pair filters are index
  look-ups on any database.

Schema changes are made by a new step in `accords.store.migrations`, never by editing a
released step.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

_ID = 200  # article ids are 16 hex digits; room for ids from other sources
_FACT_ID = 300

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", String(200), nullable=False),
    Column("applied_at", String(40), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String(_ID), nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("source", String(500)),
    Column("author", String(500)),
    Column("published", String(40)),
    Column("language", String(20)),
    Column("origin", Text),
    Column("duplicate_of", String(_ID), ForeignKey("articles.id", ondelete="SET NULL")),
    Column("ingested_at", String(40), nullable=False),
    Column("signature", LargeBinary),
    Index("ix_articles_published", "published"),
    Index("ix_articles_duplicate_of", "duplicate_of"),
)

article_bands = Table(
    "article_bands",
    metadata,
    Column("band", Integer, primary_key=True, autoincrement=False),
    Column("bucket", String(40), primary_key=True),
    Column("article_id", String(_ID), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)

extractions = Table(
    "extractions",
    metadata,
    Column("article_id", String(_ID), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("pipeline", Text, nullable=False),  # JSON list of stage names
    Column("schema", String(100), nullable=False),
    Column("notes", Text, nullable=False),  # JSON list
    Column("sentences", Text, nullable=False),  # JSON [[start, end], ...]
    Column("paragraphs", Text, nullable=False),
    Column("created_at", String(40), nullable=False),
)


def _fact_table(name: str, *columns: Column, indexes: tuple[str, ...] = ()) -> Table:
    """A fact table: the columns every fact kind shares, then its own."""
    return Table(
        name,
        metadata,
        Column("article_id", String(_ID), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        Column("seq", Integer, primary_key=True, autoincrement=False),
        Column("fact_id", String(_FACT_ID), nullable=False),
        Column("stage", String(100), nullable=False),
        Column("confidence", Float, nullable=False),
        Column("evidence", Text, nullable=False),  # JSON [[start, end(, article_id)], ...]
        Column("ev_start", Integer),
        Column("ev_end", Integer),
        Column("pipeline", Text, nullable=False),  # the extraction's stages, joined with "+"
        *columns,
        Index(f"ix_{name}_fact_id", "fact_id"),
        *(Index(f"ix_{name}_{'_'.join(cols.split(','))}", *cols.split(",")) for cols in indexes),
    )


mentions = _fact_table(
    "mentions",
    Column("text", Text, nullable=False),
    Column("type", String(40), nullable=False),
    Column("entity_id", String(_FACT_ID)),
    indexes=("entity_id",),
)

entities = _fact_table(
    "entities",
    Column("type", String(40), nullable=False),
    Column("name", Text, nullable=False),
    Column("canonical_id", String(200)),
    Column("aliases", Text, nullable=False),  # JSON list
    Column("country", String(40)),
    Column("title", Text),
    Column("roles", Text, nullable=False),  # JSON list of Role objects
    indexes=("type,name", "canonical_id", "country"),
)

times = _fact_table(
    "times",
    Column("text", Text, nullable=False),
    Column("value", Text, nullable=False),  # JSON: null, "2021-09", or ["2021-01-01", "2021-07-31"]
    Column("precision", String(20)),
    Column("date_start", String(40)),  # first day the value covers, for range filters
    Column("date_end", String(40)),  # last day
    indexes=("date_start",),
)

quantities = _fact_table(
    "quantities",
    Column("text", Text, nullable=False),
    Column("value", Float, nullable=False),
    Column("unit", String(40), nullable=False),
    Column("qualifier", String(20)),
)

events = _fact_table(
    "events",
    Column("type", String(40), nullable=False),
    Column("mode", String(100)),
    Column("actors", Text, nullable=False),  # JSON lists
    Column("actor_countries", Text, nullable=False),
    Column("recipients", Text, nullable=False),
    Column("recipient_countries", Text, nullable=False),
    Column("date", Text, nullable=False),  # JSON, as times.value
    Column("date_start", String(40)),
    Column("date_end", String(40)),
    Column("date_precision", String(20)),
    Column("location", Text),
    Column("object", Text),
    Column("document_kind", String(100)),
    Column("count", BigInteger),
    Column("sectors", Text, nullable=False),
    Column("status", String(20), nullable=False),
    Column("trigger", Text),
    indexes=("type", "date_start", "date_end"),
)

indicators = _fact_table(
    "indicators",
    Column("metric", String(100), nullable=False),
    Column("value", Float, nullable=False),
    Column("unit", String(40), nullable=False),
    Column("subjects", Text, nullable=False),  # JSON list
    Column("qualifier", String(20)),
    Column("period_start", String(40)),
    Column("period_end", String(40)),
    Column("kind", String(20), nullable=False),
    Column("deadline", String(40)),
    indexes=("metric", "kind"),
)

quotes = _fact_table(
    "quotes",
    Column("text", Text, nullable=False),
    Column("speaker", String(_FACT_ID)),
    Column("speaker_name", Text),
    Column("cue", String(100)),
    Column("direct", Boolean, nullable=False),
    indexes=("speaker",),
)

fact_countries = Table(
    "fact_countries",
    metadata,
    Column("article_id", String(_ID), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("kind", String(20), primary_key=True),  # "event" or "indicator"
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("role", String(20), primary_key=True),  # actor, recipient, subject
    Column("country", String(40), primary_key=True),
    Index("ix_fact_countries_country", "country", "kind"),
)

#: The fact tables by the name of the `Extraction` field they hold, in insertion order.
FACT_TABLES = {
    "mentions": mentions,
    "entities": entities,
    "times": times,
    "quantities": quantities,
    "events": events,
    "indicators": indicators,
    "quotes": quotes,
}
