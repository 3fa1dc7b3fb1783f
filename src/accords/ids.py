"""Stable identifiers derived from content."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def normalise_content(text: str) -> str:
    """The form of a text that ids are computed from: NFKC, case-folded, spaces collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def content_id(text: str) -> str:
    """The article id of a text: the same content always gets the same 16-hex-digit id."""
    return hashlib.sha256(normalise_content(text).encode("utf-8")).hexdigest()[:16]


def fact_id(article_id: str, kind: str, *parts: object) -> str:
    """A stable id for a fact of an article, from its kind and its defining parts."""
    digest = hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()[:10]
    return f"{article_id}:{kind}:{digest}"
