"""Who does what to whom: the sides of an event, as entities and their countries.

The entities stage already found and linked every mention; here a mention only needs to be
placed in a syntactic slot of the trigger. Subjects (and the agent of a passive) are actors;
objects and "with"/"to"/"between" phrases are recipients. A minister, ministry or president
stands for its country (`Entity.country`). "The two countries", "the parties", "both sides"
and unresolved pronouns stand for the pair the article is about: its two most-mentioned
countries.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Token

from accords.model import Extraction

#: Phrases that name both sides of the article's relation.
PAIR_WORDS = frozenset({"country", "countries", "party", "parties", "side", "sides", "nation", "nations", "state", "states"})
_PAIR_DETERMINERS = frozenset({"two", "both"})
_SUBJECT_DEPS = ("nsubj", "csubj")
_RECIPIENT_PREPS = frozenset({"with", "to", "between", "among", "from"})
_CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "xcomp", "conj", "parataxis", "cc"})


@dataclass(frozen=True)
class Side:
    """One side of an event: an entity id and its country code (ISO3 or IGO acronym)."""

    entity_id: str
    country: str


@dataclass(frozen=True)
class ActorIndex:
    """Linked mentions of an article as sorted spans, plus the pair the article is about."""

    starts: tuple[int, ...]
    spans: tuple[tuple[int, int, Side, str], ...]  # start, end, side, entity type
    pair: tuple[Side, ...] = ()
    places: tuple[tuple[int, int, str], ...] = field(default=())  # start, end, name

    def sides_in(self, start: int, end: int) -> list[tuple[Side, str]]:
        """Sides whose mention overlaps the character span [start, end)."""
        found = []
        index = bisect.bisect_left(self.starts, start) - 1
        for span_start, span_end, side, type_ in self.spans[max(index, 0):]:
            if span_start >= end:
                break
            if span_end > start:
                found.append((side, type_))
        return found

    def place_at(self, start: int, end: int) -> str | None:
        for span_start, span_end, name in self.places:
            if span_start < end and span_end > start:
                return name
        return None


def build_index(extraction: Extraction) -> ActorIndex:
    """Index the article's linked mentions by position and find its main pair of countries."""
    entities = {entity.id: entity for entity in extraction.entities}
    spans: list[tuple[int, int, Side, str]] = []
    places: list[tuple[int, int, str]] = []
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    country_entity: dict[str, str] = {}
    located = []
    for mention in extraction.mentions:
        entity = entities.get(mention.entity_id or "")
        if entity is not None:
            located.extend((ev.start, ev.end, entity) for ev in mention.evidence)
    if not located:  # entities without mention records: use their own evidence
        located = [(ev.start, ev.end, entity) for entity in extraction.entities for ev in entity.evidence]
    for start, end, entity in located:
        code = country_code(entity)
        if entity.type in ("PLACE", "COUNTRY"):
            places.append((start, end, entity.name))
        if code is None:
            continue
        spans.append((start, end, Side(entity.id, code), entity.type))
        if entity.type == "COUNTRY":
            counts[code] += 1
            first_seen.setdefault(code, start)
            country_entity.setdefault(code, entity.id)
    spans.sort(key=lambda item: (item[0], item[1]))
    places.sort()
    ranked = sorted(counts, key=lambda code: (-counts[code], first_seen[code]))[:2]
    pair = tuple(Side(country_entity[code], code) for code in ranked) if len(ranked) == 2 else ()
    return ActorIndex(tuple(s[0] for s in spans), tuple(spans), pair, tuple(places))


def country_code(entity) -> str | None:
    """The country an entity stands for: its ISO3, its country, or an IGO's acronym."""
    if entity.type == "COUNTRY":
        return entity.canonical_id
    if entity.country:
        return entity.country
    if entity.type == "ORG" and entity.canonical_id and entity.canonical_id.isupper() and len(entity.canonical_id) <= 8:
        return entity.canonical_id
    return None


def phrase_sides(token: Token, offset: int, index: ActorIndex, *, deep: bool = False) -> tuple[list[Side], bool]:
    """Sides named in the phrase headed by `token`, and whether it names the article's pair.

    The phrase stops at nested clauses unless `deep` (a delegation "led by X" keeps its
    `acl`; a relative clause or a second verb does not belong to the phrase).
    """
    sides: list[Side] = []
    pair = False
    for item in _phrase_tokens(token, deep=deep):
        if item.lower_ in PAIR_WORDS and any(c.lower_ in _PAIR_DETERMINERS for c in item.children):
            pair = True
        if item.lower_ in ("parties", "sides") and any(c.lower_ == "the" for c in item.children):
            pair = True
        for side, _type in index.sides_in(offset + item.idx, offset + item.idx + len(item.text)):
            if side not in sides:
                sides.append(side)
    return sides, pair


