"""RSS and Atom feeds: items with title, link, date and content, and articles from them.

`parse_feed` reads a feed document (RSS 0.9x/1.0/2.0 or Atom, through feedparser, which
also sanitises the items' HTML and resolves relative links) into a frozen `Feed`.
`article_from_item` turns an item that carries its text (``content:encoded``, Atom
``content``, or a ``description``/``summary`` of more than a teaser) into an `Article`
through `make_article`. Items without text need their linked page fetched; that I/O is
done by `accords.web.sources`, not here. Pure: bytes in, records out.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from accords.errors import IngestError
from accords.model import Article

#: A summary shorter than this many words is a teaser, not the article.
MIN_SUMMARY_WORDS = 40

_FEED_ROOT = re.compile(rb"<(?:[A-Za-z0-9_]+:)?(rss|feed|RDF)[\s>]")


@dataclass(frozen=True)
class FeedItem:
    """One feed entry. `id` is the guid / Atom id, else the link; `content` is HTML or text."""

    id: str
    title: str | None = None
    link: str | None = None
    published: str | None = None
    author: str | None = None
    summary: str | None = None
    content: str | None = None


@dataclass(frozen=True)
class Feed:
    """A parsed feed: its own title and link, and its items in document order."""

    title: str | None
    link: str | None
    items: tuple[FeedItem, ...]


def looks_like_feed(data: bytes) -> bool:
    """True when the first KB of `data` has an ``<rss>``, ``<feed>`` or ``<rdf:RDF>`` root."""
    return bool(_FEED_ROOT.search(data[:2048]))


def parse_feed(data: bytes, *, url: str | None = None, origin: str | None = None) -> Feed:
    """The feed in `data`; `IngestError` when it is not a feed feedparser can read.

    `url` (where the feed came from) resolves relative item links.
    """
    import feedparser

    where = origin or url or "<feed>"
    # A stream, never a string: feedparser would treat a string as a URL or path to open.
    parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-location": url} if url else None)
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        raise IngestError(where, f"not an RSS or Atom feed{f' ({problem})' if problem else ''}")
    info = parsed.get("feed", {})
    items = tuple(_item(entry, index) for index, entry in enumerate(parsed.get("entries", [])))
    return Feed(title=info.get("title") or None, link=info.get("link") or None, items=items)


def item_text(item: FeedItem) -> str | None:
    """The article text an item carries (paragraphs), or None when it has only a teaser."""
    from accords.web.html import fragment_text

    if item.content and item.content.strip():
        return fragment_text(item.content) or None
    if item.summary:
        text = fragment_text(item.summary)
        if len(text.split()) >= MIN_SUMMARY_WORDS:
            return text
    return None


def article_from_item(item: FeedItem, *, feed: Feed, origin: str) -> Article:
    """An `Article` from an item's own text; `IngestError` when the item carries none.

    The origin is ``origin#<item id>``; the outlet is the feed's title.
    """
    text = item_text(item)
    if text is None:
        raise IngestError(f"{origin}#{item.id}", "feed item has no article text (fetch the linked page with --fetch)")
    from accords.ingest.article import make_article

    return make_article(
        text, title=item.title, url=item.link, source=feed.title, author=item.author,
        published=item.published, origin=origin, record_id=item.id,
    )


def _item(entry, index: int) -> FeedItem:
    content = None
    for part in entry.get("content") or ():
        if part.get("value"):
            content = part["value"]
            break
    link = entry.get("link") or None
    return FeedItem(
        id=str(entry.get("id") or link or index),
        title=entry.get("title") or None,
        link=link,
        published=entry.get("published") or entry.get("updated") or None,
        author=entry.get("author") or None,
        summary=entry.get("summary") or None,
        content=content,
    )
