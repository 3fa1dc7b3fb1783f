"""Reading files and directories into articles, or rejections with reasons.

This is the only ingest module that does I/O. `read_path` never raises for a bad input:
each file, JSON record or JSONL line that cannot become an article yields a `Rejected`
with its origin and a plain reason, and the iteration goes on with the next item.

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
from accords.ingest.article import MAX_ARTICLE_BYTES as ARTICLE_CAP
from accords.ingest.article import make_article
from accords.ingest.decoding import decode_bytes
from accords.ingest.records import article_from_record, parse_json
from accords.model import Article

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
#: Text files and JSONL lines over the per-article cap are refused from their size, unread
#: (`make_article` applies the same cap to the text of every record, page and feed item).
MAX_ARTICLE_BYTES = ARTICLE_CAP
TEXT_SUFFIXES = (".txt", ".text", ".md")
JSON_SUFFIXES = (".json",)
JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True)
class Rejected:
    """An input that did not become an article: where it came from, and why."""

    origin: str
    reason: str


def read_path(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Rejected]:
    """Articles from a file or a directory tree, and a `Rejected` for each bad input.

    A directory is walked recursively in sorted order, skipping hidden files and folders.
    ``.txt``/``.text``/``.md`` files are one article each, ``.json`` one record or a list
    of records, ``.jsonl`` one record per line. Files over `max_bytes` are rejected from
    their size alone, without being read; so are text files over `MAX_ARTICLE_BYTES`.
    JSONL files are streamed line by line, whatever their size; a line over
    `MAX_ARTICLE_BYTES` is rejected and the next one read.
    """
    path = Path(path)
    if path.is_dir():
        for child in walk(path):
            yield from _read_file(child, max_bytes=max_bytes)
    elif path.exists():
        yield from _read_file(path, max_bytes=max_bytes)
    else:
        yield _rejected(str(path), "no such file or directory")


def walk(root: Path) -> Iterator[Path]:
    """The files under `root`, recursively, in sorted order, hidden files and folders skipped."""
    for child in sorted(root.iterdir(), key=lambda p: p.name):
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from walk(child)
        elif child.is_file():
            yield child


def _read_file(path: Path, *, max_bytes: int) -> Iterator[Article | Rejected]:
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix not in TEXT_SUFFIXES + JSON_SUFFIXES + JSONL_SUFFIXES:
        from accords.web.sources import web_reader  # HTML pages, RSS/Atom feeds, WARC archives

        reader = web_reader(path)
        if reader is not None:
            yield from reader(path, max_bytes=max_bytes)
            return
        known = ", ".join(TEXT_SUFFIXES + JSON_SUFFIXES + JSONL_SUFFIXES)
        yield _rejected(origin, f"unsupported file type {suffix or '(no extension)'!r} (expected {known})")
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, origin)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield _rejected(origin, f"file is {_mb(size)}, over the {_mb(max_bytes)} limit")
            return
        if suffix in TEXT_SUFFIXES and size > MAX_ARTICLE_BYTES:
            yield _rejected(origin, f"file is {_mb(size)}, over the {_mb(MAX_ARTICLE_BYTES)} limit for one article")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield _rejected(origin, f"cannot read file: {exc.strerror or exc}")
        return
    try:
        if suffix in JSON_SUFFIXES:
            yield from _read_json(data, origin)
        else:
            yield make_article(decode_bytes(data, origin=origin), origin=origin)
    except IngestError as exc:
        yield _rejected(exc.source, exc.reason)


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
                yield _rejected(where, f"line {number}: {_mb(len(raw))}, over the {_mb(MAX_ARTICLE_BYTES)} limit for one record")
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


def _mb(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"
