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


def shares_destination(text: str, first: tuple[int, int], second: tuple[int, int], countries: Sequence[CountrySpan], *,
                       units: tuple[str, str]) -> bool:
    """Whether the count at `first` and the count at `second` are two objects of one sending verb joined by "and"
    ("has sent seven planes carrying humanitarian aid and two field hospitals to Turkey"), so that the place the
    second is sent to, named after it, is where the first goes too: its window reaches past the second."""
    gap = text[first[1]:second[0]]
    return units == ("count", "count") and bool(_JOINED.match(gap)) and not _OWN_CLAUSE.search(gap) \
        and not any(first[1] <= c.start < second[0] for c in countries) \
        and bool(_SENT_BEFORE.search(text, max(0, first[0] - 40), first[0]))


#: The sending verb right before the first count of such a list ("has sent", "dispatched more than").
_SENT_BEFORE = re.compile(r"\b(?:sent|sends|dispatched|dispatches|delivered|donated)\s+(?:[a-z]+\s+){0,2}$")
