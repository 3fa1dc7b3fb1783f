"""One reported occurrence, one event: merge events that several sentences describe.

Two events are the same occurrence when they have the same type and the same countries,
compatible dates (equal, one inside the other, or one unknown), and some sign that the text
means the same thing: the same sentence, similar objects, an anaphoric object ("the
document was signed ...") within two sentences of the first report, or the same day.
The merged event keeps the first report's trigger and the union of evidence, and fills its
missing date, location, object, count and document kind from the later reports.
"""

from __future__ import annotations

import dataclasses
import re

from accords.model import Event

_WORD = re.compile(r"[a-z0-9]+")
_ORDINAL = re.compile(r"\b(\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b")
_STOP = frozenset("a an the of on in for and to with at by between this that these those its their his her".split())
_ANAPHORS = frozenset(
    "document documents agreement agreements meeting meetings talks visit it deal roadmap mou memorandum contract".split()
)


@dataclasses.dataclass(frozen=True)
class Located:
    """An event with the index of the sentence it came from (dedup needs the distance)."""

    event: Event
    sentence: int
    merged: tuple[int, ...] = ()  # sentences of the later reports merged into this one


def dates_compatible(first, second) -> bool:
    """Equal, one unknown, or one a prefix (coarser precision) of the other."""
    if first is None or second is None:
        return True
    a, b = _bounds(first), _bounds(second)
    return a[0] <= b[1] and b[0] <= a[1]


def _bounds(value) -> tuple[str, str]:
    if isinstance(value, (tuple, list)):
        return str(value[0]), str(value[1]) + "~"
    return str(value), str(value) + "~"


def _words(text: str | None) -> set[str]:
    return {w for w in _WORD.findall((text or "").lower()) if w not in _STOP}


def _anaphoric(text: str | None) -> bool:
    """"The document", "this agreement", "the talks we held": a definite reference back to a
    document or meeting already reported (an ordinal, "the 10th meeting", names a new one)."""
    words = _WORD.findall((text or "").lower())
    if not words:
        return False
    if words[0] in ("the", "this", "that", "these", "it") and len(words) <= 3 and words[-1] in _ANAPHORS | {"it"}:
        return True
    return len(words) >= 2 and words[0] in ("the", "this", "that", "these") and words[1] in _ANAPHORS


def same_occurrence(first: Located, second: Located) -> bool:
    a, b = first.event, second.event
    if a.type != b.type or _countries(a) != _countries(b):
        return False
    if not dates_compatible(a.date, b.date):
        return False
    if first.sentence == second.sentence:
        return True
    if second.sentence in first.merged and (b.object is None or _anaphoric(b.object)):
        return True  # a bare second mention in a sentence already merged into this report
    ordinals_a, ordinals_b = _ORDINAL.findall((a.object or "").lower()), _ORDINAL.findall((b.object or "").lower())
    if ordinals_a and ordinals_b and ordinals_a[0] != ordinals_b[0]:
        return False  # "the 10th meeting" and "the 11th meeting" are two sessions
    if a.date is not None and a.date == b.date and a.date_precision == "day":
        return True
    words_a, words_b = _words(a.object), _words(b.object)
    if words_a and words_b and len(words_a & words_b) / min(len(words_a), len(words_b)) >= 0.6:
        return True
    near = abs(first.sentence - second.sentence) <= 2
    if near and a.type == "CONSULT" and _trip(a) and _trip(b) and a.actor_countries == b.actor_countries and (
        a.date is None or b.date is None
    ):
        return True  # "X traveled to Baku ... During his visit ...": one trip, same direction, told twice
    return near and (_anaphoric(b.object) or _anaphoric(a.object))


def _trip(event: Event) -> bool:
    return (event.trigger or "").lower().startswith(("visit", "travel", "arriv", "trip"))


def _countries(event: Event) -> frozenset[str]:
    return frozenset(event.actor_countries) | frozenset(event.recipient_countries)


def merge(first: Event, second: Event) -> Event:
    """`first` completed with what `second` adds."""
    changes = {}
    for name in ("date", "date_precision", "location", "document_kind", "count", "mode"):
        if getattr(first, name) is None and getattr(second, name) is not None:
            changes[name] = getattr(second, name)
    if "date" in changes and "date_precision" not in changes:
        changes["date_precision"] = second.date_precision
    if _anaphoric(first.object) and not _anaphoric(second.object):
        changes["object"] = second.object
    changes["evidence"] = first.evidence + tuple(e for e in second.evidence if e not in first.evidence)
    changes["sectors"] = tuple(dict.fromkeys(first.sectors + second.sectors))
    changes["confidence"] = max(first.confidence, second.confidence)
    return dataclasses.replace(first, **changes)


def deduplicate(events: list[Located]) -> list[Located]:
    """Merge reports of the same occurrence, keeping the order of first reports."""
    kept: list[Located] = []
    for item in events:
        for position, existing in enumerate(kept):
            if same_occurrence(existing, item):
                kept[position] = Located(merge(existing.event, item.event), existing.sentence,
                                         existing.merged + (item.sentence,))
                break
        else:
            kept.append(item)
    return kept
