"""The article's sides indexed by where they are named: the ground every event's sides stand on.

`build_index` places the linked mentions of the entities stage (a country, or a person or body
that stands for one: `country_code`) as sorted character spans, with the places named, the
people and bodies of no known country, and the pair the article is about: its two most
mentioned sides. `accords.events.actors` and the rules of `accords.events` look sides up here
(`ActorIndex.sides_in`); the events stage adds what the whole article says (authors, offices,
frames, named pairs).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from accords.gazetteer.organisations import side_of
from accords.model import Entity, Extraction


@dataclass(frozen=True)
class Side:
    """One side of an event: an entity id and its country code (ISO3 or IGO acronym)."""

    entity_id: str
    country: str


#: How often each member of an article's pair must be named for the pair to complete the sides
#: of an event that names fewer than two (`ActorIndex.pair_named_often`; set by the events stage
#: for articles, not for records of a few sentences).
PAIR_MENTIONS = 2


@dataclass(frozen=True)
class ActorIndex:
    """Linked mentions of an article as sorted spans, plus the pair the article is about."""

    starts: tuple[int, ...]
    spans: tuple[tuple[int, int, Side, str], ...]  # start, end, side, entity type
    pair: tuple[Side, ...] = ()
    places: tuple[tuple[int, int, str], ...] = field(default=())  # start, end, name
    ranked: tuple[Side, ...] = ()  # every country of the article, most mentioned first
    unplaced: tuple[tuple[int, int], ...] = field(default=())  # people and bodies of no known country
    authors: tuple[Side, ...] = ()  # whom "we" stands for in a joint statement (`accords.events.voice`)
    offices: tuple[tuple[int, str, str], ...] = ()  # people's titles and countries (`accords.events.offices`)
    pair_mentions: int = 1  # how often each of the pair must be named to complete sides (`pair_named_often`)
    pair_shown_at: int | None = None  # where a sentence first names both of the pair (`pairrefs.pair_related`)
    frames: tuple[tuple[int, int, Side, Side], ...] = ()  # "In <country>," paragraphs, own side (`events.frames`)
    named_pairs: tuple[tuple[int, int, tuple[Side, ...] | None], ...] = ()  # sentences and two countries named together (`pairrefs`)
    named_lists: tuple[tuple[int, tuple[Side, ...]], ...] = ()  # ends and sides of lists of three countries or more (`groups`)
    unplaced_orgs: tuple[tuple[int, int], ...] = ()  # the organisations among `unplaced` (firms, mostly)
    items: frozenset[int] = frozenset()  # starts of statement items whose authors act (`statementitems.authored_items`)

    def unplaced_at(self, start: int, end: int) -> bool:
        """Whether a person or organisation of no known country is named in [start, end)."""
        return any(span_start < end and span_end > start for span_start, span_end in self.unplaced)

    def unplaced_org_at(self, start: int, end: int) -> bool:
        """Whether an organisation of no known country is named in [start, end)."""
        return any(span_start < end and span_end > start for span_start, span_end in self.unplaced_orgs)

    def pair_named_often(self) -> bool:
        """Whether each member of the pair is named at least `pair_mentions` times (in an
        article, `PAIR_MENTIONS`): a country named once, in a list of launch markets or in
        passing ("launch tomorrow in 14 countries, including United States, Canada, ..."), is
        not what the article is about, and completes no event's sides unasked. A record of a
        sentence or two names each side once."""
        return bool(self.pair) and all(
            sum(1 for _start, _end, side, type_ in self.spans
                if side.country == member.country and type_ in ("COUNTRY", "ORG", "PERSON")) >= self.pair_mentions
            for member in self.pair
        )

    def country_side(self, code: str) -> Side:
        """The side of a country by code: its entity when the article names it."""
        return next((side for side in self.ranked if side.country == code), Side("", code))

    def countries_in(self, start: int, end: int) -> list[Side]:
        """The distinct countries (not IGOs) named in [start, end), in text order."""
        found: list[Side] = []
        for side, type_ in self.sides_in(start, end):
            if type_ == "COUNTRY" and all(side.country != other.country for other in found):
                found.append(side)
        return found

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
    """Index the article's linked mentions by position and find its main pair: the two most
    mentioned countries or international organisations, at least one of them a country."""
    entities = {entity.id: entity for entity in extraction.entities}
    spans: list[tuple[int, int, Side, str]] = []
    places: list[tuple[int, int, str]] = []
    unplaced: list[tuple[int, int]] = []
    unplaced_orgs: list[tuple[int, int]] = []
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    country_entity: dict[str, str] = {}
    countries: set[str] = set()
    located: list[tuple[int, int, Entity]] = []
    said: dict[tuple[int, int], str] = {}
    for mention in extraction.mentions:
        entity = entities.get(mention.entity_id or "")
        if entity is not None:
            located.extend((ev.start, ev.end, entity) for ev in mention.evidence)
            said.update(((ev.start, ev.end), mention.text) for ev in mention.evidence)
    if not located:  # entities without mention records: use their own evidence
        located = [(ev.start, ev.end, entity) for entity in extraction.entities for ev in entity.evidence]
    for start, end, entity in located:
        code = country_code(entity)
        if entity.type in ("PLACE", "COUNTRY"):
            places.append((start, end, entity.name))
        if code is None:
            if entity.type in ("PERSON", "ORG"):
                unplaced.append((start, end))
            if entity.type == "ORG":
                unplaced_orgs.append((start, end))
            continue
        spans.append((start, end, Side(entity.id, code), entity.type))
        if entity.type == "COUNTRY" or (entity.type == "ORG" and not entity.country) or entity.type == "PERSON":
            # a leader named speaks for the country ("President Biden" in a readout that rarely
            # names the United States)
            # an international organisation can be one of the pair ("Iran takes steps to join SCO")
            counts[code] += 1
            first_seen.setdefault(code, start)
            country_entity.setdefault(code, entity.id)
            if entity.type == "COUNTRY" or (entity.type == "PERSON" and code.isupper() and len(code) == 3):
                countries.add(code)
    spans.sort(key=lambda item: (item[0], item[1]))
    for start, end, side, _type in regional_mentions(spans, said):
        spans.remove((start, end, side, _type))
        counts[side.country] -= 1
    counts = Counter({code: count for code, count in counts.items() if count > 0})
    places.sort()
    by_mentions = sorted(counts, key=lambda code: (-counts[code], first_seen[code]))
    ranked = [code for code in by_mentions if code in countries]
    pair: tuple[Side, ...] = ()
    if ranked and len(by_mentions) >= 2:
        pair = tuple(Side(country_entity[code], code) for code in by_mentions[:2])
    return ActorIndex(tuple(s[0] for s in spans), tuple(spans), pair, tuple(places),
                      tuple(Side(country_entity[code], code) for code in ranked), tuple(sorted(unplaced)),
                      unplaced_orgs=tuple(sorted(unplaced_orgs)))


def regional_mentions(spans: list[tuple[int, int, Side, str]], texts: dict[tuple[int, int], str]
                      ) -> list[tuple[int, int, Side, str]]:
    """Mentions of a country's name that stand for a region of another country, no side: "Azerbaijan"
    in an article that names Iran's "East Azerbaijan Province" and never names the republic
    otherwise ("Republic of Azerbaijan", "Azeri", Baku or Aliyev: "The civilization of Azerbaijan
    is one of the oldest civilizations of Islamic Iran"; not when it stands in a list of countries:
    "the Iran-Turkey-Azerbaijan trilateral forum ... concluded in Urmia, West Azerbaijan Province"), and the name after another country's
    adjective ("Iranian Azerbaijan"). `texts`: each mention's words by its span."""
    def said(span: tuple[int, int, Side, str]) -> str:
        return texts.get((span[0], span[1]), "").lower()
    domestic = [(said(span), span[2].country) for span in spans if span[3] == "PLACE"]
    found = []
    for code in {span[2].country for span in spans if span[3] == "COUNTRY"}:
        own = [span for span in spans if span[2].country == code]
        names = {said(span) for span in own}
        listed = any(other[3] == "COUNTRY" and other[2].country != code and -6 < other[0] - span[1] < 6
                     for span in own for other in spans) or any(
            other[3] == "COUNTRY" and other[2].country != code and -6 < span[0] - other[1] < 6 for span in own for other in spans)
        if names and "" not in names and not listed and all(span[3] == "COUNTRY" for span in own) and all(
                any(name != place and re.search(rf"\b{re.escape(name)}\b", place) and country != code
                    for place, country in domestic) for name in names):
            found.extend(own)
    for before, span in itertools.pairwise(spans):
        if (span[3] == before[3] == "COUNTRY" and before[2].country != span[2].country
                and said(before).endswith(("ian", "ish", "ese")) and span[0] - before[1] == 1):
            found.append(span)  # "Iranian Azerbaijan": the other's adjective on the name
    return list(dict.fromkeys(found))


def country_code(entity) -> str | None:
    """The country an entity stands for: its ISO3, its country, or an IGO's acronym (an organ's
    organisation: the European Commission stands for the EU, `gazetteer.organisations.side_of`)."""
    if entity.type == "COUNTRY":
        return entity.canonical_id
    if entity.country:
        return side_of(entity.country)
    if entity.type == "ORG" and entity.canonical_id:
        side = side_of(entity.canonical_id)  # an organ named in full ("the Eurasian Intergovernmental Council"): its organisation
        if (entity.canonical_id.isupper() and len(entity.canonical_id) <= 8) or side != entity.canonical_id:
            return side
    return None
