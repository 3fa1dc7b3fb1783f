"""The one registry of readers: which reader turns which file into articles.

Every file that enters accords — `accords ingest`, `accords extract`, `accords eval`, the
scale-out partitions — is read by `read_path`, which picks the file's `Reader` here:

1. by its name: the longest registered suffix that ends it (``.warc.gz`` before ``.gz``);
2. else by its content: the first bytes of a file with an unknown suffix are shown to each
   reader's `sniff` (HTML, feed and WARC files have unmistakable openings; text and JSON
   do not, and are only read by suffix);
3. else it is rejected, the reason listing every accepted kind (`accepted_kinds`).

The readers themselves live where their format does: text, JSON and JSONL in
`accords.ingest.readers`; HTML pages, RSS/Atom feeds and WARC archives in
`accords.web.sources`. This module sits above both (``ingest`` never imports ``web``).

Limits: `read_path` hands every reader the same `max_bytes` (default
`accords.ingest.limits.DEFAULT_MAX_BYTES`); the other caps (one article's text, one WARC
record, one download) are in `accords.ingest.limits` too. A new reader is one `Reader`
entry in `READERS`.

`read_source` adds http(s) URLs (`accords.web.sources.read_url`) to the paths.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from accords.ingest import readers as plain
from accords.ingest.limits import DEFAULT_MAX_BYTES
from accords.ingest.readers import Rejected, walk
from accords.model import Article
from accords.web import sources as web

log = logging.getLogger(__name__)

ReadFunc = Callable[..., Iterator[Article | Rejected]]

#: Bytes shown to the sniffers of a file whose suffix no reader claims.
SNIFF_BYTES = 2048


@dataclass(frozen=True)
class Reader:
    """A kind of input file: its name, file-name suffixes, how to read it, how to spot it.

    `read(path, max_bytes=...)` yields an `Article` or a `Rejected` per item and never
    raises for bad content. `sniff(head)` is True when the first bytes are of this kind
    (None: recognised by suffix only). `split` is how scale-out cuts one big file into
    partitions: ``"lines"`` (JSONL), ``"records"`` (WARC), or None (whole files).
    """

    kind: str
    suffixes: tuple[str, ...]
    read: ReadFunc
    sniff: Callable[[bytes], bool] | None = None
    split: str | None = None


READERS: tuple[Reader, ...] = (
    Reader("text", (".txt", ".text", ".md"), plain.read_text_file),
    Reader("JSON", (".json",), plain.read_json_file),
    Reader("JSONL", (".jsonl", ".ndjson"), plain.read_jsonl_file, split="lines"),
    Reader("HTML", (".html", ".htm", ".xhtml", ".html.gz", ".htm.gz"), web.read_html_file, sniff=web.looks_like_html),
    Reader("feed", (".rss", ".atom", ".xml"), web.read_feed_file, sniff=web.looks_like_feed),
    Reader("WARC", (".warc", ".warc.gz"), web.read_warc_file, sniff=web.looks_like_warc, split="records"),
)

_BY_SUFFIX = sorted(((s, r) for r in READERS for s in r.suffixes), key=lambda pair: -len(pair[0]))


def accepted_kinds() -> str:
    """Every accepted kind with its suffixes, for messages: ``text (.txt, .text, .md), ...``."""
    return ", ".join(f"{r.kind} ({', '.join(r.suffixes)})" for r in READERS)


def by_name(path: str | Path) -> Reader | None:
    """The reader whose suffix ends `path`'s file name (the longest such suffix), or None."""
    name = Path(path).name.lower()
    return next((reader for suffix, reader in _BY_SUFFIX if name.endswith(suffix)), None)


def by_content(head: bytes) -> Reader | None:
    """The first reader whose sniffer recognises these first bytes of a file, or None."""
    return next((r for r in READERS if r.sniff is not None and r.sniff(head)), None)


def reader_for(path: Path) -> Reader | Rejected:
    """The reader for the file at `path` (by name, else by content), or why there is none."""
    reader = by_name(path)
    if reader is not None:
        return reader
    try:
        with path.open("rb") as stream:
            head = stream.read(SNIFF_BYTES)
    except OSError as exc:
        return Rejected(str(path), f"cannot read file: {exc.strerror or exc}")
    reader = by_content(head)
    if reader is not None:
        return reader
    suffix = path.suffix.lower()
    return Rejected(str(path), f"unsupported file type {suffix or '(no extension)'!r} (expected {accepted_kinds()})")


def read_path(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Rejected]:
    """Articles from a file or a directory tree, and a `Rejected` for each bad input.

    A directory is walked recursively in sorted order, skipping hidden files and folders;
    each file goes to its reader (`reader_for`). Never raises for a bad input.
    """
    path = Path(path)
    if path.is_dir():
        for child in walk(path):
            yield from read_file(child, max_bytes=max_bytes)
    elif path.exists():
        yield from read_file(path, max_bytes=max_bytes)
    else:
        yield _rejected(str(path), "no such file or directory")


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Rejected]:
    """The articles of one file, read by its reader (`reader_for`)."""
    reader = reader_for(path)
    if isinstance(reader, Rejected):
        yield _rejected(reader.origin, reader.reason)
        return
    yield from reader.read(path, max_bytes=max_bytes)


def read_source(
    source: str | Path,
    *,
    fetch: bool = False,
    allow_private: bool = False,
    fetcher: web.Fetcher | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | Rejected]:
    """Articles from a path (file or directory) or an http(s) URL.

    A URL is fetched with the safe `Fetcher`: a feed gives its items, any other HTML page
    one article. `fetch` downloads the pages that feed items link to (a feed file's or a
    feed URL's); `allow_private` lets the fetcher reach loopback and private addresses.
    """
    if fetcher is None and (fetch or web.is_url(source)):
        fetcher = web.Fetcher(allow_private=allow_private)
    if web.is_url(source):
        yield from web.read_url(str(source), fetcher=fetcher or web.Fetcher(allow_private=allow_private), fetch=fetch)
        return
    path = Path(source)
    if fetch and path.is_file() and by_name(path) is FEED:
        yield from web.read_feed_file(path, max_bytes=max_bytes, fetcher=fetcher)
        return
    yield from read_path(path, max_bytes=max_bytes)


FEED = next(r for r in READERS if r.kind == "feed")


def _rejected(origin: str, reason: str) -> Rejected:
    log.info("rejected %s: %s", origin, reason)
    return Rejected(origin, reason)
