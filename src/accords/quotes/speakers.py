"""Who speaks: the subject of an attribution clause, resolved to a person or organisation.

A clause refers to people by name (a PERSON mention of the entity stage), by pronoun ("He"),
by title ("the minister", "ICT Minister", "The Azeri President", "The President of Azerbaijan
Republic") or names an organisation ("the ministry said"). The speaker is the first reference
that is not the object of a preposition ("in his meeting with the President of ..." is not the
speaker). Pronouns take the most recent subject of the sentences before; titles are matched
against the titles of the article's people (head word, then country, then shared words, then
recency), and when no person carries the title, against the titles written next to their
names in the text, and finally the next named subject of the article.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from accords.model import Entity, Extraction

TITLE_HEADS = (
    "prime minister", "foreign minister", "vice president", "vice-president", "deputy minister",
    "minister", "president", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson",
    "speaker", "chairman", "chairwoman", "director-general", "director", "governor",
    "secretary-general", "secretary", "head", "chief", "leader", "mayor", "premier", "king", "emir",
    "commander", "ceo", "official", "diplomat", "adviser", "advisor", "representative", "deputy",
)
_HEAD = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in TITLE_HEADS)
#: "ICT Minister", "The Azeri President", "the President of Azerbaijan Republic", "the minister".
_TITLE = re.compile(
    rf"\b(?:[Tt]he\s+|[Aa]n?\s+)?(?:(?:[A-Z][\w'’.-]*|[a-z]+-?[a-z]*(?=\s+(?:{_HEAD})\b))\s+){{0,4}}?"
    rf"(?i:{_HEAD})s?\b(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and|of|for|the|[A-Z][\w'’-]*))*)?"
)
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_ORG_NOUN = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:ministry|office|embassy|government|organi[sz]ation|agency|company|"
    r"bank|committee|council|commission|department|administration|foundation|union)\b",
    re.IGNORECASE,
)
_PREPOSITIONS = frozenset(
    "with to of for on from by at in about between among than toward towards into over under against "
    "congratulated welcomed met received thanked invited".split()
)
_LEADING_PHRASE = re.compile(
    r"\s*(?:[A-Z][a-z]+ing|In|At|On|During|After|Before|Following|Upon|Within|Amid|Despite)\b[^,;:\"]*,"
)
_LAST_WORD = re.compile(r"([\w'’-]+)\W*$")


@dataclass(frozen=True)
class Reference:
    """A stretch text[start:end] that may name the speaker; `entity` when it is a linked name."""

    start: int
    end: int
    kind: str  # name, pronoun, title, org
    entity: str | None = None


class People:
    """The article's people and organisations with where they are named, for resolution."""

    def __init__(self, text: str, extraction: Extraction):
        self.text = text
        self.entities = {e.id: e for e in extraction.entities}
        self.names: list[Reference] = []
        for mention in extraction.mentions:
            entity = self.entities.get(mention.entity_id or "")
            if entity is None or entity.type not in ("PERSON", "ORG"):
                continue
            kind = "name" if entity.type == "PERSON" else "org"
            for ev in mention.evidence:
                self.names.append(Reference(ev.start, ev.end, kind, entity.id))
        self.names.sort(key=lambda r: (r.start, r.end))

    def references(self, start: int, end: int) -> list[Reference]:
        """Every reference inside text[start:end], in order, a name winning over an overlapping title."""
        found = [r for r in self.names if start <= r.start and r.end <= end]
        taken = [(r.start, r.end) for r in found]
        segment = self.text[start:end]
        for pattern, kind in ((_TITLE, "title"), (_ORG_NOUN, "org"), (_PRONOUN, "pronoun")):
            for match in pattern.finditer(segment):
                s, e = start + match.start(), start + match.end()
                if any(s < te and ts < e for ts, te in taken) or _touches_name(self.text, s, e, taken):
                    continue
                found.append(Reference(s, e, kind))
                taken.append((s, e))
        return sorted(found, key=lambda r: r.start)

    def subject(self, start: int, end: int) -> Reference | None:
        """The first reference of text[start:end] not governed by a preposition, after any
        leading participle or prepositional phrase ("Underscoring the dates for the joint
        commission, he said")."""
        lead = _LEADING_PHRASE.match(self.text, start, end)
        if lead is not None:
            found = self._first_free(lead.end(), end)
            if found is not None:
                return found
        return self._first_free(start, end)

    def _first_free(self, start: int, end: int) -> Reference | None:
        for ref in self.references(start, end):
            before = _LAST_WORD.search(self.text[max(start, ref.start - 30):ref.start])
            if before is not None and before.group(1).lower() in _PREPOSITIONS:
                continue
            return ref
        return None

    def person(self, entity_id: str | None) -> Entity | None:
        return self.entities.get(entity_id or "")

    def by_title(self, ref: Reference, *, recent: Sequence[str], later: Sequence[str]) -> str | None:
        """The entity a title reference means, or None (see the module docstring)."""
        phrase = self.text[ref.start:ref.end]
        head = _head(phrase)
        if head is None:
            return None
        wanted_country = _country_in(phrase)
        phrase_words = _words(phrase)
        scored = []
        for entity in self.entities.values():
            if entity.type != "PERSON":
                continue
            titles = [t for t in self._titles(entity) if _head(t) == head]
            if not titles:
                continue
            if wanted_country and entity.country and entity.country != wanted_country:
                continue
            overlap = max(len(phrase_words & _words(t)) for t in titles)
            recency = recent.index(entity.id) if entity.id in recent else len(recent)
            scored.append((-overlap, recency, entity.id))
        if scored:
            return min(scored)[2]
        if ref.kind == "title" and later:
            return later[0]
        return None

    def by_org(self, ref: Reference, *, recent: Sequence[str]) -> str | None:
        """The organisation "the ministry" means: an ORG entity whose name has that noun,
        the most recently named one first."""
        noun = re.findall(r"[\w'-]+", self.text[ref.start:ref.end].lower())[-1]
        candidates = [
            e.id for e in self.entities.values()
            if e.type == "ORG" and noun in e.name.lower() and any(r.entity == e.id and r.start < ref.start for r in self.names)
        ]
        if not candidates:
            return None
        last_named = {r.entity: r.start for r in self.names if r.start < ref.start}
        return max(candidates, key=lambda e: last_named.get(e, -1))

    def _titles(self, entity: Entity) -> list[str]:
        titles = [entity.title] if entity.title else []
        titles += [role.title for role in entity.roles]
        titles += _appositive_titles(self.text, [r for r in self.names if r.entity == entity.id])
        return titles


