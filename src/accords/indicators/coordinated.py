"""The subject a coordinated object keeps: in "Azerbaijan bought 12 helicopters and 10 drones from
Israel" or "Iran and Oman signed 12 agreements and 10 memoranda", the second count is the second
object of the first clause's verb, so the countries that clause names before its first count
(its subject) are the second count's too, though its own window starts after "and"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators import clauses
from accords.indicators.subjects import CountrySpan
from accords.model import Segment

#: What joins two objects of one verb: the first object's noun words, then "and" (a comma may come before it, a
#: verb or "another" after it): "helicopters and", "Boeing 787 aircraft, and took options on", "tons and a further".
_JOINED = re.compile(r"^[\w\s%$.’'-]{0,60}?,?\s+and\s+(?:(?:also\s+)?[a-z]+(?:ed|s)\s+(?:[a-z]+\s+){0,2}?)?"
                     r"(?:another\s+|a\s+further\s+|an\s+additional\s+)?$")
#: Words after which the count starts a clause of its own subject, not a second object ("and 10 of them died").
_OWN_CLAUSE = re.compile(r"\b(?:while|whereas|but|which|who|that|when|after|before|as|since)\b", re.IGNORECASE)


def clause_subject(text: str, sentence: Segment, previous: tuple[int, int] | None, start: int,
                   countries: Sequence[CountrySpan], *, unit: str, previous_unit: str | None) -> tuple[str, ...]:
    """The countries named before the previous figure in its clause when the figure at `start` is a
    second object joined to it by "and" (no country, no clause word between them), both counts; else ()."""
    if previous is None or previous[1] > start or not (unit == "count" == previous_unit):
        return ()  # amounts and rates joined by "and" are flows whose partners the sentence places itself
    gap = text[previous[1]:start]
    if not _JOINED.match(gap) or _OWN_CLAUSE.search(gap) or any(previous[1] <= c.start < start for c in countries):
        return ()
    low = clauses.clause(text, sentence, *previous)[0]
    return tuple(dict.fromkeys(c.iso3 for c in countries if low <= c.start < previous[0] and not c.body))
