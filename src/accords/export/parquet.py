"""Parquet export: the flat columns of `accords.export.columns`, typed.

Strings are ``string``, numbers ``double``/``int64``, ``direct`` is ``bool``, day bounds
(``date_start``, ``period_end``, ...) are ``date32``, lists are ``list<string>`` and evidence
is ``list<struct<article_id: string, start: int64, end: int64>>``. Rows are written in
row groups of `BATCH_ROWS`, so a large export never holds more than one batch. pyarrow is
imported when the first file is written, not when accords is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from itertools import islice
from typing import IO, Any

from accords.errors import ExportError
from accords.export import Exporter
from accords.export.columns import COLUMNS, Column
from accords.export.source import ExportRecord

#: Rows per row group.
BATCH_ROWS = 5000


def arrow_schema(kind: str) -> Any:
    """The pyarrow schema of a kind's columns."""
    import pyarrow as pa

    span = pa.struct([("article_id", pa.string()), ("start", pa.int64()), ("end", pa.int64())])
    types = {
        "string": pa.string(), "float": pa.float64(), "int": pa.int64(), "bool": pa.bool_(),
        "date": pa.date32(), "strings": pa.list_(pa.string()), "evidence": pa.list_(span),
    }
    return pa.schema([(c.name, types[c.type]) for c in COLUMNS[kind]])


def _value(column: Column, record: ExportRecord) -> Any:
    value = column.get(record)
    if value is None:
        return None
    if column.type == "date":
        try:
            return date.fromisoformat(value[:10])
        except ValueError as exc:
            raise ExportError(f"{column.name}: {value!r} is not an ISO date") from exc
    if column.type == "strings":
        return list(value)
    if column.type == "evidence":
        return [{"article_id": s.article_id, "start": s.start, "end": s.end} for s in value]
    return value


def _batches(records: Iterable[ExportRecord], size: int) -> Iterator[list[ExportRecord]]:
    it = iter(records)
    while batch := list(islice(it, size)):
        yield batch


def write(records: Iterable[ExportRecord], out: IO[bytes], *, kind: str) -> int:
    """Write the records as one Parquet file (at least the schema when there are none)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = arrow_schema(kind)
    columns = COLUMNS[kind]
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        for batch in _batches(records, BATCH_ROWS):
            arrays = {c.name: [_value(c, r) for r in batch] for c in columns}
            writer.write_table(pa.table(arrays, schema=schema))
            n += len(batch)
    return n


EXPORTER = Exporter(
    name="parquet",
    suffix=".parquet",
    help="Apache Parquet with typed columns (the CSV columns; lists and evidence spans as nested types).",
    write=write,
    kinds=tuple(COLUMNS),
    binary=True,
)
