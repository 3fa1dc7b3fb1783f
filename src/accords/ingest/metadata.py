"""Header and footer metadata of scraped article text.

Scraped pages put the title, date, outlet and author on the first lines and a date or
editor's initials on the last ones, e.g.::

     date 2021-09-15 By Azernews          -> published 2021-09-15, source Azernews
     By Ayya Lmahamad                     -> author
     Iran, Azerbaijan aim for ICT ...     -> title, when the next line repeats it (or the
     Iran, Azerbaijan aim for ICT ...        next line is a date or byline)
     ...
     Dec 5, 2017 21:27                    -> published 2017-12-05T21:27 (trailing date)

`split_header` and `split_footer` take the lines of a text, read what they can from the
top and the bottom, and return the metadata and the remaining lines. They stop at the first
line that is not metadata, so body text is never consumed. Pure functions.

A byline name is an author when it looks like a person's name (two to five capitalised
words) and a source when it looks like an outlet (one word such as "Azernews" or "IRNA",
or a name with a word such as News, Agency, Times, Press).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass

from accords.ingest.cleaning import same_line
from accords.ingest.dates import find_date_prefix

#: How many non-blank lines at the top, and at the bottom, may hold metadata.
HEADER_LINES = 8
FOOTER_LINES = 6

#: A title is a line of at most this many characters.
MAX_TITLE_CHARS = 250


@dataclass(frozen=True)
class PageMeta:
    """What header or footer lines say about an article; None where they say nothing."""

    title: str | None = None
    source: str | None = None
    author: str | None = None
    published: str | None = None

    def merged(self, other: PageMeta) -> PageMeta:
        """This metadata with the gaps filled from `other` (what is set here wins)."""
        return PageMeta(
            **{
                f.name: getattr(self, f.name) if getattr(self, f.name) is not None else getattr(other, f.name)
                for f in dataclasses.fields(self)
            }
        )


_OUTLET_WORDS = re.compile(
    r"\b(?:news|agency|times|press|post|daily|tribune|herald|journal|gazette|tv|radio|network|"
    r"media|online|service|wire|telegraph|guardian|observer|monitor|review|today|report|"
    r"magazine|chronicle|standard|express|broadcasting|staff|desk|bureau|newsroom)\b",
    re.IGNORECASE,
)
_PARTICLES = {"al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "bin", "ibn", "la", "le", "ben"}
_NAME_WORD = re.compile(r"(?:[A-Z][\w'’.-]*|[A-Z]\.)$")
_BYLINE = re.compile(
    r"(?:by|written by|story by|words by|reporting by|author|authors|reporter)\s*:?\s+(?P<names>.+)",
    re.IGNORECASE,
)
_DATE_LABELS = ("publication date", "published on", "first published", "last updated", "release date",
                "posted on", "published", "updated", "posted", "dated", "date", "time")
_LABEL = re.compile(
    r"(?P<label>" + "|".join(("source", "outlet", "authors", "author") + _DATE_LABELS) + r")\s*:?\s*(?P<value>.+)",
    re.IGNORECASE,
)
_STAFF_SUFFIX = re.compile(r"\s+(?:staff(?: writer| reporter)?|correspondent|reporter|desk|newsroom)$", re.IGNORECASE)
_SEPARATORS = re.compile(r"\s+[|•·–—/]\s+|\s+-\s+")
_EDITOR_INITIALS = re.compile(r"[A-Z]{2,3}(?:/[A-Z]{2,3})+")
_TRAILING_INITIALS = re.compile(r"(?<=[.!?\"”’])\s+[A-Z]{2,3}(?:/[A-Z]{2,3})+$")
_NAME_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*")


def read_names(names: str) -> PageMeta | None:
    """The author or source a byline names (``"Ayya Lmahamad"``, ``"Azernews"``), or None."""
    names = names.split(";")[0].strip().rstrip(".")  # "X; Editing by Y": X wrote it
    parts = [part for part in _NAME_SPLIT.split(names) if part]
    if not parts or len(names) > 120:
        return None
    people = [part for part in parts if _is_person(part)]
    outlets = [_STAFF_SUFFIX.sub("", part) for part in parts if part not in people]
    if not all(_is_outlet(outlet) for outlet in outlets):
        return None
    return PageMeta(author=", ".join(people) or None, source=outlets[0] if outlets else None)


def _is_outlet(name: str) -> bool:
    words = name.split()
    if not words or len(words) > 6 or any(ch.isdigit() for ch in name):
        return False
    if not all(_NAME_WORD.match(word) or word.lower() in _PARTICLES for word in words):
        return False
    return len(words) == 1 or bool(_OUTLET_WORDS.search(name))


def _is_person(name: str) -> bool:
    words = name.split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in name) or _OUTLET_WORDS.search(name):
        return False
    return all(_NAME_WORD.match(word) or word.lower() in _PARTICLES for word in words)


def read_meta_line(line: str) -> PageMeta | None:
    """What one header/footer line says, or None when the line is not (only) metadata.

    Reads date lines (``2021-09-15``, ``date 2021-09-15 By Azernews``, ``Published:
    September 15, 2021``), bylines (``By Ayya Lmahamad``, ``Author: ...``), ``Source: X``,
    and lines of such parts joined by ``|``, ``•`` or `` - ``.
    """
    line = line.strip()
    if not line or len(line) > 200:
        return None
    meta = _read_part(line)
    if meta is not None:
        return meta
    parts = _SEPARATORS.split(line)
    if len(parts) < 2:
        return None
    result = PageMeta()
    for part in parts:
        meta = _read_part(part)
        if meta is None:
            return None
        result = result.merged(meta)
    return result


def _read_part(text: str) -> PageMeta | None:
    text = text.strip()
    if not text:
        return None
    labelled = _LABEL.fullmatch(text)
    if labelled:
        label, value = labelled["label"].lower(), labelled["value"].strip()
        if label in _DATE_LABELS:
            return _read_date_part(value)
        if label in ("source", "outlet"):
            return PageMeta(source=value) if len(value) <= 80 and not value.endswith(".") else None
        return read_names(value)
    byline = _BYLINE.fullmatch(text)
    if byline:
        return read_names(byline["names"])
    return _read_date_part(text)


def _read_date_part(text: str) -> PageMeta | None:
    found = find_date_prefix(text)
    if found is None:
        return None
    published, rest = found
    if not rest:
        return PageMeta(published=published)
    rest = rest.lstrip("|•·–—-/, ").strip()
    tail = _BYLINE.fullmatch(rest)
    names = read_names(tail["names"]) if tail else None
    if names is None:
        return None
    return dataclasses.replace(names, published=published)


def _nonblank(lines: Sequence[str]) -> list[int]:
    return [index for index, line in enumerate(lines) if line.strip()]


def split_header(lines: Sequence[str], *, title: str | None = None) -> tuple[PageMeta, list[str]]:
    """Metadata from the top lines and the lines left after them.

    A header line is a title when the next non-blank line repeats it or is itself metadata
    (a date or byline); lines repeating the title (the given `title`, if any) are dropped.
    """
    indexes = _nonblank(lines)[:HEADER_LINES]
    meta = PageMeta()
    known_title = title
    consumed = 0  # lines[:consumed] are header
    for position, index in enumerate(indexes):
        line = lines[index].strip()
        if known_title is not None and same_line(line, known_title):
            consumed = index + 1
            continue
        found = read_meta_line(line)
        if found is not None:
            meta = meta.merged(found)
            consumed = index + 1
            continue
        if known_title is None and _headline(line, lines, indexes[position:]):
            known_title = line
            meta = dataclasses.replace(meta, title=line)
            consumed = index + 1
            continue
        break
    return meta, list(lines[consumed:])


def _headline(line: str, lines: Sequence[str], indexes: Sequence[int]) -> bool:
    """Whether `line` (at ``indexes[0]``) is a title: short, and repeated or followed by metadata."""
    if len(line) > MAX_TITLE_CHARS or len(indexes) < 2 or line.endswith((".", ",", ";", ":")):
        return False
    following = lines[indexes[1]].strip()
    return same_line(following, line) or read_meta_line(following) is not None


def split_footer(lines: Sequence[str]) -> tuple[PageMeta, list[str]]:
    """Metadata from the bottom lines (a trailing date, a byline, editor's initials) and the rest."""
    indexes = _nonblank(lines)
    meta = PageMeta()
    end = len(lines)
    for index in reversed(indexes[-FOOTER_LINES:]):
        line = lines[index].strip()
        if _EDITOR_INITIALS.fullmatch(line):
            end = index
            continue
        found = read_meta_line(line)
        if found is None or found.title is not None:
            break
        meta = meta.merged(found)
        end = index
    body = list(lines[:end])
    if body:
        # initials glued to the last sentence: "... will be opened.  HJ/MA"
        last = max((i for i, line in enumerate(body) if line.strip()), default=None)
        if last is not None:
            body[last] = _TRAILING_INITIALS.sub("", body[last].rstrip())
    return meta, body
