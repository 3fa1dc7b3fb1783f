"""Web sources as articles: HTML files, feed files, WARC files and http(s) URLs.

This is the I/O side of `accords.web` (the parsing modules are pure):

- `web_reader(path)` picks the reader for a file name; `accords.ingest.read_path` calls it
  for every suffix it does not read itself, so ``accords ingest page.html feed.xml
  crawl.warc.gz`` works through the one path;
- `read_source(source, ...)` takes a path or a URL. A URL is fetched with the safe
  `Fetcher`: a feed gives its items, any other HTML page one article;
- `feed_articles` turns a feed's items into articles: each item's own text, or with a
  fetcher, the page each item links to (the feed's date and title fill in what the page
  lacks).

Nothing raises for a bad input: each becomes a `Rejected(origin, reason)`.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Container, Iterator
from pathlib import Path

from accords.errors import IngestError
from accords.ingest.readers import DEFAULT_MAX_BYTES, Rejected, read_path
from accords.model import Article
from accords.web.feeds import FEED_SUFFIXES, Feed, article_from_item, looks_like_feed, parse_feed
from accords.web.fetch import Fetcher, FetchError
from accords.web.html import HTML_SUFFIXES, article_from_html, gunzip
from accords.web.warc import WARC_SUFFIXES, read_warc

log = logging.getLogger(__name__)

Reader = Callable[..., Iterator["Article | Rejected"]]
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def is_url(source: str | Path) -> bool:
    """True for an ``http://`` or ``https://`` URL (any other scheme is not a source)."""
    return isinstance(source, str) and source.lower().startswith(("http://", "https://"))


def web_reader(path: Path) -> Reader | None:
    """The reader for an HTML, feed or WARC file name, or None for other files."""
    name = path.name.lower()
    if name.endswith(WARC_SUFFIXES):
        return _read_warc_file
    if name.endswith(HTML_SUFFIXES):
        return read_html_file
    if name.endswith(FEED_SUFFIXES):
        return read_feed_file
    return None


def read_source(
    source: str | Path,
    *,
    fetch: bool = False,
    allow_private: bool = False,
    fetcher: Fetcher | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | Rejected]:
    """Articles from a path (file or directory) or an http(s) URL.

    `fetch` downloads the pages that feed items link to (a feed file's or a feed URL's);
    `allow_private` lets the fetcher reach loopback and private addresses (tests, intranet).
    """
    if fetcher is None and (fetch or is_url(source)):
        fetcher = Fetcher(allow_private=allow_private)
    if is_url(source):
        yield from _read_url(str(source), fetcher=fetcher, fetch=fetch)
        return
    path = Path(source)
    if fetch and path.is_file() and path.name.lower().endswith(FEED_SUFFIXES):
        yield from read_feed_file(path, max_bytes=max_bytes, fetcher=fetcher)
        return
    yield from read_path(path, max_bytes=max_bytes)


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


def _read_warc_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Rejected]:
    # The WARC file itself may be any size (it is streamed); max_bytes caps each record.
    yield from read_warc(path, max_record_bytes=max_bytes)


def _read_url(url: str, *, fetcher: Fetcher, fetch: bool) -> Iterator[Article | Rejected]:
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
            raise IngestError(origin, f"file is {size / (1024 * 1024):.1f} MB, over the "
                                      f"{max_bytes / (1024 * 1024):.1f} MB limit")
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(origin, f"cannot read file: {exc.strerror or exc}") from exc
    if path.name.lower().endswith(".gz"):
        data = gunzip(data, max_bytes=max_bytes, origin=origin)
    return data


def _rejected(origin: str, reason: str) -> Rejected:
    log.info("rejected %s: %s", origin, reason)
    return Rejected(origin, reason)
