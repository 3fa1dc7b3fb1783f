"""From an HTML page to an `Article`: main text and metadata through trafilatura.

`article_from_html` runs, in order:

1. trafilatura's `bare_extraction` finds the main text block by block (paragraphs,
   headings, list items, quotes), leaving out navigation, comments and boilerplate, and
   reads the page metadata (title, author, site name, canonical URL);
2. htmldate reads the publication date (the original date, not the last-modified one);
3. the blocks are joined with blank lines and the result goes through
   `accords.ingest.make_article`, so ids, cleaning and the language guess are the same as
   for a text file.

`fragment_text` turns a small HTML fragment (a feed item's content) into paragraphs. Both
are pure: bytes or text in, records out. Heavy imports happen on the first call.
"""

from __future__ import annotations

import gzip
import io
import zlib

from accords.errors import IngestError
from accords.ingest.limits import megabytes
from accords.model import Article
from accords.urls import is_http_url

#: Block elements that end a paragraph when an HTML fragment is flattened to text.
_BLOCK_TAGS = frozenset(
    "p div li ul ol h1 h2 h3 h4 h5 h6 blockquote pre table tr section article header footer figure figcaption dd dt".split()
)


def article_from_html(
    page: bytes | str,
    *,
    url: str | None = None,
    origin: str | None = None,
) -> Article:
    """The article of one HTML page: main text, title, author, outlet, date and URL.

    `url` is where the page came from (it helps trafilatura resolve links and is the
    fallback when the page names no canonical URL). Raises `IngestError` with `origin`
    when the page has no main text.
    """
    from trafilatura import bare_extraction

    where = origin or url or "<html>"
    if not (page.strip() if isinstance(page, (bytes, str)) else page):
        raise IngestError(where, "empty HTML page")
    try:
        document = bare_extraction(page, url=url, with_metadata=True, include_comments=False)
    except (ValueError, TypeError) as exc:  # trafilatura's own parse errors for non-HTML input
        raise IngestError(where, f"cannot parse HTML: {exc}") from exc
    text = document.text if document is not None and not isinstance(document, dict) else None
    if document is None or isinstance(document, dict) or text is None or not text.strip():
        raise IngestError(where, "no article text found in the HTML page")
    from accords.ingest.article import make_article

    return make_article(
        _paragraphs(text),
        title=document.title,
        url=next((u for u in (document.url, url) if is_http_url(u)), None),  # a javascript: canonical is dropped
        source=document.sitename,
        author=document.author,
        published=publication_date(page, url=url) or document.date,
        origin=origin or url,
    )


def publication_date(page: bytes | str, *, url: str | None = None) -> str | None:
    """The page's original publication date as ``YYYY-MM-DD`` (htmldate), or None.

    Only the page's markup and URL are read (no extensive text search), so a date
    mentioned in passing in the body is not taken for the publication date.
    """
    from htmldate import find_date

    try:
        return find_date(page, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except (ValueError, TypeError):  # htmldate rejects input it cannot parse as a tree
        return None


def fragment_text(fragment: str) -> str:
    """The text of an HTML fragment, one paragraph per block element, blank lines between.

    Used for feed items, whose content is a few paragraphs of HTML rather than a page.
    Plain text (no tags) is returned with its lines as they are.
    """
    if "<" not in fragment:
        return fragment.strip()
    from lxml import etree, html

    try:
        root = html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment.strip()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag in ("script", "style"):
            element.text = ""
        elif tag == "br":  # a line break inside a paragraph; make_article would unwrap it anyway
            element.tail = " " + (element.tail or "")
        elif tag in _BLOCK_TAGS:
            element.tail = "\n\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n\n"))
    return "\n\n".join(line for line in lines if line)


def gunzip(data: bytes, *, max_bytes: int, origin: str) -> bytes:
    """`data` decompressed, refusing output over `max_bytes` (a small file can inflate hugely)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            out = stream.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise IngestError(origin, f"not a valid gzip file: {exc}") from exc
    if len(out) > max_bytes:
        raise IngestError(origin, f"decompressed page is over the {megabytes(max_bytes)} limit")
    return out


def _paragraphs(text: str) -> str:
    """trafilatura puts one block per line; make each a paragraph (a blank line between)."""
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
