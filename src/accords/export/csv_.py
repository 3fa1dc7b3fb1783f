"""CSV export: one row per record, the flat columns of `accords.export.columns`.

UTF-8, RFC 4180 quoting by the `csv` module (fields with commas, quotes or line breaks are
quoted, rows end in CRLF). Lists are joined with ``;``, evidence spans are written
``article_id:start-end`` and ``evidence_text`` holds the sentences they fall in. An empty
cell is a missing value. Whole extractions do not flatten: export them as JSONL.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import IO, Any

from accords.export import Exporter
from accords.export.columns import COLUMNS
from accords.export.source import ExportRecord


def cell(type_: str, value: Any) -> str:
    """The CSV text of one value of a column type."""
    if value is None:
        return ""
    if type_ == "strings":
        return ";".join(value)
    if type_ == "evidence":
        return ";".join(f"{span.article_id}:{span.start}-{span.end}" for span in value)
    if type_ == "bool":
        return "true" if value else "false"
    if type_ == "float":
        return repr(float(value))
    return str(value)


def write(records: Iterable[ExportRecord], out: IO[str], *, kind: str) -> int:
    """Write a header and one row per record; return the number of rows."""
    columns = COLUMNS[kind]
    writer = csv.writer(out, dialect="excel", lineterminator="\r\n")
    writer.writerow([c.name for c in columns])
    n = 0
    for record in records:
        writer.writerow([cell(c.type, c.get(record)) for c in columns])
        n += 1
    return n


EXPORTER = Exporter(
    name="csv",
    suffix=".csv",
    help="CSV, one row per record: flat columns, lists joined with ';', evidence with its sentence.",
    write=write,
    kinds=tuple(COLUMNS),
)
