"""Splitting inputs into partitions, and reading one partition back into articles.

A partition is small and self-describing (paths and byte offsets, no text), so it can be
sent to any worker that sees the same files (a shared file system on a cluster):

- ``files``: a group of whole files (text, JSON, HTML, feeds), each read with
  `accords.readers.read_path`;
- ``lines``: a byte range of a JSONL file, starting at a line start, with the number of its
  first line so origins read ``path:LINE`` exactly as `accords ingest` writes them;
- ``warc``: a byte range of a WARC archive, from one record's start to another's, each HTML
  response read as `accords.web.warc.read_warc` reads it.

Which files are cut into line or record ranges is the reader registry's `Reader.split`
(`accords.readers`). Planning reads JSONL files (to count lines) and WARC archives (to find record offsets),
never parses an article. An input that vanishes or cannot be read between planning and
reading raises `PartitionError`, so the engine retries the partition and then reports it;
a bad item inside a readable partition is a `Rejected`, as in ingestion.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from accords.errors import IngestError, PartitionError
from accords.ingest.limits import DEFAULT_MAX_BYTES
from accords.ingest.readers import Rejected, walk
from accords.model import Article
from accords.readers import by_name, read_path

_BLOCK = 1 << 20


@functools.cache
def _corrupt_errors() -> tuple[type[BaseException], ...]:
    """What warcio raises on corrupt data (as `accords.web.warc` catches it), imported lazily."""
    import zlib

    from warcio.exceptions import ArchiveLoadFailed

    return (ArchiveLoadFailed, EOFError, zlib.error, ValueError)


@dataclass(frozen=True)
class Partition:
    """One unit of work: `kind` is ``files``, ``lines`` or ``warc``; offsets are bytes."""

    index: int
    kind: str
    path: str = ""
    files: tuple[str, ...] = ()
    start: int = 0
    stop: int | None = None
    first_line: int = 1

    def describe(self) -> str:
        """A short human-readable name for reports (``path[start:stop]`` or the file count)."""
        if self.kind == "files":
            return f"{len(self.files)} files from {self.files[0]}" if self.files else "no files"
        return f"{self.path}[{self.start}:{'' if self.stop is None else self.stop}]"


def plan(
    inputs: Iterable[str | Path], *, files_per_partition: int = 50, lines_per_partition: int = 200,
    records_per_partition: int = 200,
) -> tuple[list[Partition], list[Rejected]]:
    """The partitions of `inputs` (files and directories, walked in sorted order), and a
    `Rejected` for each input that does not exist."""
    partitions: list[Partition] = []
    rejected: list[Rejected] = []
    group: list[str] = []

    def add(**fields) -> None:
        partitions.append(Partition(index=len(partitions), **fields))

    def flush() -> None:
        if group:
            add(kind="files", files=tuple(group))
            group.clear()

    for path in _files(inputs, rejected):
        reader = by_name(path)
        split = reader.split if reader is not None else None
        if split == "lines":
            for start, stop, first in _line_ranges(path, lines_per_partition):
                add(kind="lines", path=str(path), start=start, stop=stop, first_line=first)
        elif split == "records":
            for first_byte, end in _record_ranges(path, records_per_partition):
                add(kind="warc", path=str(path), start=first_byte, stop=end)
        else:
            group.append(str(path))
            if len(group) >= files_per_partition:
                flush()
    flush()
    return partitions, rejected


def read_partition(partition: Partition) -> Iterator[Article | Rejected]:
    """The articles of one partition, and a `Rejected` per bad item; `PartitionError` when
    the partition's input itself cannot be read."""
    try:
        if partition.kind == "files":
            for name in partition.files:
                if not Path(name).is_file():
                    raise PartitionError(f"{name}: input is gone or not a file (it was there when planned)")
                yield from read_path(name)
        elif partition.kind == "lines":
            yield from _read_lines(partition)
        elif partition.kind == "warc":
            yield from _read_warc(partition)
        else:
            raise PartitionError(f"unknown partition kind {partition.kind!r}")
    except OSError as exc:
        raise PartitionError(f"{partition.describe()}: cannot read: {exc.strerror or exc}") from exc


def _files(inputs: Iterable[str | Path], rejected: list[Rejected]) -> Iterator[Path]:
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            yield from walk(path)
        elif path.is_file():
            yield path
        else:
            rejected.append(Rejected(str(path), "no such file or directory"))


def _line_ranges(path: Path, size: int) -> Iterator[tuple[int, int, int]]:
    """(start byte, stop byte, first line number) of consecutive runs of `size` lines."""
    start, offset, line, first = 0, 0, 1, 1
    with path.open("rb") as stream:
        while block := stream.read(_BLOCK):
            position = 0
            while (found := block.find(b"\n", position)) >= 0:
                position = found + 1
                line += 1
                if line - first >= size:
                    yield start, offset + position, first
                    start, first = offset + position, line
            offset += len(block)
    if offset > start:
        yield start, offset, first


def _record_ranges(path: Path, size: int) -> Iterator[tuple[int, int | None]]:
    """Byte ranges of runs of `size` WARC records (the last one open-ended)."""
    from warcio.archiveiterator import ArchiveIterator

    starts = []
    with path.open("rb") as stream:
        records = ArchiveIterator(stream, arc2warc=True)
        try:
            for count, _record in enumerate(records):
                if count % size == 0:
                    starts.append(records.offset)
        except _corrupt_errors():
            pass  # a corrupt tail is reported (as a Rejected) when the last range is read
    starts = starts or [0]
    yield from zip(starts, [*starts[1:], None])


def _read_lines(partition: Partition) -> Iterator[Article | Rejected]:
    from accords.ingest.decoding import decode_bytes
    from accords.ingest.records import article_from_record

    with open(partition.path, "rb") as stream:
        stream.seek(partition.start)
        data = stream.read(-1 if partition.stop is None else partition.stop - partition.start)
    try:
        text = decode_bytes(data, origin=partition.path)
    except IngestError as exc:
        yield Rejected(f"{partition.path}:{partition.first_line}", exc.reason)
        return
    for number, line in enumerate(text.splitlines(), start=partition.first_line):
        if not line.strip():
            continue
        where = f"{partition.path}:{number}"
        try:
            yield article_from_record(json.loads(line), origin=where)
        except json.JSONDecodeError as exc:
            yield Rejected(where, f"line {number}: invalid JSON: {exc.msg} (column {exc.colno})")
        except IngestError as exc:
            yield Rejected(exc.source, exc.reason)


def _read_warc(partition: Partition) -> Iterator[Article | Rejected]:
    from warcio.archiveiterator import ArchiveIterator

    from accords.web.warc import _is_html_response, _record_article

    with open(partition.path, "rb") as stream:
        stream.seek(partition.start)
        records = ArchiveIterator(stream, arc2warc=True)
        try:
            for record in records:
                offset = partition.start + records.offset
                if partition.stop is not None and offset >= partition.stop:
                    break
                if _is_html_response(record):
                    yield _record_article(record, origin=f"{partition.path}#{offset}",
                                          max_bytes=DEFAULT_MAX_BYTES)
        except _corrupt_errors() as exc:
            yield Rejected(f"{partition.path}#{partition.start + records.offset}",
                           f"corrupt WARC data, reading stopped: {str(exc).strip() or type(exc).__name__}")

