"""The entity registry in the store: canonical entities, their name variants and people's
roles over time, kept across articles.

All the matching logic is pure and lives in `accords.consolidate`; this module holds the
SQL. `record` runs inside `Store.save_extraction`'s transaction: it replaces the article's
contributions, re-resolves the groups they touch (old and new) and re-aggregates the
canonical keys whose members changed, so saving the same extraction twice changes nothing.
`rebuild` recomputes everything from the stored entities (``accords consolidate``); since
resolution depends only on the stored set, the result equals the incremental one.

Reads: `person(store, name)` and `entity(store, key)` give a `CanonicalEntity` with its
variants and roles; `canonical_key(store, entity)` the key an entity has, or would have.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.engine import Connection

from accords.consolidate import contributions as logic
from accords.consolidate import names
from accords.consolidate.contributions import Candidate, Contribution
from accords.errors import NotFoundError
from accords.model import Entity, Extraction
from accords.store import rows
from accords.store.registry_tables import (
    canonical_entities as canonical_t,
    entity_contributions as contrib_t,
    entity_lookups as lookups_t,
    entity_variants as variants_t,
    person_roles as roles_t,
)
from accords.store.schema import articles, entities as entities_t, extractions, mentions as mentions_t

if TYPE_CHECKING:
    from accords.store.store import Store

_CHUNK = 500  # values per IN (...) list, well under every database's parameter limit


@dataclass(frozen=True)
class PersonRole:
    """A role as one article reported it: title, organisation, country, as-of date."""

    title: str
    organisation: str | None
    country: str | None
    as_of: str | None
    article_id: str


@dataclass(frozen=True)
class CanonicalEntity:
    """One real-world thing across the store, with its name variants (most used first) and,
    for people, roles in date order (undated last)."""

    key: str
    type: str
    name: str
    country: str | None
    first_seen: str | None
    last_seen: str | None
    articles: int
    mentions: int
    variants: tuple[tuple[str, int], ...] = ()
    roles: tuple[PersonRole, ...] = ()


def _chunks(values: Iterable[Any]) -> Iterator[list[Any]]:
    values = sorted(set(values))
    for i in range(0, len(values), _CHUNK):
        yield values[i:i + _CHUNK]


# --- writes ----------------------------------------------------------------------------


def record(conn: Connection, extraction: Extraction) -> None:
    """Replace what the article of `extraction` contributes to the registry (in the caller's
    transaction) and bring the touched canonical entities up to date."""
    article_id = extraction.article_id
    published = conn.execute(select(articles.c.published).where(articles.c.id == article_id)).scalar()
    old_groups = set(conn.execute(select(lookups_t.c.grp).where(lookups_t.c.article_id == article_id)).scalars())
    old_keys = set(conn.execute(select(contrib_t.c.key).where(contrib_t.c.article_id == article_id)).scalars())
    for table in (contrib_t, lookups_t, roles_t):
        conn.execute(delete(table).where(table.c.article_id == article_id))
    new = logic.contributions(extraction, published=published)
    _insert(conn, new)
    _refresh(conn, groups=old_groups | {g for c in new for g in c.lookups}, keys=old_keys)


def rebuild(conn: Connection) -> int:
    """Recompute the whole registry from the stored entities; return the canonical entities."""
    for table in (canonical_t, variants_t, roles_t, lookups_t, contrib_t):
        conn.execute(delete(table))
    ids = list(conn.execute(select(extractions.c.article_id).order_by(extractions.c.article_id)).scalars())
    groups: set[str] = set()
    for chunk in _chunks(ids):
        published = dict(conn.execute(select(articles.c.id, articles.c.published).where(articles.c.id.in_(chunk))).all())
        found: dict[str, list[Entity]] = defaultdict(list)
        for row in conn.execute(select(entities_t).where(entities_t.c.article_id.in_(chunk))
                                .order_by(entities_t.c.article_id, entities_t.c.seq)).mappings():
            found[row["article_id"]].append(rows.entity_from_row(row))
        texts: dict[str, list[str]] = defaultdict(list)
        for row in conn.execute(select(mentions_t.c.entity_id, mentions_t.c.text)
                                .where(mentions_t.c.article_id.in_(chunk), mentions_t.c.entity_id.is_not(None))
                                .order_by(mentions_t.c.article_id, mentions_t.c.seq)):
            texts[row.entity_id].append(row.text)
        for article_id in chunk:
            made = tuple(
                logic.contribution(entity, article_id=article_id, seq=seq, published=published.get(article_id),
                                   mention_texts=texts.get(entity.id, ()))
                for seq, entity in enumerate(found.get(article_id, ()))
            )
            _insert(conn, made)
            groups.update(g for c in made for g in c.lookups)
    _refresh(conn, groups=groups, keys=set())
    return conn.execute(select(func.count()).select_from(canonical_t)).scalar() or 0


def _insert(conn: Connection, made: Iterable[Contribution]) -> None:
    made = list(made)
    if not made:
        return
    conn.execute(insert(contrib_t), [{
        "article_id": c.article_id, "seq": c.seq, "type": c.type, "base": c.base, "grp": c.group,
        "key": c.base, "name": c.name, "country": c.country, "published": c.published,
        "variants": rows.dumps([list(v) for v in c.variants]),
        "roles": rows.dumps([[r.title, r.organisation, r.country, r.as_of] for r in c.roles]),
    } for c in made])
    conn.execute(insert(lookups_t), [{"article_id": c.article_id, "seq": c.seq, "grp": g}
                                     for c in made for g in dict.fromkeys(c.lookups)])


def _member(row: Any) -> Contribution:
    return Contribution(article_id=row.article_id, seq=row.seq, type=row.type, base=row.base, group=row.grp,
                        lookups=(row.grp,), name=row.name, country=row.country, published=row.published,
                        variants=())


def _candidates(conn: Connection, groups: Iterable[str]) -> dict[str, list[Candidate]]:
    """The bases found in each group, with the countries their contributions gave them."""
    countries: dict[tuple[str, str], set[str]] = defaultdict(set)
    for chunk in _chunks(groups):
        statement = (
            select(lookups_t.c.grp, contrib_t.c.base, contrib_t.c.country)
            .join(contrib_t, (contrib_t.c.article_id == lookups_t.c.article_id) & (contrib_t.c.seq == lookups_t.c.seq))
            .where(lookups_t.c.grp.in_(chunk))
        )
        for grp, base, country in conn.execute(statement):
            bucket = countries[(grp, base)]
            if country:
                bucket.add(country)
    found: dict[str, list[Candidate]] = defaultdict(list)
    for (grp, base), seen in sorted(countries.items()):
        found[grp].append(Candidate(base, frozenset(seen)))
    return found


def _refresh(conn: Connection, *, groups: set[str], keys: set[str]) -> None:
    """Re-resolve the members of `groups`, then re-aggregate every key that changed or was
    named in `keys`."""
    candidates = _candidates(conn, groups)
    touched = set(keys)
    for chunk in _chunks(groups):
        for row in conn.execute(select(contrib_t).where(contrib_t.c.grp.in_(chunk))).all():
            key = logic.resolve(_member(row), candidates.get(row.grp, ()))
            touched.update((row.key, key))
            if key != row.key:
                conn.execute(update(contrib_t).where(contrib_t.c.article_id == row.article_id,
                                                     contrib_t.c.seq == row.seq).values(key=key))
    for chunk in _chunks(touched):
        for table in (canonical_t, variants_t, roles_t):
            conn.execute(delete(table).where(table.c.key.in_(chunk)))
        members: dict[str, list[Any]] = defaultdict(list)
        for row in conn.execute(select(contrib_t).where(contrib_t.c.key.in_(chunk))
                                .order_by(contrib_t.c.article_id, contrib_t.c.seq)).all():
            members[row.key].append(row)
        for key, group in members.items():
            _aggregate(conn, key, group)


def _aggregate(conn: Connection, key: str, members: list[Any]) -> None:
    variants: Counter[str] = Counter()
    for row in members:
        for variant, count in json.loads(row.variants):
            variants[variant] += count
    dates = sorted(row.published for row in members if row.published)
    type_ = members[0].type
    conn.execute(insert(canonical_t), {
        "key": key, "type": type_, "name": logic.display_name(key, type_, Counter(row.name for row in members)),
        "country": logic.most_common(row.country for row in members),
        "first_seen": dates[0] if dates else None, "last_seen": dates[-1] if dates else None,
        "articles": len({row.article_id for row in members}), "mentions": sum(variants.values()),
    })
    if variants:
        conn.execute(insert(variants_t), [{"key": key, "variant": v, "count": n} for v, n in sorted(variants.items())])
    role_rows = [
        {"article_id": row.article_id, "seq": row.seq, "role_seq": i, "key": key, "title": title,
         "organisation": organisation, "country": country, "as_of": as_of}
        for row in members for i, (title, organisation, country, as_of) in enumerate(json.loads(row.roles))
    ]
    if role_rows:
        conn.execute(insert(roles_t), role_rows)


# --- reads -----------------------------------------------------------------------------


def _load(conn: Connection, key: str) -> CanonicalEntity | None:
    row = conn.execute(select(canonical_t).where(canonical_t.c.key == key)).mappings().first()
    if row is None:
        return None
    variants = tuple(
        (v, n) for v, n in conn.execute(select(variants_t.c.variant, variants_t.c.count)
                                        .where(variants_t.c.key == key)
                                        .order_by(variants_t.c.count.desc(), variants_t.c.variant))
    )
    roles = [
        PersonRole(r.title, r.organisation, r.country, r.as_of, r.article_id)
        for r in conn.execute(select(roles_t).where(roles_t.c.key == key))
    ]
    roles.sort(key=lambda r: (r.as_of is None, r.as_of or "", r.title, r.article_id))
    return CanonicalEntity(**dict(row), variants=variants, roles=tuple(roles))


def entity(store: Store, key: str) -> CanonicalEntity:
    """The canonical entity with this key; else `NotFoundError`."""
    with store._read() as conn:  # noqa: SLF001 - the store package's own connection helper
        found = _load(conn, key)
    if found is None:
        raise NotFoundError(f"no canonical entity {key!r}")
    return found


def person(store: Store, name: str) -> CanonicalEntity:
    """The person `name` stands for, in any spelling the registry knows ("Mevlut Cavusoglu",
    "Çavuşoğlu", "Mr. Rouhani"); `NotFoundError` when none or when the name is ambiguous."""
    base = names.person_key(name)
    words = tuple(names.name_of_key(base).split())
    with store._read() as conn:  # noqa: SLF001 - the store package's own connection helper
        # a spelling stored before: the fuller name it joined (somewhere), else itself
        keys = set(conn.execute(select(contrib_t.c.key).where(contrib_t.c.base == base).distinct()).scalars())
        joined = keys - {base}
        key = joined.pop() if len(joined) == 1 else (base if keys else None)
        if key is None and words:
            known = conn.execute(select(canonical_t.c.key).where(
                canonical_t.c.type == "PERSON",
                or_(canonical_t.c.key == base, canonical_t.c.key.like(f"% {' '.join(words)}")),
            )).scalars().all()
            by_words = {tuple(names.name_of_key(k).split()): k for k in known}
            if words in by_words:
                key = by_words[words]
            else:
                found = names.resolve_suffix(words, by_words)
                if found is None and by_words:
                    raise NotFoundError(f"{name!r} is ambiguous: " + ", ".join(sorted(by_words.values())))
                key = by_words.get(found) if found else None
        record_ = _load(conn, key) if key else None
    if record_ is None or record_.type != "PERSON":
        raise NotFoundError(f"no person named {name!r} in the registry")
    return record_


def canonical_key(store: Store, entity: Entity) -> str:
    """The canonical key of `entity` (from any article, stored or not): resolved against
    what the store holds now, as its stored contributions are."""
    made = logic.contribution(entity, article_id="", seq=0, published=None)
    with store._read() as conn:  # noqa: SLF001 - the store package's own connection helper
        candidates = _candidates(conn, [made.group]).get(made.group, ())
    return logic.resolve(made, candidates)


def entities(store: Store, *, type: str | None = None, limit: int = 50) -> list[CanonicalEntity]:  # noqa: A002
    """Canonical entities, most mentioned first (without variants and roles)."""
    statement = select(canonical_t).order_by(canonical_t.c.mentions.desc(), canonical_t.c.key).limit(limit)
    if type is not None:
        statement = statement.where(canonical_t.c.type == type)
    with store._read() as conn:  # noqa: SLF001 - the store package's own connection helper
        return [CanonicalEntity(**dict(row)) for row in conn.execute(statement).mappings()]


def consolidate(store: Store) -> int:
    """Rebuild the registry of `store` from its stored entities in one transaction (for
    stores written before the registry existed, or after a change of the matching rules);
    return the number of canonical entities."""
    with store._write() as conn:  # noqa: SLF001 - the store package's own connection helper
        return rebuild(conn)
