"""What the merge of reports (`accords.events.dedup`) reads of one report: the sentence it came
from (`Located`), its countries, whether it tells a trip or a reception, the days its date
covers (`dates_compatible`), and the words of its object (`words`, `anaphoric`: "the document",
"this agreement" refer back to one already told). The rules that decide whether two reports
tell one occurrence live in `dedup`; these are the terms they are written in.
"""

from __future__ import annotations

import dataclasses
import re

from accords.days import DaySpan, day_span
from accords.model import Event

#: The words of an object or a sentence, lower-cased.
WORD = re.compile(r"[a-z0-9]+")
#: Words that tell nothing of what an object is.
STOP = frozenset("a an the of on in for and to with at by between this that these those its their his her".split())
#: Nouns a definite reference back to a document or a meeting ends with ("the document", "this agreement").
ANAPHORS = frozenset(
    "document documents agreement agreements meeting meetings talks visit it deal roadmap mou memorandum contract "
    "discussion discussions conference".split()
)


@dataclasses.dataclass(frozen=True)
class Located:
    """An event with the index of the sentence it came from (dedup needs the distance)."""

    event: Event
    sentence: int
    merged: tuple[int, ...] = ()  # sentences of the later reports merged into this one
    people: frozenset[tuple[str, str]] = frozenset()  # (entity id, country) of the persons its sentences name
    text: str = ""  # the text of its (first) sentence


def dates_compatible(first, second) -> bool:
    """One unknown, or days in common (`accords.days.day_span`): equal, one inside the other ("2021-07"
    and "2021-07-15", "2021-Q3" and "2021-08"), overlapping intervals; a value that is no calendar
    date is compatible only with itself."""
    if first is None or second is None:
        return True
    a, b = _span(first), _span(second)
    if a is None or b is None:
        return _plain(first) == _plain(second)
    return a[0] <= b[1] and b[0] <= a[1]


def _plain(value) -> tuple[str, str]:
    return (str(value[0]), str(value[1])) if isinstance(value, (tuple, list)) else (str(value), str(value))


def _span(value) -> DaySpan | None:
    first, last = _plain(value)
    start, end = day_span(first), day_span(last)
    return (start[0], end[1]) if start is not None and end is not None else None


def words(text: str | None) -> set[str]:
    """The words of `text` that tell what it is (`STOP` words out)."""
    return {w for w in WORD.findall((text or "").lower()) if w not in STOP}


def anaphoric(text: str | None) -> bool:
    """"The document", "this agreement", "the talks we held": a definite reference back to a
    document or meeting already reported (an ordinal, "the 10th meeting", names a new one)."""
    found = WORD.findall((text or "").lower())
    if not found:
        return False
    if found[0] in ("the", "this", "that", "these", "it") and len(found) <= 3 and found[-1] in ANAPHORS | {"it"}:
        return True
    return len(found) >= 2 and found[0] in ("the", "this", "that", "these") and found[1] in ANAPHORS


def trip(event: Event) -> bool:
    """Whether the event's trigger tells a trip ("visited", "traveled", "arrived", "welcomed", "hosting")."""
    return (event.trigger or "").lower().startswith(("visit", "travel", "arriv", "trip", "welcom", "host"))


def reception(event: Event) -> bool:
    """Whether the event's trigger tells a visitor welcomed or hosted ("a forum ... hosting Iranian Transport
    Minister Abbas Akhoundi ... Akhoundi has visiting Turkmenistan's President": one visit)."""
    return (event.trigger or "").lower().startswith(("welcom", "host"))


def countries(event: Event) -> frozenset[str]:
    """All the event's countries, both sides."""
    return frozenset(event.actor_countries) | frozenset(event.recipient_countries)



def one_traveller(first: Located, second: Located) -> bool:
    """Whether a later meeting of the same direction is the trip `first` told: the same traveller, a person
    of the visiting side, named in both, and no one of the host named at the trip yet ("the recent visit by
    Uzbek Parliament Speaker Nurdinjon Ismoilov to Iran" paragraphs before "Ismoilov arrived in Tehran late
    on Friday and met Saturday with his Iranian counterpart"): the trip and its first meeting are one visit,
    as the gold has them (tests/gold/README.md); a later meeting with another host ("The Uzbek official met
    with President Ebrahim Raisi") is its own."""
    a, b = first.event, second.event
    if not (a.type == b.type == "CONSULT" and trip(a) and a.mode == "visit" and first.sentence < second.sentence):
        return False
    if a.actor_countries != b.actor_countries or a.recipient_countries != b.recipient_countries:
        return False
    if any(country in a.recipient_countries for _person, country in first.people):
        return False
    if not (trip(b) or b.mode == "visit" or _ARRIVAL.search(second.text)):
        return False  # "Speaking in the meeting with the Special Envoy of ..., Raisi stated": a meeting at home
    return any(country in a.actor_countries for _person, country in first.people & second.people)


#: The traveller's arrival told with the meeting ("Ismoilov arrived in Tehran late on Friday and met ...").
_ARRIVAL = re.compile(r"\b(?:arrived|arrives|arriving|landed)\s+in\b", re.IGNORECASE)


#: A clause about others after a meeting told ("Berdimuhamedow met ... President Raisi, while his
#: accompanying delegates also met with their Iranian counterparts"): not what sets the meeting apart.
OTHERS_CLAUSE = re.compile(r",\s+(?:while|whereas)\b.*", re.IGNORECASE | re.DOTALL)
