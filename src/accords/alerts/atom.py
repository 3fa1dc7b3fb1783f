"""A watchlist as an Atom feed (RFC 4287): its latest matches, one entry per fact.

Built with `xml.etree.ElementTree`, which escapes every text and attribute, so a title or a
quote holding ``<script>`` or ``&`` stays text. Characters XML 1.0 cannot carry at all
(control characters other than tab and line breaks, U+FFFE, U+FFFF) are dropped first.

Each entry: a stable id per fact (``urn:accords:fact:<fact id>``), the fact's one-line
headline as title, when its facts were stored as ``updated``, the evidence sentence as
summary, the fact's kind (and event type) as categories, an ``alternate`` link to the
evidence on the dashboard's article page, and a ``related`` link to the source article
when its URL is http(s) (`accords.urls.is_http_url`; other URLs are never links).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import quote
from xml.etree import ElementTree as ET

from accords.alerts import Alert, Watchlist
from accords.urls import is_http_url

ATOM_NS = "http://www.w3.org/2005/Atom"
MEDIA_TYPE = "application/atom+xml"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, {k: _clean(v) for k, v in attributes.items()})
    if text is not None:
        element.text = _clean(text)
    return element


def feed(found: Watchlist, entries: Sequence[Alert], *, base_url: str, self_url: str) -> bytes:
    """The Atom document of `found` listing `entries` (latest first); links are absolute
    under `base_url` (the server's root, no trailing slash)."""
    root = ET.Element("feed", {"xmlns": ATOM_NS})
    _add(root, "id", f"urn:accords:watchlist:{quote(found.name, safe='')}")
    _add(root, "title", f"accords watchlist {found.name}: {found.query.describe()}")
    _add(root, "subtitle", "New facts matching the watchlist, each linked to its evidence sentence.")
    updated = max((e.saved_at for e in entries), default=found.created_at) or "1970-01-01T00:00:00+00:00"
    _add(root, "updated", updated)
    author = _add(root, "author")
    _add(author, "name", "accords")
    _add(root, "link", rel="self", type=MEDIA_TYPE, href=self_url)
    _add(root, "generator", "accords")
    for alert in entries:
        entry = _add(root, "entry")
        _add(entry, "id", f"urn:accords:fact:{quote(alert.fact.id, safe=':')}")
        _add(entry, "title", alert.headline)
        _add(entry, "updated", alert.saved_at)
        published = _timestamp(alert.published or "")
        if published is not None:
            _add(entry, "published", published)
        _add(entry, "link", rel="alternate", type="text/html", href=base_url + alert.path)
        if is_http_url(alert.url):
            _add(entry, "link", rel="related", type="text/html", href=alert.url or "",
                 title=alert.title or alert.url or "")
        _add(entry, "category", term=alert.kind)
        event_type = getattr(alert.fact, "type", None)
        if alert.kind == "event" and event_type:
            _add(entry, "category", term=event_type)
        source = f" ({alert.title})" if alert.title else ""
        _add(entry, "summary", f"{alert.evidence_text}{source}", type="text")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="utf-8", xml_declaration=False)


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")


def _timestamp(published: str) -> str | None:
    """An RFC 3339 date-time for a publication date stored as a day or a date-time (UTC
    when it names no offset); None for anything else (a month, a year)."""
    if _DAY.match(published):
        return published + "T00:00:00Z"
    match = _DATETIME.match(published)
    if match is None:
        return None
    with_seconds = published if match[1] else published[:16] + ":00" + published[16:]
    return with_seconds if match[3] else with_seconds + "Z"
