"""Web sources as articles: HTML files, feed files, WARC files and http(s) URLs.

This is the I/O side of `accords.web` (the parsing modules are pure):

- `read_html_file`, `read_feed_file`, `read_warc_file`: the readers that the registry
  (`accords.readers`) gives HTML, feed and WARC files; `looks_like_html`,
  `looks_like_feed`, `looks_like_warc`: how it recognises them by their first bytes;
- `read_url(url, ...)` fetches a URL with the safe `Fetcher`: a feed gives its items, any
  other HTML page one article (`accords.readers.read_source` takes paths and URLs);
- `feed_articles` turns a feed's items into articles: each item's own text, or with a
  fetcher, the page each item links to (the feed's date and title fill in what the page
  lacks).

Nothing raises for a bad input: each becomes a `Rejected(origin, reason)`.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Container, Iterator
from pathlib import Path

from accords.errors import IngestError
from accords.ingest.limits import DEFAULT_MAX_BYTES, megabytes
from accords.ingest.readers import Rejected
from accords.model import Article
from accords.web.feeds import Feed, article_from_item, looks_like_feed, parse_feed
from accords.web.fetch import Fetcher, FetchError
from accords.web.html import article_from_html, gunzip
from accords.web.warc import read_warc

log = logging.getLogger(__name__)

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_url(source: str | Path) -> bool:
    """True for an ``http://`` or ``https://`` URL (any other scheme is not a source)."""
    return isinstance(source, str) and source.lower().startswith(("http://", "https://"))


def looks_like_html(head: bytes) -> bool:
    """True when the first bytes of a file open an HTML page (a doctype or an <html> tag)."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:200].lower()
    return start.startswith((b"<!doctype html", b"<html"))


def looks_like_warc(head: bytes) -> bool:
    """True when the first bytes of a file are an uncompressed WARC record's version line."""
    return head.startswith(b"WARC/")


def read_url(url: str, *, fetcher: Fetcher, fetch: bool = False) -> Iterator[Article | Rejected]:
    """The articles of an http(s) URL: a feed's items (their linked pages with `fetch`), or
    the one article of an HTML page; a `Rejected` when it cannot be fetched or read."""
    try:
        result = fetcher.fetch(url)
    except FetchError as exc:
        yield _rejected(url, exc.reason)
        return
    if looks_like_feed(result.body):
        try:
            feed = parse_feed(result.body, url=result.final_url, origin=url)
        except IngestError as exc:
            yield _rejected(exc.source, exc.reason)
            return
        yield from feed_articles(feed, origin=url, fetcher=fetcher if fetch else None)
        return
    try:
        yield _page_article(result, origin=url)
    except IngestError as exc:
        yield _rejected(exc.source, exc.reason)


def feed_articles(
    feed: Feed, *, origin: str, fetcher: Fetcher | None = None, skip: Container[str] = (),
) -> Iterator[Article | Rejected]:
    """An `Article` (or `Rejected`) per item of `feed` whose id is not in `skip`.

    Without `fetcher` each item's own text is used; with it, the linked page is fetched
    and extracted, and an item without a link falls back on its own text.
    """
    for item in feed.items:
        if item.id in skip:
            continue
        where = f"{origin}#{item.id}"
        try:
            if fetcher is not None and item.link:
                yield _fetched_item(item, fetcher=fetcher)
            else:
                yield article_from_item(item, feed=feed, origin=origin)
        except IngestError as exc:
            yield _rejected(exc.source, exc.reason)
        except FetchError as exc:
            yield _rejected(where, f"cannot fetch {exc.url}: {exc.reason}")


def read_html_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Rejected]:
    """One article from an ``.html``/``.htm`` file (``.gz`` ones are gunzipped, capped)."""
    try:
        yield article_from_html(_read_capped(path, max_bytes=max_bytes), origin=str(path))
    except IngestError as exc:
        yield _rejected(exc.source, exc.reason)


def read_feed_file(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, fetcher: Fetcher | None = None,
) -> Iterator[Article | Rejected]:
    """The items of an RSS/Atom file: their own text, or their linked pages with `fetcher`."""
    try:
        feed = parse_feed(_read_capped(path, max_bytes=max_bytes), origin=str(path))
    except IngestError as exc:
        yield _rejected(exc.source, exc.reason)
        return
    yield from feed_articles(feed, origin=str(path), fetcher=fetcher)


def read_warc_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Rejected]:
    """The HTML responses of a WARC archive. The file itself may be any size (it is
    streamed); `max_bytes` caps each record."""
    yield from read_warc(path, max_record_bytes=max_bytes)


def _fetched_item(item, *, fetcher: Fetcher) -> Article:
    from accords.ingest.dates import parse_date

    article = _page_article(fetcher.fetch(item.link), origin=item.link)
    published = article.published or (parse_date(item.published) if item.published else None)
    return dataclasses.replace(article, title=article.title or item.title, published=published)


def _page_article(result, *, origin: str) -> Article:
    if result.content_type and result.content_type not in _HTML_TYPES:
        raise IngestError(origin, f"not an HTML page (content type {result.content_type})")
    return article_from_html(result.body, url=result.final_url, origin=origin)


def _read_capped(path: Path, *, max_bytes: int) -> bytes:
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(origin, f"file is {megabytes(size)}, over the {megabytes(max_bytes)} limit")
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(origin, f"cannot read file: {exc.strerror or exc}") from exc
    if path.name.lower().endswith(".gz"):
        data = gunzip(data, max_bytes=max_bytes, origin=origin)
    return data


def _rejected(origin: str, reason: str) -> Rejected:
    log.info("rejected %s: %s", origin, reason)
    return Rejected(origin, reason)
