"""The readers of text, JSON and JSONL files: articles, or rejections with reasons.

This is the only ingest module that does I/O. `accords.readers` (the registry) picks which
reader reads a file. A reader never raises for a bad input: each file, JSON record or JSONL
line that cannot become an article yields a `Rejected` with its origin and a plain reason,
and the iteration goes on with the next item.

Origins: ``path`` for a text file or a single JSON record, ``path[i]`` for item i of a
JSON list, ``path:LINE`` for a JSONL line, each followed by ``#id`` when the record has an
id (``news.jsonl:3#102162``).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from accords.errors import IngestError
from accords.ingest.article import make_article
from accords.ingest.decoding import decode_bytes
from accords.ingest.limits import DEFAULT_MAX_BYTES, MAX_ARTICLE_BYTES, megabytes
from accords.ingest.records import article_from_record, parse_json
from accords.model import Article

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rejected:
    """An input that did not become an article: where it came from, and why."""

    origin: str
    reason: str


def walk(root: Path) -> Iterator[Path]:
    """The files under `root`, recursively, in sorted order, hidden files and folders skipped.

    A folder is walked once, however many symbolic links lead to it: two links to a parent
    folder made the walk endless."""
    yield from _walk(root, set())


def _walk(root: Path, seen: set[Path]) -> Iterator[Path]:
    real = root.resolve()
    if real in seen:
        log.info("skipped %s: folder %s already read (symbolic link)", root, real)
        return
    seen.add(real)
    for child in sorted(root.iterdir(), key=lambda p: p.name):
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _walk(child, seen)
        elif child.is_file():
            yield child


def read_text_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Rejected]:
    """One article from a text file; over `max_bytes` or `MAX_ARTICLE_BYTES`, rejected unread."""
    origin = str(path)
    data = _read_capped(path, max_bytes=max_bytes, article=True)
    if isinstance(data, Rejected):
        yield data
        return
    try:
        yield make_article(decode_bytes(data, origin=origin), origin=origin)
    except IngestError as exc:
        yield _rejected(exc.source, exc.reason)


def read_json_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Rejected]:
    """The article of a JSON record, or one per record of a JSON list (origins ``path[i]``)."""
    data = _read_capped(path, max_bytes=max_bytes)
    if isinstance(data, Rejected):
        yield data
        return
    try:
        yield from _read_json(data, str(path))
    except IngestError as exc:
        yield _rejected(exc.source, exc.reason)


def read_jsonl_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Rejected]:
    """One article per line, streamed whatever the file's size; a line over
    `MAX_ARTICLE_BYTES` is rejected and the next one read (`max_bytes` does not apply)."""
    yield from _read_jsonl(path, str(path))


def _read_capped(path: Path, *, max_bytes: int, article: bool = False) -> bytes | Rejected:
    """The file's bytes, or a `Rejected` when it cannot be read or is over `max_bytes` (or,
    for one `article`, over `MAX_ARTICLE_BYTES`), judged from its size without reading it."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return _rejected(origin, f"file is {megabytes(size)}, over the {megabytes(max_bytes)} limit")
        if article and size > MAX_ARTICLE_BYTES:
            return _rejected(origin, f"file is {megabytes(size)}, over the {megabytes(MAX_ARTICLE_BYTES)} limit for one article")
        return path.read_bytes()
    except OSError as exc:
        return _rejected(origin, f"cannot read file: {exc.strerror or exc}")


def _read_json(data: bytes, origin: str) -> Iterator[Article | Rejected]:
    value = parse_json(decode_bytes(data, origin=origin), origin=origin)
    if isinstance(value, list):
        for index, record in enumerate(value):
            yield _from_record(record, f"{origin}[{index}]")
    else:
        yield _from_record(value, origin)


def _read_jsonl(path: Path, origin: str) -> Iterator[Article | Rejected]:
    """One record per line, streamed: memory stays flat whatever the file's size."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield _rejected(origin, f"cannot read file: {exc.strerror or exc}")
        return
    with handle:
        empty = True
        for number, raw in enumerate(handle, start=1):
            where = f"{origin}:{number}"
            raw = raw.rstrip(b"\r\n")
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            empty = False
            if len(raw) > MAX_ARTICLE_BYTES:
                yield _rejected(where, f"line {number}: {megabytes(len(raw))}, over the {megabytes(MAX_ARTICLE_BYTES)} limit for one record")
                continue
            try:
                record = parse_json(decode_bytes(raw, origin=where), origin=where, one_line=True)
            except IngestError as exc:
                yield _rejected(where, f"line {number}: {exc.reason}")
                continue
            yield _from_record(record, where)
        if empty:
            yield _rejected(origin, "empty file")


def _from_record(record: object, origin: str) -> Article | Rejected:
    try:
        return article_from_record(record, origin=origin)
    except IngestError as exc:
        return _rejected(exc.source, exc.reason)


def _rejected(origin: str, reason: str) -> Rejected:
    log.info("rejected %s: %s", origin, reason)
    return Rejected(origin=origin, reason=reason)
