"""Listed participants of a multilateral call or meeting (issue 13).

White House readouts of a call or meeting with a group end with its roll: "Joining the call were
the following leaders:" or "Participants included:", then one line per leader ("- Bulgarian
President Rumen Radev", "- Secretary-General António Guterres, United Nations"). The meeting's
sides are every participant the text lists (tests/gold/README.md, White House conventions), so
the roll gives the sides of the meeting the article reported: its convener (the actors the
body named) and the states and organisations of the roll, in place of what the opening
sentence named in passing ("the Bucharest Nine (B9) group of our eastern flank NATO Allies").

Who took part in the events told before is here too (`told_participants`): "They" or "the
leaders" as a subject stand for those who last met, else for those who last acted together.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from accords.events.sideindex import ActorIndex, Side
from accords.gazetteer import memberships
from accords.events.relations import ONE_SIDED
from accords.gazetteer.organisations import igos, side_of
from accords.model import Event, Segment
from accords.scan.items import BULLET

#: A line that announces a roll of participants and ends with a colon.
_ROLL = re.compile(
    r"^\s*(?:participants\s+(?:included|were|are|include)"
    r"|joining\s+(?:the|this|today['’]s)\s+(?:\w+\s+){0,2}(?:call|meeting|session|discussion|summit|conversation)"
    r"(?:\s+\w+){0,3}?\s+(?:were|was|are)(?:\s+the\s+following(?:\s+\w+){0,3})?"
    r"|the\s+following\s+(?:leaders|participants|heads\s+of\s+state(?:\s+and\s+government)?)"
    r"\s+(?:joined|participated|attended)(?:\s+\w+){0,4})\s*:\s*$",
    re.IGNORECASE,
)
#: A line of a roll: a list item ("-", "*", "•" or a number with a full stop).
_ITEM = re.compile(rf"^\s*(?:{BULLET}|\d+\.)\s+\S")
#: Fewest sides a roll names for it to stand for the meeting's sides.
_MIN_LISTED = 2


def listed(text: str, index: ActorIndex) -> tuple[int, list[Side]] | None:
    """Where the first roll of participants starts in `text`, and the states and
    organisations its items name (each once, in order); None without a roll naming at least
    two. A company or person with no state is no side of the roll."""
    lines = list(_lines(text))
    for number, (start, end) in enumerate(lines):
        if not _ROLL.match(text[start:end]):
            continue
        sides: list[Side] = []
        for item_start, item_end in lines[number + 1:]:
            line = text[item_start:item_end]
            if not line.strip():
                continue
            if not _ITEM.match(line) and not line[:1].isspace():
                break
            for side, type_ in index.sides_in(item_start, item_end):
                if _state_or_body(side, type_) and all(side.country != other.country for other in sides):
                    sides.append(side)
        return (start, sides) if len(sides) >= _MIN_LISTED else None
    return _told_roll(text, index)


#: A paragraph that lists the participants in prose ("Participants in the call included European
#: Commission President Ursula von der Leyen, ..., and Prime Minister Boris Johnson of the United Kingdom.").
_PROSE_ROLL = re.compile(
    r"(?:^|\n[ \t]*\n)[ \t]*participants\s+in\s+(?:the|this|today['’]s)\s+(?:\w+\s+){0,2}?"
    r"(?:call|meeting|session|discussion|summit|conversation)\s+(?:included|were)\s",
    re.IGNORECASE,
)


def _told_roll(text: str, index: ActorIndex) -> tuple[int, list[Side]] | None:
    """The roll a readout tells in a paragraph of its own ("Participants in the call included ..."):
    where it starts, and the states and organisations it names up to the paragraph's end."""
    match = _PROSE_ROLL.search(text)
    if match is None:
        return None
    end = re.compile(r"\n[ \t]*\n").search(text, match.end())
    sides: list[Side] = []
    for side, type_ in index.sides_in(match.end(), end.start() if end is not None else len(text)):
        if _state_or_body(side, type_) and all(side.country != other.country for other in sides):
            sides.append(side)
    return (match.end() - len(match.group(0).lstrip()), sides) if len(sides) >= _MIN_LISTED else None


def with_roll(events: Sequence[Event], roll: tuple[int, list[Side]] | None) -> tuple[Event, ...]:
    """The events with the roll's sides given to the meeting it lists: the first CONSULT told
    before the roll that occurred. Its actors (the convener) stay; its other sides are the
    roll's. Other events keep their sides."""
    if roll is None:
        return tuple(events)
    return _give(events, *roll, replace=True)


#: "Ukrainian President Volodymyr Zelenskyy joined the beginning of the virtual meeting",
#: "Vice President Harris also joined the call": who joined is before the match.
_JOINED = re.compile(
    r"\bjoined\s+(?:the|this|today['’]s)\s+(?:(?:beginning|start|end|conclusion|first\s+part|second\s+half|part)"
    r"\s+of\s+the\s+)?(?:\w+\s+)?(?:meeting|call|session|discussion|summit|conversation)\b",
    re.IGNORECASE,
)
#: "The President was joined by Leaders from Argentina, Australia, ...": who joined is after it.
_JOINED_BY = re.compile(r"\b(?:was|were)\s+(?:\w+\s+){0,2}?joined\s+(?:\w+\s+){0,3}?by\b", re.IGNORECASE)


#: "The co-hosts and participants— who included Argentina, Canada, ...": who took part, inline.
_INCLUDED = re.compile(r"\bparticipants\b\W{0,3}(?:who\s+)?(?:included|include)\b", re.IGNORECASE)


