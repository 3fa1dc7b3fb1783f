"""What one article contributes to the entity registry, and how a short form is resolved.

Pure functions, no I/O; `accords.store.registry` stores and aggregates what they return.

Each entity of an extraction becomes one `Contribution`: its key before resolution
(`base`, see `accords.consolidate.names`), the *group* its own resolution is decided in,
the groups it can be found in (`lookups`), its display name, country, the name variants its
mentions used (with counts) and the roles it was given (title, organisation, country,
as-of date = the article's publication date).

Resolution (`resolve`) maps a base key to the canonical key, looking only at the bases
found in the member's group; so the result depends on the set of stored articles, never on
the order they arrived in, and a registry rebuilt from scratch equals one kept up to date
article by article.

- people are grouped by surname: a short form joins the one fuller name it ends
  ("Rouhani" -> "Hassan Rouhani"), never when two fuller names compete ("Aliyev" with
  "Ilham Aliyev" and "Osman Aliyev"), nor across two different known countries; when the
  short form has a country, the fuller names known with that country are tried first;
- other entities are grouped by folded name and by the acronyms defined for them: a
  name with no country joins the one same-named entity that has a country; a bare acronym
  ("DTO") joins the one entity some article defined it for ("Digital Transformation Office
  (DTO)").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from accords.consolidate import names
from accords.gazetteer.countries import country_by_iso3
from accords.model import Entity, Extraction


@dataclass(frozen=True)
class RoleRecord:
    """A person's role as one article reports it."""

    title: str
    organisation: str | None
    country: str | None
    as_of: str | None


@dataclass(frozen=True)
class Contribution:
    """One entity of one article, as the registry sees it."""

    article_id: str
    seq: int  # the entity's position in the extraction
    type: str
    base: str  # canonical key before resolution
    group: str  # where this entity's own resolution is decided
    lookups: tuple[str, ...]  # groups where it is a candidate for others (includes `group`)
    name: str  # display form
    country: str | None
    published: str | None
    variants: tuple[tuple[str, int], ...]  # (variant, mentions using it), most used first
    roles: tuple[RoleRecord, ...] = ()


@dataclass(frozen=True)
class Candidate:
    """A base key found in a group, with the countries its contributions gave it."""

    base: str
    countries: frozenset[str] = frozenset()


def _name_group(type_: str, name: str) -> str:
    return f"{type_}{names.SEP}{names.match_form(name)}"


def contribution(entity: Entity, *, article_id: str, seq: int, published: str | None,
                 mention_texts: Sequence[str] = ()) -> Contribution:
    """The registry's view of one entity; `mention_texts` are its mentions' surface forms."""
    person = entity.type == "PERSON"
    display = names.clean_name(entity.name, person=person) or entity.name
    base = names.entity_key(entity.type, display, country=entity.country, canonical_id=entity.canonical_id)
    if person:
        group = names.surname_group(base)
        lookups: tuple[str, ...] = (group,)
    elif entity.canonical_id:
        group, lookups = base, (base,)
    else:
        group = _name_group(entity.type, display)
        acronyms = sorted({_name_group(entity.type, a) for a in entity.aliases if names.is_acronym(a)} - {group})
        lookups = (group, *acronyms)
    counts: Counter[str] = Counter()
    for text in mention_texts:
        cleaned = names.clean_name(text, person=person)
        if cleaned:
            counts[cleaned] += 1
    for form in (display, *(names.clean_name(a, person=person) for a in entity.aliases)):
        if form and form not in counts:
            counts[form] = 1
    variants = tuple(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
    roles: list[RoleRecord] = []
    for role in entity.roles:
        title, organisation = names.split_title(role.title)
        record = RoleRecord(title=title, organisation=role.organisation or organisation,
                            country=role.country or entity.country, as_of=role.as_of or published)
        if record not in roles:
            roles.append(record)
    return Contribution(
        article_id=article_id, seq=seq, type=entity.type, base=base, group=group, lookups=lookups,
        name=display, country=entity.country, published=published, variants=variants, roles=tuple(roles),
    )


def contributions(extraction: Extraction, *, published: str | None) -> tuple[Contribution, ...]:
    """One `Contribution` per entity of `extraction`; `published` is its article's date."""
    texts: dict[str, list[str]] = {}
    for mention in extraction.mentions:
        if mention.entity_id:
            texts.setdefault(mention.entity_id, []).append(mention.text)
    return tuple(
        contribution(entity, article_id=extraction.article_id, seq=seq, published=published,
                     mention_texts=texts.get(entity.id, ()))
        for seq, entity in enumerate(extraction.entities)
    )


def _compatible(country: str | None, candidate: Candidate) -> bool:
    return country is None or not candidate.countries or country in candidate.countries


def _country_of(base: str) -> str | None:
    parts = base.split(names.SEP)
    return parts[1] if len(parts) == 3 and parts[1] != names.NO_COUNTRY else None


def resolve(member: Contribution, candidates: Iterable[Candidate]) -> str:
    """The canonical key of `member` given the candidates found in its group."""
    pool = [c for c in candidates if c.base != member.base and _compatible(member.country, c)]
    if member.type == "PERSON":
        words = tuple(names.name_of_key(member.base).split())
        # fuller names known with the member's own country first: a TUR "Erdogan" is the
        # TUR "Recep Tayyip Erdogan" even when a country-less "Will Erdogan" was misread
        same_country = [c for c in pool if member.country in c.countries]
        for subset in ((same_country, pool) if member.country and same_country else (pool,)):
            fuller = {tuple(names.name_of_key(c.base).split()): c.base for c in subset}
            found = names.resolve_suffix(words, fuller)
            if found is not None:
                return fuller[found]
        return member.base
    if member.base.count(names.SEP) != 2:  # countries and IGOs: the canonical id is the key
        return member.base
    own_country = _country_of(member.base)
    acronym = names.is_acronym(member.name)
    if own_country is not None and not acronym:
        return member.base  # a full name with its country is as full as it gets
    own_name = names.name_of_key(member.base)
    same_named = {c.base for c in pool if names.name_of_key(c.base) == own_name and _country_of(c.base) is not None}
    expansions = {c.base for c in pool if names.name_of_key(c.base) != own_name} if acronym else set()
    targets = expansions or (same_named if own_country is None else set())
    # a country-less twin of a target that has a country is the same target
    with_country = {names.name_of_key(t): t for t in targets if _country_of(t) is not None}
    targets = {with_country.get(names.name_of_key(t), t) if _country_of(t) is None else t for t in targets}
    return targets.pop() if len(targets) == 1 else member.base


def display_name(key: str, type_: str, names_used: Mapping[str, int]) -> str:
    """The name shown for a canonical entity: a country's usual short name; otherwise the
    fullest form (most words) its contributions used, the most frequent of those, then the
    first in alphabetical order so the choice is deterministic."""
    if type_ == "COUNTRY":
        country = country_by_iso3(names.name_of_key(key))
        if country is not None:
            return country.name
    if not names_used:
        return names.name_of_key(key)
    return min(names_used, key=lambda n: (-len(n.split()), -names_used[n], n))


def most_common(values: Iterable[str | None]) -> str | None:
    """The most frequent non-empty value (ties: alphabetical), or None."""
    return most_common_of(Counter(v for v in values if v))


def most_common_of(counts: Mapping[str, int]) -> str | None:
    """`most_common` from counts already made (value -> how often, values non-empty)."""
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], v))
