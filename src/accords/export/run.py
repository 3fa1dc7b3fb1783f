"""One export: check the request, open the output, stream the records into the writer.

`export` is the library call behind ``accords export``. Everything that can be refused is
refused before the store is read: an unknown format or kind, a kind the format cannot
write, a filter the kind has not, a binary format to stdout, an output path that cannot be
written. A file is written under a temporary name beside it and renamed when complete, so
a failed export leaves no half-written file behind (nor replaces a good one).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import IO, Any

from accords.errors import ExportError
from accords.export import check_kind, get_exporter
from accords.export.source import PAGE_SIZE, ExportQuery, iter_records

#: The `out` value that means standard output.
STDOUT = "-"


def export(
    store: Any,
    *,
    format: str,  # noqa: A002 - the option's name
    kind: str,
    out: str | Path,
    country: str | None = None,
    pair: tuple[str, str] | None = None,
    since: str | None = None,
    include_rejected: bool = False,
    page_size: int = PAGE_SIZE,
    stdout: IO[str] | None = None,
) -> int:
    """Export the `kind` records of `store` selected by the filters as `format` into `out`
    (a path, or ``"-"`` for `stdout`, default `sys.stdout`); return how many were written.

    Raises `ExportError` for a request it cannot do or an output it cannot write, and
    `StoreError` when the store cannot be read.
    """
    exporter = get_exporter(format)
    check_kind(exporter, kind)
    query = ExportQuery(kind=kind, country=country, pair=pair, since=since, include_rejected=include_rejected)
    query.check()
    records = iter_records(store, query, page_size=page_size)
    if str(out) == STDOUT:
        if exporter.binary:
            raise ExportError(f"format {exporter.name!r} is binary; give a file path with --out, not '-'")
        stream = stdout or sys.stdout
        count = exporter.write(records, stream, kind=kind)
        stream.flush()
        return count
    target = Path(out)
    handle, temporary = _open_beside(target, binary=exporter.binary)
    try:
        with handle:
            count = exporter.write(records, handle, kind=kind)
        os.replace(temporary, target)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count


def _open_beside(target: Path, *, binary: bool) -> tuple[IO[Any], str]:
    """A new temporary file in `target`'s folder, open for writing, and its path."""
    if target.is_dir():
        raise ExportError(f"cannot write {target}: it is a directory")
    try:
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent or ".")
    except OSError as exc:
        raise ExportError(f"cannot write {target}: {exc.strerror or exc}") from exc
    if binary:
        return os.fdopen(fd, "wb"), temporary
    # newline="" so the csv module's CRLF row ends are written as they are.
    return open(fd, "w", encoding="utf-8", newline=""), temporary
