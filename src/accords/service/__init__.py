"""Operations below the CLI, the REST API and the dashboard: each takes an open `Store`
and plain arguments and returns records; none parses arguments or formats output.

- `ingestion`: the one ingest routine (read → clean → dedupe → gate → extract → save) that
  every door into the store calls;
- `queries`: the query layer, one function per question the CLI, the API and the
  dashboard ask (`cursors`: the opaque page cursors of its lists).
"""

from accords.service.ingestion import (
    FACT_KINDS,
    Analysed,
    IngestRefused,
    IngestReport,
    analyse,
    ingest,
    ingest_article,
    ingest_items,
    read_sources,
    resume,
)

__all__ = [
    "FACT_KINDS",
    "Analysed",
    "IngestRefused",
    "IngestReport",
    "analyse",
    "ingest",
    "ingest_article",
    "ingest_items",
    "read_sources",
    "resume",
]