def _phrase_tokens(token: Token, *, deep: bool) -> list[Token]:
    result = [token]
    for child in token.children:
        if not deep and child.dep_ in _CLAUSE_DEPS and child.pos_ in ("VERB", "AUX"):
            continue
        result.extend(_phrase_tokens(child, deep=deep))
    return result


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, inherited through conjunction and control ("plan to visit")."""
    current = verb
    for _ in range(4):
        for child in current.children:
            if child.dep_ in _SUBJECT_DEPS:
                return child
        for child in current.children:
            if child.dep_ == "agent":
                for grandchild in child.children:
                    if grandchild.dep_ == "pobj":
                        return grandchild
        if current.dep_ in ("conj", "xcomp", "advcl", "acl") and current.head != current:
            current = current.head
        else:
            return None
    return None


def governing_verb(token: Token) -> Token | None:
    current = token
    for _ in range(6):
        if current.head == current:
            return current if current.pos_ in ("VERB", "AUX") else None
        current = current.head
        if current.pos_ in ("VERB", "AUX"):
            return current
    return None


def event_sides(trigger: Token, offset: int, index: ActorIndex, *, cooperative: bool) -> tuple[list[Side], list[Side]]:
    """Actors and recipients of the event triggered by `trigger` (token of a sentence parse).

    `offset` is the sentence's start in the article. Cooperative events with one side known
    and in the article's pair get the other side of the pair; with none known, both.
    """
    actors: list[Side] = []
    recipients: list[Side] = []
    pair = False

    def add(target: list[Side], token: Token | None, *, deep: bool = False) -> None:
        nonlocal pair
        if token is None:
            return
        found, names_pair = phrase_sides(token, offset, index, deep=deep)
        pair = pair or names_pair
        for side in found:
            if side not in actors and side not in recipients:
                target.append(side)

    is_verb = trigger.pos_ in ("VERB", "AUX") or trigger.tag_.startswith("VB")
    if is_verb:
        subject = subject_of(trigger)
        add(actors, subject)
        if subject is not None and subject.dep_ == "nsubjpass":
            pass  # "agreements were signed": the subject is the object; sides come from preps
        for child in trigger.children:
            if child.dep_ in ("dobj", "dative", "attr"):
                add(recipients, child, deep=trigger.lemma_ in ("invite", "receive", "host", "meet"))
            elif child.dep_ == "prep" and child.lower_ in _RECIPIENT_PREPS | {"in", "at", "during"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        if child.lower_ in _RECIPIENT_PREPS:
                            add(recipients, pobj, deep=True)
                        elif trigger.lemma_ in ("visit", "arrive", "hold", "meet", "sign"):
                            add(recipients, pobj)
            elif child.dep_ == "agent":
                for pobj in child.children:
                    add(actors, pobj, deep=True)
            elif child.dep_ == "xcomp" and trigger.lemma_ in ("invite",):
                add(recipients, child, deep=True)
    else:
        owner = trigger
        for child in trigger.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod", "npadvmod"):
                add(actors, child, deep=True)
            elif child.dep_ == "prep" and child.lower_ in _RECIPIENT_PREPS | {"of"}:
                for pobj in child.children:
                    if pobj.dep_ in ("pobj", "pcomp"):
                        add(recipients, pobj, deep=True)
            elif child.dep_ in ("acl",):
                add(recipients, child, deep=True)
        if trigger.pos_ == "ADJ" or not actors:
            verb = governing_verb(owner)
            if verb is not None:
                add(actors, subject_of(verb))
    if pair or (cooperative and index.pair):
        _fill_pair(actors, recipients, index, explicit=pair)
    return actors, recipients


def _fill_pair(actors: list[Side], recipients: list[Side], index: ActorIndex, *, explicit: bool) -> None:
    if not index.pair:
        return
    codes = {side.country for side in actors + recipients}
    pair_codes = {side.country for side in index.pair}
    if not codes:
        actors.extend(index.pair)
    elif len(codes) == 1 and (codes <= pair_codes):
        missing = [side for side in index.pair if side.country not in codes]
        (recipients if actors else actors).extend(missing)
    elif explicit and len(codes) == 1:
        actors.extend(side for side in index.pair if side.country not in codes)
