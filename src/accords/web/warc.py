"""WARC archives (``.warc``, ``.warc.gz``): the HTML pages of a web crawl, as articles.

`read_warc` streams the file with warcio one record at a time, so memory stays flat
however large the archive: each HTML response (status 2xx, ``text/html`` or
``application/xhtml+xml``) is read, up to a size cap, and goes through
`accords.web.html.article_from_html` with the record's target URI as its URL. Other
records (requests, metadata, redirects, images, ...) are skipped without being read.

A record that cannot become an article yields `Rejected` with origin
``file.warc.gz#<offset>`` (the record's byte offset in the file) and, when known, its
WARC-Record-ID in the reason. A corrupt archive stops the reading at the bad record, with
a rejection saying where.
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from pathlib import Path

from accords.errors import IngestError
from accords.ingest.limits import MAX_WARC_RECORD_BYTES, megabytes
from accords.ingest.readers import Rejected
from accords.model import Article

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: str | Path, *, max_record_bytes: int = MAX_WARC_RECORD_BYTES) -> Iterator[Article | Rejected]:
    """An `Article` or `Rejected` for each HTML response in the WARC file at `path`.

    Never raises for bad content: a bad record or a corrupt file becomes a `Rejected`.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    path = Path(path)
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield Rejected(str(path), f"cannot read file: {exc.strerror or exc}")
        return
    with stream:
        if not stream.read(1):
            yield Rejected(str(path), "empty file")
            return
        stream.seek(0)
        records = ArchiveIterator(stream, arc2warc=True)
        offset = 0
        try:
            for record in records:
                # The record's start; get_record_offset() would read the record to its end first.
                offset = records.offset
                origin = f"{path}#{offset}"
                if not _is_html_response(record):
                    continue
                yield _record_article(record, origin=origin, max_bytes=max_record_bytes)
        except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
            where = f"{path}#{max(offset, records.offset)}"  # the bad record's start, once known
            log.info("rejected %s: %s", where, exc)
            yield Rejected(where, f"corrupt WARC data, reading stopped: {str(exc).strip() or type(exc).__name__}")


def _is_html_response(record) -> bool:
    if record.rec_type not in ("response", "resource"):
        return False
    if record.rec_type == "response":
        if record.http_headers is None:
            return False
        status = record.http_headers.get_statuscode() or ""
        if not status.startswith("2"):
            return False
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    return content_type.split(";")[0].strip().lower() in HTML_TYPES


def _record_article(record, *, origin: str, max_bytes: int) -> Article | Rejected:
    from accords.web.html import article_from_html

    record_id = record.rec_headers.get_header("WARC-Record-ID") or ""
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    body = record.content_stream().read(max_bytes + 1)
    if len(body) > max_bytes:
        return _rejected(origin, f"record {record_id} is over the {megabytes(max_bytes)} limit")
    try:
        return article_from_html(body, url=url, origin=origin)
    except IngestError as exc:
        return _rejected(origin, f"{exc.reason} (record {record_id}, {url})" if record_id else exc.reason)


def _rejected(origin: str, reason: str) -> Rejected:
    log.info("rejected %s: %s", origin, reason)
    return Rejected(origin, reason)
