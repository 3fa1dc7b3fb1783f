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


#: The end of a figure's period, then "and" before the next figure: "97,000 barrels per day of Iranian oil in August and
#: 133,000 bpd in September", "$2.1 billion to Georgia in 2022 and $2.4 billion in 2023".
_NEXT_PERIOD = re.compile(
    r"\b(?:in|during|for)\s+(?:(?:the\s+)?(?:first|second|third|fourth|last)\s+(?:quarter|half)\s+of\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)"
    r"(?:\s+(?:19|20)\d\d)?,?\s+and\s+$")
#: The most words a figure's own words and its period may take between it and the next figure.
_NEXT_PERIOD_GAP = 90


def next_period(text: str, previous: tuple[int, int], figure: tuple[int, int], countries: Sequence[CountrySpan]) -> bool:
    """Whether the figure at `start` gives the claim of the figure at `previous` for a next period ("Turkey imported
    around 97,000 barrels per day of Iranian oil in August and 133,000 bpd in September"), so that it keeps the
    previous figure's subjects: the previous figure's period, then "and", right before it, and no country named
    after that period up to the end of the figure's own words (`figure`: its start and where its window ends; "$5
    billion to Iraq in 2020 and $3 billion to Turkey in 2021" names the second's own partner)."""
    start = figure[0]
    if previous[1] > start or start - previous[1] > _NEXT_PERIOD_GAP:
        return False
    period = _NEXT_PERIOD.search(text, previous[1], start)
    return period is not None and not any(period.start() <= c.start < figure[1] for c in countries)
