"""Publication dates as real sites print them, normalised to ISO 8601.

`parse_date` accepts a whole string that is one date (with an optional time and UTC offset)
and returns ``YYYY-MM-DD``, or ``YYYY-MM-DDTHH:MM`` when a time is given, with the offset
kept when one is given (``2025-07-21T14:35+04:00``; ``Z``/``UTC``/``GMT`` become ``+00:00``).
Anything it cannot read with certainty gives None: a date is never invented or guessed
(``03/04/2021`` is ambiguous, so it is None; ``15.09.2021`` is day-first by convention).

The formats are written out as regular expressions rather than handed to dateutil because
dateutil fills in missing parts (today's year, month or day), which would invent dates.
"""

from __future__ import annotations

import datetime as _dt
import re

from accords.days import MONTHS

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"
_TIME = (
    r"(?:(?:\s*,\s*|\s+(?:at\s+)?|\s*-\s*|\s*\|\s*|T)"
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?"
    r"(?:\s*(?P<ampm>[ap]\.?m\.?))?)?"
)
_ZONE = (
    r"(?:\s*\(?\s*(?:(?P<z>Z)|(?:UTC|GMT)?\s*(?P<sign>[+-])(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?"
    r"|(?P<utc>UTC|GMT))\s*\)?)?"
)

_PATTERNS = tuple(
    re.compile(r"^\s*" + _WEEKDAY + body + _TIME + _ZONE + r"\s*$", re.IGNORECASE)
    for body in (
        # 2021-09-15, 2021/09/15, 2021-09-15T10:30:00Z
        r"(?P<year>\d{4})[-/](?P<mnum>\d{1,2})[-/](?P<day>\d{1,2})",
        # 15.09.2021 (day-first, the dotted European convention)
        r"(?P<day>\d{1,2})\.(?P<mnum>\d{1,2})\.(?P<year>\d{4})",
        # 15/09/2021 or 09/15/2021: only read when one side is over 12
        r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})",
        # 21 July 2025, 21 Jul. 2025, 21-Jul-2025
        r"(?P<day>\d{1,2})(?:st|nd|rd|th)?[\s-]+(?:of\s+)?" + _MONTH + r"[\s-]+,?\s*(?P<year>\d{4})",
        # September 15, 2021; Sep 15 2021; Sept. 15th, 2021
        _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})",
    )
)


def parse_date(text: str) -> str | None:
    """The ISO 8601 form of `text` when the whole string is one date, else None."""
    if len(text) > 80:
        return None
    for pattern in _PATTERNS:
        match = pattern.match(text)
        if match:
            return _normalise(match)
    return None


def find_date_prefix(text: str) -> tuple[str, str] | None:
    """The date that `text` starts with and the rest of the line, or None.

    Tries the longest run of leading words that reads as a date, so ``"21 July 2025 14:35
    (UTC+04:00) By IRNA"`` gives ``("2025-07-21T14:35+04:00", "By IRNA")``.
    """
    words = text.split()
    for end in range(min(len(words), 9), 0, -1):
        value = parse_date(" ".join(words[:end]))
        if value is not None:
            return value, " ".join(words[end:])
    return None


def _normalise(match: re.Match[str]) -> str | None:
    parts = match.groupdict()
    year = int(parts["year"])
    if parts.get("a") is not None:
        a, b = int(parts["a"]), int(parts["b"])
        if a > 12 and b <= 12:
            day, month = a, b
        elif b > 12 and a <= 12:
            month, day = a, b
        else:
            return None  # ambiguous day/month order: do not guess
    else:
        day = int(parts["day"])
        month = int(parts["mnum"]) if parts.get("mnum") else MONTHS[parts["month"].lower()]
    if not 1900 <= year <= 2100:
        return None
    try:
        date = _dt.date(year, month, day)
    except ValueError:
        return None
    if parts["hour"] is None:
        return date.isoformat()
    hour, minute = int(parts["hour"]), int(parts["minute"])
    ampm = (parts["ampm"] or "").replace(".", "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59:
        return None
    value = f"{date.isoformat()}T{hour:02d}:{minute:02d}"
    if parts["z"] or parts["utc"]:
        return value + "+00:00"
    if parts["sign"]:
        offset_hours, offset_minutes = int(parts["oh"]), int(parts["om"] or 0)
        if offset_hours > 14 or offset_minutes > 59:
            return None
        return f"{value}{parts['sign']}{offset_hours:02d}:{offset_minutes:02d}"
    return value
