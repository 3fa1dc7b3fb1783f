"""The tables of the store, as SQLAlchemy Core metadata (the current schema).

Portable by construction: only generic types (String, Text, Integer, Float, Boolean,
LargeBinary), no dialect-specific SQL. Strings have no length limit, so every database
accepts the same values (PostgreSQL would reject what SQLite silently stores). Full-text search is not here: it differs by
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
- ``review`` on events, indicators, quotes and entities: the analysts' verdict on the fact
  (confirmed, corrected, rejected; null when none), kept up to date from the verdict log
  (`accords.store.verdicts`); rejected facts are left out of every list by default.
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


schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("description", String, nullable=False),
    Column("applied_at", String, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", String, nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("source", String),
    Column("author", String),
    Column("published", String),
    Column("language", String),
    Column("origin", Text),
    Column("duplicate_of", String, ForeignKey("articles.id", ondelete="SET NULL")),
    Column("ingested_at", String, nullable=False),
    Column("signature", LargeBinary),
    Index("ix_articles_published", "published"),
    Index("ix_articles_duplicate_of", "duplicate_of"),
)

article_bands = Table(
    "article_bands",
    metadata,
    Column("band", Integer, primary_key=True, autoincrement=False),
    Column("bucket", String, primary_key=True),
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
)

extractions = Table(
    "extractions",
    metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("pipeline", Text, nullable=False),  # JSON list of stage names
    Column("schema", String, nullable=False),
    Column("notes", Text, nullable=False),  # JSON list
    Column("sentences", Text, nullable=False),  # JSON [[start, end], ...]
    Column("paragraphs", Text, nullable=False),
    Column("created_at", String, nullable=False),
)


def _fact_table(name: str, *columns: Column, indexes: tuple[str, ...] = ()) -> Table:
    """A fact table: the columns every fact kind shares, then its own."""
    return Table(
        name,
        metadata,
        Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
        Column("seq", Integer, primary_key=True, autoincrement=False),
        Column("fact_id", String, nullable=False),
        Column("stage", String, nullable=False),
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
    Column("type", String, nullable=False),
    Column("entity_id", String),
    indexes=("entity_id",),
)

entities = _fact_table(
    "entities",
    Column("type", String, nullable=False),
    Column("name", Text, nullable=False),
    Column("canonical_id", String),
    Column("aliases", Text, nullable=False),  # JSON list
    Column("country", String),
    Column("title", Text),
    Column("roles", Text, nullable=False),  # JSON list of Role objects
    Column("review", String),  # confirmed, corrected, rejected (schema step 8)
    indexes=("type,name", "canonical_id", "country"),
)

times = _fact_table(
    "times",
    Column("text", Text, nullable=False),
    Column("value", Text, nullable=False),  # JSON: null, "2021-09", or ["2021-01-01", "2021-07-31"]
    Column("precision", String),
    Column("date_start", String),  # first day the value covers, for range filters
    Column("date_end", String),  # last day
    indexes=("date_start",),
)

quantities = _fact_table(
    "quantities",
    Column("text", Text, nullable=False),
    Column("value", Float, nullable=False),
    Column("unit", String, nullable=False),
    Column("qualifier", String),
)

events = _fact_table(
    "events",
    Column("type", String, nullable=False),
    Column("mode", String),
    Column("actors", Text, nullable=False),  # JSON lists
    Column("actor_countries", Text, nullable=False),
    Column("recipients", Text, nullable=False),
    Column("recipient_countries", Text, nullable=False),
    Column("date", Text, nullable=False),  # JSON, as times.value
    Column("date_start", String),
    Column("date_end", String),
    Column("date_precision", String),
    Column("location", Text),
    Column("object", Text),
    Column("document_kind", String),
    Column("count", BigInteger),
    Column("sectors", Text, nullable=False),
    Column("status", String, nullable=False),
    Column("trigger", Text),
    Column("review", String),  # confirmed, corrected, rejected (schema step 8)
    indexes=("type", "date_start", "date_end"),
)

indicators = _fact_table(
    "indicators",
    Column("metric", String, nullable=False),
    Column("value", Float, nullable=False),
    Column("unit", String, nullable=False),
    Column("subjects", Text, nullable=False),  # JSON list
    Column("qualifier", String),
    Column("period_start", String),
    Column("period_end", String),
    Column("kind", String, nullable=False),
    Column("deadline", String),
    Column("review", String),  # confirmed, corrected, rejected (schema step 8)
    indexes=("metric", "kind", "period_end"),
)

quotes = _fact_table(
    "quotes",
    Column("text", Text, nullable=False),
    Column("speaker", String),
    Column("speaker_name", Text),
    Column("cue", String),
    Column("direct", Boolean, nullable=False),
    Column("review", String),  # confirmed, corrected, rejected (schema step 8)
    indexes=("speaker",),
)

fact_countries = Table(
    "fact_countries",
    metadata,
    Column("article_id", String, ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("kind", String, primary_key=True),  # "event" or "indicator"
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("role", String, primary_key=True),  # actor, recipient, subject
    Column("country", String, primary_key=True),
    Index("ix_fact_countries_country", "country", "kind"),
    # covers the pair and country filters (country, kind, role -> the fact), so the
    # dashboard's pair page reads the index only (migration step 4)
    Index("ix_fact_countries_lookup", "country", "kind", "role", "article_id", "seq"),
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