def joined(text: str, sentences: Sequence[Segment], index: ActorIndex) -> list[tuple[int, list[Side]]]:
    """Sentences that say who else took part in a call or meeting told before, with the states
    and organisations they name as joining: "President Volodymyr Zelenskyy of Ukraine joined the
    call at the conclusion", "The President was joined by Leaders from Argentina, ...", "the
    co-hosts and participants— who included Argentina, Canada, ...". A sentence naming none
    ("They were joined by senior representatives") gives nothing."""
    found = []
    for sentence in sentences:
        body = text[sentence.start:sentence.end]
        match = _JOINED.search(body)
        if match is not None:
            span = (sentence.start, sentence.start + match.start())
        elif (match := _JOINED_BY.search(body)) is not None:
            span = (sentence.start + match.end(), sentence.end)
        elif (match := _INCLUDED.search(body)) is not None:
            # "The co-hosts and participants— who included Argentina, Canada, ... —announced": to the dash
            rest = body[match.end():]
            stop = min((i for i in (rest.find("—"), rest.find("–"), rest.find(")")) if i >= 0), default=len(rest))
            span = (sentence.start + match.end(), sentence.start + match.end() + stop)
        else:
            continue
        sides: list[Side] = []
        for side, type_ in index.sides_in(*span):
            if _state_or_body(side, type_) and all(side.country != other.country for other in sides):
                sides.append(side)
        if sides:
            found.append((sentence.start, sides))
    return found


def with_joiners(events: Sequence[Event], joiners: Sequence[tuple[int, list[Side]]]) -> tuple[Event, ...]:
    """The events with each joiner's sides added to the last CONSULT told before it that
    occurred (the call or meeting they joined)."""
    result = tuple(events)
    for at, sides in joiners:
        result = _give(result, at, sides, replace=False, last=True)
    return result


def _give(events: Sequence[Event], at: int, sides: list[Side], *, replace: bool, last: bool = False) -> tuple[Event, ...]:
    """`sides` given to the first (or `last`) occurred CONSULT whose report starts before `at`: in
    place of its sides other than its actors (`replace`), or added to them."""
    meetings = [e for e in events if e.type == "CONSULT" and e.status == "occurred" and e.evidence
                and e.evidence[0].start < at]
    if not meetings:
        return tuple(events)
    meeting = max(meetings, key=lambda e: e.evidence[0].start) if last else meetings[0]
    actors = set(meeting.actor_countries)
    others = [side for side in sides if side.country not in actors]
    recipients = {side.country for side in others}
    ids = [side.entity_id for side in others if side.entity_id]
    if not replace:
        recipients |= set(meeting.recipient_countries)
        ids = [*meeting.recipients, *ids]
    if recipients == set(meeting.recipient_countries) and not replace:
        return tuple(events)
    replaced = dataclasses.replace(
        meeting,
        recipients=tuple(dict.fromkeys(ids)),
        recipient_countries=tuple(sorted(recipients - actors)),
        mode="multilateral" if len(actors | recipients) >= 3 else meeting.mode,
    )
    return tuple(replaced if e is meeting else e for e in events)


def _lines(text: str):
    """(start, end) of each line of `text`."""
    start = 0
    for match in re.finditer(r"\n", text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _state_or_body(side: Side, type_: str) -> bool:
    """A state (a country, or a person of one) or an international organisation; not a company
    or a national body of a state's own ("Apple CEO Tim Cook" is no side of a summit's roll)."""
    if type_ in ("COUNTRY", "PERSON"):
        return True
    return type_ == "ORG" and side.country in _igo_sides()


def _igo_sides() -> frozenset[str]:
    return frozenset(side_of(igo.acronym) for igo in igos())


#: Types whose recipients take part as much as the actors: a meeting's partner, an agreement's
#: other party, a partner in cooperation (and a co-signer: SUPPORT of mode "sign").
_JOINT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def told_participants(events: Sequence[Event], index: ActorIndex) -> tuple[list[tuple[Side, ...]], list[tuple[Side, ...]]]:
    """The sides of each meeting or call among `events` (the events told so far, in order), and
    of each event as those who took part in it: every side of a joint act, only the actors of
    one done to another. After "The leaders emphasized their strong support for ... the World
    Health Organization", "They also ... agreed to leverage existing pandemic ..." is the two
    leaders' act, not the WHO's (a Canada-U.S. roadmap once gave eight agreements to the WHO
    and the UN); a one-sided act (an attack) is nobody's "they"."""
    met = [tuple(index.country_side(c) for c in (*e.actor_countries, *e.recipient_countries))
           for e in events if e.type == "CONSULT" and not _member_at_summit(e)]
    acted = [tuple(index.country_side(c) for c in (*e.actor_countries, *(
        e.recipient_countries if e.type in _JOINT_TYPES or e.mode == "sign" else ()))) for e in events if e.type not in ONE_SIDED]
    return met, acted


def _member_at_summit(event: Event) -> bool:
    """Whether the event is a member at its own body's summit ("President Rouhani visited China to
    attend the SCO summit": Iran and the SCO, `accords.events.formats.body_meeting_sides`): no two who
    met, whom "Two presidents also held a bilateral meeting" after it could mean."""
    sides = {*event.actor_countries, *event.recipient_countries}
    bodies = [c for c in sides if memberships.known(c)]
    return (event.trigger or "").lower() in ("summit", "summits") and len(sides) == 2 and len(bodies) == 1 and (
        memberships.sits_in(next(iter(sides - set(bodies))), bodies[0]))