def _touches_name(text: str, start: int, end: int, names: Sequence[tuple[int, int]]) -> bool:
    """A title written right before or after a name is part of that name ("President Rouhani")."""
    for s, e in names:
        if 0 <= s - end <= 1 or text[e:start].strip() in (",",) and 0 <= start - e <= 6:
            return True
    return False


def _appositive_titles(text: str, names: Sequence[Reference]) -> list[str]:
    """Titles written next to a person's name: "Ilham Aliyev, the President of Azerbaijan Republic",
    "ICT Minister Azari Jahromi", "... appointment as the Minister of ...".
    """
    titles = []
    for ref in names:
        after = text[ref.end:ref.end + 120].split("\n")[0]
        match = re.match(r"\s*,\s*(?:the\s+|an?\s+)?|\s+(?:\w+\s+){0,4}?as\s+(?:the\s+|an?\s+)?", after)
        if match:
            title = _TITLE.match(after, match.end())
            if title:
                titles.append(title.group(0))
        before = text[max(0, ref.start - 60):ref.start].split("\n")[-1]
        title = re.search(rf"(?:{_TITLE.pattern})\s*$", before)
        if title:
            titles.append(title.group(0))
    return titles


def _head(phrase: str) -> str | None:
    lowered = re.sub(r"\s+", " ", phrase.lower())
    best = None
    for head in TITLE_HEADS:
        match = re.search(rf"\b{re.escape(head)}s?\b", lowered)
        if match and (best is None or match.start() < best[0] or (match.start() == best[0] and len(head) > len(best[1]))):
            best = (match.start(), head)
    if best is None:
        return None
    return _GENERIC.get(best[1], best[1])


#: Heads that mean the same office for matching ("foreign minister" is a minister).
_GENERIC = {"prime minister": "prime minister", "foreign minister": "minister", "deputy minister": "minister",
            "vice-president": "vice president", "spokeswoman": "spokesman", "spokesperson": "spokesman",
            "chairwoman": "chairman", "advisor": "adviser"}

_STOP = frozenset("the a an of and for".split())


def _words(phrase: str) -> set[str]:
    return {w for w in re.findall(r"[\w'-]+", phrase.lower()) if w not in _STOP}


def _country_in(phrase: str) -> str | None:
    table = _country_words()
    for word in re.findall(r"[A-Z][\w'-]*", phrase):
        if word in table:
            return table[word]
    return None


@functools.cache
def _country_words() -> dict[str, str]:
    try:
        from accords.gazetteer.countries import countries
    except ImportError:
        return {}
    table: dict[str, str] = {}
    for country in countries():
        for alias in (*country.names, *country.demonyms):
            if " " not in alias:
                table[alias] = country.iso3
    return table
