"""The day of the occasion a dated report tells of, for the events it reports without a date.

A readout, a joint statement or a news report of the day tells of one occasion ("President X met
today with ...", "On Tuesday, the ministers signed ..."); what the sides discussed, agreed,
supported or condemned there is reported in later sentences that name no time of their own
("The two leaders agreed to ...", "He also expressed appreciation for ..."). Those events
happened on the occasion's day, and an analyst dates them so. This module gives such an
undated event the nearest report day before it (or, where the text opens with undated events,
the first one after), but only:

- in a text with a publication date, and only a day of the report's own: a time expression or
  an event's date that is a day on or up to `_WINDOW_DAYS` before publication (a day "in June
  2023" or a future meeting is background or a plan, not the occasion of the report);
- for events reported as done, intended or planned (a hypothetical or denied event has no day);
- not in a sentence that marks what it tells as background ("has provided", "since 2021",
  "previously", "the recent attack": a state of affairs or an act before the occasion), nor a
  meeting in a sentence that tells of one still to come ("the upcoming visit", "the summit
  later this year", "meeting again soon");
- not after a time before the report's days ("In June 2023, ...") until the text names one of
  its days again.

A text that names no time at all gives its events no day, with one exception: a readout that
opens on its occasion ("President X spoke with President Y of Z.", no "today") tells of a meeting
of its publication day, so the CONSULT of its first sentence takes that day (not a trip, which
may span the days before) and the rest of the report follows it.

The events keep the confidence they had: it is computed from what the text shows (an event
dated by its own clause is one sign of a real report), and a date inherited here is not that.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from accords.model import Event, Segment, TimeExpression

#: Words of a trip, which may span several days (`_occasion_on_publication_day`).
_TRIPS = frozenset("travel traveled travelled travels traveling travelling trip trips visit visited visits tour toured".split())
#: How many days before publication a report's occasion may lie (a readout published on
#: Monday of a meeting on Friday; a weekly statement).
_WINDOW_DAYS = 7
#: Statuses whose event has a day (`accords.events.status`).
_DATED_STATUSES = frozenset({"occurred", "intended", "planned"})
#: A sentence that tells of what held before the occasion: the perfect ("has provided", "have
#: expanded"), "since", "previously", "already", "over the past ...", "so far", "to date".
_BACKGROUND = re.compile(
    r"\b(?:has|have|had)\s+(?:also\s+|already\s+|long\s+|now\s+|jointly\s+)?"
    r"(?:been|\w+ed|made|held|done|won|built|sent|brought|taken|given|led|met|begun|grown|seen|become|put|set)\b"
    r"|\bsince\b|\bpreviously\b|\balready\b|\bover the (?:past|last)\b|\bso far\b|\bto date\b"
    r"|\brecent(?:ly)?\b|\bfor (?:years|decades)\b|\bhistor(?:y|ic(?:al)?ly)\b",
    re.IGNORECASE,
)
#: A sentence that tells of a meeting still to come ("the upcoming visit", "the summit later
#: this year", "will meet"): the meeting is not the report's occasion. Other events keep the
#: report's day even so: a plan, promise or pledge is made on it ("agreed to meet again",
#: "will provide a $19.5 million loan").
_AHEAD = re.compile(
    r"\b(?:upcoming|forthcoming|later this|next (?:week|month|year)|will|shall|to be held|scheduled|"
    r"look(?:s|ed|ing)? forward|an opportunity|soon)\b",
    re.IGNORECASE,
)


def _day(value: object) -> dt.date | None:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _published_day(published: str | None) -> dt.date | None:
    return _day(published[:10]) if published else None


def report_days(events: Sequence[Event], times: Sequence[TimeExpression],
                published: str | None) -> list[tuple[int, str | None, str | None]]:
    """(text offset, day, precision) of each day the text gives, in text order: a time
    expression ("today", "On Monday") or an event's date. A day of the report's own (on or up
    to `_WINDOW_DAYS` before the publication day) keeps its value; a time before that ("In June
    2023", "last year") is listed with day None: what follows it is background until the text
    comes back to a day of the report."""
    day_published = _published_day(published)
    if day_published is None:
        return []
    earliest = day_published - dt.timedelta(days=_WINDOW_DAYS)
    dated = [(event.evidence[0].start, event.date, event.date_precision) for event in events if event.evidence]
    dated += [(time.evidence[0].start, time.value, time.precision) for time in times if time.evidence]
    days: list[tuple[int, str | None, str | None]] = []
    for offset, value, precision in dated:
        day = _day(value)
        if day is not None and isinstance(value, str) and earliest <= day <= day_published:
            days.append((offset, value, precision or "day"))
        elif value is not None and _ends_before(value, earliest):
            days.append((offset, None, None))
    return sorted(days, key=lambda item: item[0])


def with_report_dates(
    events: Sequence[Event], published: str | None, text: str, sentences: Sequence[Segment],
    times: Sequence[TimeExpression] = (),
) -> tuple[Event, ...]:
    """`events`, each undated one that a dated report tells of given the day of the report that
    the text last gave in an earlier sentence (the first one after, where none comes before);
    see the module docstring. A text that names no day of its own gives none: its events keep
    the publication day as their reported day (`accords.store.when`), not as their own."""
    days = report_days(events, times, published)
    own = [(offset, day, precision) for offset, day, precision in days if day is not None]
    if not own and not days:
        events = _occasion_on_publication_day(events, published, sentences)
        days = report_days(events, times, published)
        own = [(offset, day, precision) for offset, day, precision in days if day is not None]
    if not own:
        return tuple(events)  # the text names no day of its own: the publication day stays "reported"
    fallback = own[0][1:]
    dated = []
    for event in events:
        if event.date is not None or event.status not in _DATED_STATUSES or not event.evidence:
            dated.append(event)
            continue
        start = event.evidence[0].start
        sentence, begins = _sentence(text, sentences, start)
        if _BACKGROUND.search(sentence) or (event.type == "CONSULT" and _AHEAD.search(sentence)):
            dated.append(event)
            continue
        before = [(day, precision) for offset, day, precision in days if offset < begins]
        day, precision = before[-1] if before else fallback
        dated.append(event if day is None else dataclasses.replace(event, date=day, date_precision=precision))
    return tuple(dated)


def _occasion_on_publication_day(events: Sequence[Event], published: str | None,
                                  sentences: Sequence[Segment]) -> tuple[Event, ...]:
    """A readout that opens on its occasion with no time ("President X spoke with President Y of
    Z", published that day) tells of a meeting of the publication day: the undated CONSULT
    reported as done in the text's first sentence takes that day, and the rest of the report
    then follows it. Only where the text names no time at all (`with_report_dates`), and not for
    a trip ("traveled to Israel and the West Bank"): it may span the days before publication."""
    day = _published_day(published)
    if day is None or not sentences:
        return tuple(events)
    first_end = sentences[0].end
    changed = []
    done = False
    for event in events:
        if (not done and event.type == "CONSULT" and event.date is None and event.status == "occurred"
                and event.evidence and event.evidence[0].start < first_end
                and (event.trigger or "").lower() not in _TRIPS):
            changed.append(dataclasses.replace(event, date=day.isoformat(), date_precision="day"))
            done = True
        else:
            changed.append(event)
    return tuple(changed)


def _ends_before(value: object, day: dt.date) -> bool:
    """Whether a date value (an interval: its end) lies wholly before `day`: a year, a month or
    a day before it ("2023", "2024-06", "2024-06-02"); weeks, quarters and halves by their year."""
    end = value[1] if isinstance(value, tuple) else value
    if not isinstance(end, str) or not re.match(r"\d{4}", end):
        return False
    year = int(end[:4])
    if year != day.year:
        return year < day.year
    month = re.fullmatch(r"\d{4}-(\d{2})(?:-(\d{2}))?", end)
    if month is None:
        return False
    if month[2] is None:
        return int(month[1]) < day.month
    last = _day(end)
    return last is not None and last < day


def _sentence(text: str, sentences: Sequence[Segment], start: int) -> tuple[str, int]:
    """The text of the sentence holding offset `start`, and where it begins (the text from
    `start` when no sentence holds it)."""
    starts = [segment.start for segment in sentences]
    at = bisect.bisect_right(starts, start) - 1
    if at < 0 or sentences[at].end <= start:
        return text[start:start + 300], start
    return text[sentences[at].start:sentences[at].end], sentences[at].start
