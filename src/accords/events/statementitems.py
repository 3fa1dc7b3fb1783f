"""The numbered items of a statement whose authors its lead-in names (nineteenth session).

Joint statements and communiqués are often printed as a numbered list behind a lead-in that
names who speaks: "The Islamic Republic of Iran, the Russian Federation and the Republic of
Turkey as guarantors of the Astana format: 1. Reaffirmed their strong commitment to the
sovereignty ... of the Syrian Arab Republic ...; 2. Welcomed the participation of the
delegations of Iraq and Lebanon ...; 3. Decided to hold the next International Meeting ...".
An item has no subject of its own (or only "they"): its acts are the lead-in's authors'. Read
without the lead-in, the states an item names as its topic became the sides ("Reaffirmed ...
the sovereignty of the Syrian Arab Republic and ... the UN Charter" as a SUPPORT of Syria and
the UN; "Welcomed the participation of Iraq and Lebanon" as Iraq and Lebanon's).

`with_authors` gives each event reported only in such items the authors as its sides, and drops
it where neither the lead-in nor the sentence that tells of the statement names two sides or
more ("The Presidents: 1. Discussed ..."): who acted is then not read.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Mapping, Sequence

from spacy.tokens import Doc

from accords.events.sideindex import ActorIndex, Side
from accords.model import Event, Segment

#: The lead-in of a numbered list: a colon, then the first item's number ("format: 1. Reaffirmed").
_OPENER = re.compile(r":\s*\(?1\s*[.)]\s")
#: How far before an item its list's lead-in may stand (a long statement's items run on).
_REACH = 12000
#: Sentences before a lead-in that tell of the statement ("The statement was issued by A, B and C").
_TELLS = re.compile(r"\b(?:statement|communiqu[eé]|declaration)\b", re.IGNORECASE)
#: Fewest sides the authors of a statement are.
_MIN_AUTHORS = 2


def with_authors(events: Sequence[Event], text: str, sentences: Sequence[Segment], parses: Mapping[int, Doc],
                 index: ActorIndex) -> tuple[Event, ...]:
    """The events, those told only in numbered items of a statement with its authors as their
    sides (dropped where the authors are not named)."""
    starts = [segment.start for segment in sentences]
    kept = []
    for event in events:
        numbers = {bisect.bisect_right(starts, ev.start) - 1 for ev in event.evidence}
        if not numbers or not all(n >= 0 and _item(text, sentences, n, parses.get(n)) for n in numbers):
            kept.append(event)
            continue
        authors = _authors(text, sentences, min(numbers), index)
        if authors is None:
            kept.append(event)  # no numbered statement: the clause's own reading stands
        elif len(authors) >= _MIN_AUTHORS:
            kept.append(dataclasses.replace(
                event, actors=tuple(side.entity_id for side in authors if side.entity_id),
                actor_countries=tuple(side.country for side in authors), recipients=(), recipient_countries=(),
            ))
    return tuple(kept)


def authored_items(text: str, sentences: Sequence[Segment], parses: Mapping[int, Doc], index: ActorIndex) -> ActorIndex:
    """The index with the starts of the sentences that are items of a numbered statement whose
    authors are named (two or more): `with_authors` gives their events the authors as sides, so
    the check whether the text is still about the article's pair (`pairrefs.pair_current`) is not
    theirs to make ("... as guarantors of the Astana format: 1. Reviewed the situation in the
    region. 2. While deploring civilian casualties, they agreed to undertake concrete measures")."""
    if not _OPENER.search(text):
        return index
    items = frozenset(
        sentences[n].start for n in sorted(parses) if _item(text, sentences, n, parses[n])
        and len(_authors(text, sentences, n, index) or ()) >= _MIN_AUTHORS
    )
    return dataclasses.replace(index, items=items) if items else index


def _item(text: str, sentences: Sequence[Segment], number: int, parsed: Doc | None) -> bool:
    """Whether the sentence speaks without a subject of its own ("Reaffirmed ...", "7. Held
    detailed consultations ...", "In addition to the Syrian issue, discussed ..."), or only
    through "they" ("In this regard, they called upon ..."): its main verb, in the past, has no
    subject or "they"."""
    if parsed is None:
        return False
    for root in (token for token in parsed if token.dep_ == "ROOT" and token.tag_ in ("VBD", "VBN")):
        # not the next item's number, parsed as a subject after the semicolon ("... the ICRC; 18. Expressed ...")
        subjects = [child for child in root.children if child.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                    and not (child.i > root.i and child.like_num)]
        if any(child.dep_ == "auxpass" for child in root.children):
            continue  # "Held on May 1-2, the meeting was attended by ...": a passive, its subject told
        if not subjects and root.i > 0 and root.text[:1].islower() and root.nbor(-1).text != ",":
            continue  # a lower-case verb mid-sentence with no subject: a fragment of a wider sentence
        if not subjects or all(child.lower_ == "they" for child in subjects):
            return True
    return False


def _authors(text: str, sentences: Sequence[Segment], number: int, index: ActorIndex) -> list[Side] | None:
    """The sides the lead-in of the numbered list before sentence `number` names, else those
    of a sentence just before it that tells of the statement; None where no numbered list
    with a lead-in comes before the sentence."""
    at = sentences[number].start
    opener = None
    for match in _OPENER.finditer(text, max(0, at - _REACH), at + 1):
        opener = match
    if opener is None:
        return None
    colon = opener.start()
    begin = max(text.rfind(":", 0, colon) + 1, text.rfind(". ", 0, colon) + 1, text.rfind("\n", 0, colon) + 1)
    found = _sides(index, begin, colon)
    if len(found) >= _MIN_AUTHORS:
        return found
    starts = [segment.start for segment in sentences]
    lead = bisect.bisect_right(starts, begin) - 1
    for n in range(lead, max(lead - 3, -1), -1):
        segment = sentences[n]
        if _TELLS.search(text, segment.start, min(segment.end, begin) if n == lead else segment.end):
            told = _sides(index, segment.start, min(segment.end, begin))
            if len(told) >= _MIN_AUTHORS:
                return told
    return []


def _sides(index: ActorIndex, start: int, end: int) -> list[Side]:
    """The distinct states and organisations named in [start, end), in text order (a person
    stands for their country)."""
    found: list[Side] = []
    for side, type_ in index.sides_in(start, end):
        if type_ in ("COUNTRY", "PERSON", "ORG") and all(side.country != other.country for other in found):
            found.append(side)
    return found
