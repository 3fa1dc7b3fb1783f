"""From raw article text to an `Article`: clean, read metadata, identify.

`make_article` runs, in order:

1. normalise whitespace (NFC, invisible characters out, runs of spaces collapsed);
2. drop junk lines (`cleaning.is_junk`: comment forms, share prompts, cookie notes, ...);
3. unwrap hard line breaks into paragraphs (date and byline lines kept apart), drop junk
   paragraphs;
4. read the header paragraphs (date, outlet, author, a repeated title) and drop them;
5. read the footer paragraphs (a trailing date, editor's initials) and drop them; drop
   immediate repetitions;
6. join the paragraphs with one blank line, compute the content id and guess the language.

Metadata is read from paragraphs, after unwrapping, so that cleaning a clean text again
sees exactly the same paragraphs and changes nothing (the Hypothesis test checks this).

Arguments given explicitly win over what the text says. Pure: no I/O.

Before any of that, the input is checked (`check_input`), the same way for every reader
and the API: text over `MAX_ARTICLE_BYTES`, a lone surrogate in any field (not Unicode: it
cannot be stored or hashed) or a URL that is not an absolute http(s) URL is an
`IngestError` naming the field.
"""

from __future__ import annotations

import re

from accords.errors import IngestError
from accords.ids import content_id
from accords.ingest.cleaning import dedupe_consecutive, drop_junk, normalise_whitespace, same_line, unwrap
from accords.ingest.dates import parse_date
from accords.ingest.language import detect_language
from accords.ingest.limits import MAX_ARTICLE_BYTES, megabytes
from accords.ingest.metadata import PageMeta, read_meta_line, split_footer, split_header
from accords.ingest.outlets import outlet_from_url
from accords.model import Article
from accords.urls import BadURL, check_http_url


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str, *, title: str | None = None) -> tuple[str, PageMeta]:
    """The clean body of `text` and the metadata read from its header and footer lines.

    `title`, when known, is removed where the text repeats it at the top.
    """
    lines = drop_junk(normalise_whitespace(text))
    paragraphs = drop_junk(unwrap(lines, keep_apart=_is_meta))
    header, paragraphs = split_header(paragraphs, title=title)
    footer, paragraphs = split_footer(paragraphs)
    paragraphs = dedupe_consecutive(paragraphs)
    known_title = title or header.title
    if known_title is not None:
        while paragraphs and same_line(paragraphs[0], known_title):
            paragraphs.pop(0)
    return "\n\n".join(paragraphs), header.merged(footer)


def make_article(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    author: str | None = None,
    published: str | None = None,
    origin: str | None = None,
    record_id: str | int | None = None,
) -> Article:
    """An `Article` from raw text plus whatever metadata the caller already knows.

    Explicit arguments win over metadata read from the text. `published` is normalised to
    ISO 8601; a value that is not a readable date is ignored (the text's date, if any, is
    used) rather than stored as is. `record_id` (a JSON record's id) is appended to the
    origin as ``origin#id`` so the article can be traced back to its record.

    Raises `IngestError` when the input fails `check_input` or no article text is left
    after cleaning.
    """
    if record_id is not None and str(record_id).strip():
        origin = f"{origin or ''}#{str(record_id).strip()}"
    check_input(text, origin=origin or "<text>", title=title, url=url, source=source, author=author,
                published=published, id=None if record_id is None else str(record_id))
    title = _blank_to_none(title)
    body, meta = clean_text(text, title=title)
    if not body:
        raise IngestError(origin or "<text>", "no article text left after cleaning")
    explicit_date = parse_date(published) if published else None
    if explicit_date is None and published:
        explicit_date = _iso_passthrough(published)
    return Article(
        id=content_id(body),
        text=body,
        title=title or meta.title,
        url=_blank_to_none(url),
        source=_blank_to_none(source) or meta.source or outlet_from_url(url),
        author=_blank_to_none(author) or meta.author,
        published=explicit_date or meta.published,
        language=detect_language(body),
        origin=origin,
    )


def check_input(text: str, *, origin: str, **fields: str | None) -> None:
    """Raise `IngestError(origin, reason)` when `text` or a metadata field cannot be stored.

    `text` over `MAX_ARTICLE_BYTES`; a lone surrogate (``"\\ud800"`` in JSON) in `text` or
    any of `fields`; a ``url`` field that is not an absolute http(s) URL (`accords.urls`).
    """
    size = utf8_size(text)
    if size > MAX_ARTICLE_BYTES:
        raise IngestError(origin, f"text is {megabytes(size)}, over the {megabytes(MAX_ARTICLE_BYTES)} limit for one article")
    for name, value in (("text", text), *fields.items()):
        found = _SURROGATE.search(value) if isinstance(value, str) else None
        if found:
            raise IngestError(origin, f"{name} has a lone surrogate (U+{ord(found.group()):04X}) at character "
                                      f"{found.start()}: not valid Unicode")
    url = _blank_to_none(fields.get("url"))
    if url is not None:
        try:
            check_http_url(url)
        except BadURL as exc:
            raise IngestError(origin, f"url {_short(url)} refused: {exc.reason}") from exc


def utf8_size(text: str) -> int:
    """The length of `text` in UTF-8 bytes (ASCII text is measured without encoding it)."""
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


def _short(value: str, limit: int = 120) -> str:
    return repr(value if len(value) <= limit else value[:limit] + "...")


def _is_meta(line: str) -> bool:
    return read_meta_line(line) is not None


def _blank_to_none(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def _iso_passthrough(value: str) -> str | None:
    """An already-normalised partial ISO date (``2021-09``, ``2021``) is kept as given."""
    value = value.strip()
    if len(value) in (4, 7) and value[:4].isdigit() and (len(value) == 4 or (value[4] == "-" and value[5:].isdigit())):
        return value
    return None
