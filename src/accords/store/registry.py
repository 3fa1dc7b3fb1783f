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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete, func, insert, or_, select, text, update
from sqlalchemy.engine import Connection

from accords.consolidate import contributions as logic
from accords.consolidate import names
from accords.consolidate.contributions import Candidate, Contribution
from accords.errors import NotFoundError, StoreError
from accords.model import Entity, Extraction
from accords.store import dialect, registry_tables, rows
from accords.store.registry_tables import (
    canonical_entities as canonical_t,
    entity_contributions as contrib_t,
    entity_group_bases as group_bases_t,
    entity_key_counts as key_counts_t,
    entity_lookups as lookups_t,
    entity_variants as variants_t,
    person_roles as roles_t,
)
from accords.store.schema import articles, entities as entities_t, extractions, mentions as mentions_t

if TYPE_CHECKING:
    from accords.store.store import Store

_CHUNK = 500  # values per IN (...) list, well under every database's parameter limit
#: PostgreSQL advisory lock key of the registry's writes ("accords" in ASCII, as a number).
REGISTRY_LOCK = int.from_bytes(b"accords", "big")


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

_Ident = tuple[str, str, str]


def record(conn: Connection, extraction: Extraction) -> None:
    """Replace what the article of `extraction` contributes to the registry (in the caller's
    transaction) and bring the touched canonical entities up to date.

    The aggregates are adjusted, not recomputed: the article's old contributions are
    subtracted and its new ones added. Other articles' members are re-read only in a group
    whose candidates (bases and their countries) changed, since only there can their
    resolution change.

    On PostgreSQL the registry part of concurrent saves runs one at a time (a transaction
    advisory lock, `REGISTRY_LOCK`): resolving a name reads the candidates other articles
    gave its group, and two saves reading them side by side would each miss the other's,
    give different keys than one loader and insert the same canonical row twice. The rest of
    a save (facts, pair counts) stays concurrent."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": REGISTRY_LOCK})
    article_id = extraction.article_id
    published = conn.execute(select(articles.c.published).where(articles.c.id == article_id)).scalar()
    old_rows = conn.execute(select(contrib_t).where(contrib_t.c.article_id == article_id)).all()
    base_of = {row.seq: row for row in old_rows}
    old_lookups = conn.execute(select(lookups_t.c.seq, lookups_t.c.grp).where(lookups_t.c.article_id == article_id)).all()
    new = logic.contributions(extraction, published=published)
    groups = {grp for _, grp in old_lookups} | {g for c in new for g in c.lookups}
    before = _candidate_sets(conn, groups)
    counts = _Deltas()
    for seq, grp in old_lookups:
        counts.base(grp, base_of[seq].base, base_of[seq].country, -1)
    for row in old_rows:
        counts.member(row, row.key, -1)
    for table in (contrib_t, lookups_t, roles_t):
        conn.execute(delete(table).where(table.c.article_id == article_id))
    _insert(conn, new)
    for c in new:
        for g in dict.fromkeys(c.lookups):
            counts.base(g, c.base, c.country, +1)
    _apply_bases(conn, counts.bases)
    after = _candidate_sets(conn, groups)
    changed = {g for g in groups if before.get(g) != after.get(g)}
    rows_now = conn.execute(select(contrib_t).where(contrib_t.c.article_id == article_id)).all()
    others = [row for chunk in _chunks(changed)
              for row in conn.execute(select(contrib_t).where(contrib_t.c.grp.in_(chunk),
                                                              contrib_t.c.article_id != article_id)).all()]
    _resolve(conn, rows_now, others, after, counts)
    _apply_members(conn, counts)


def rebuild(conn: Connection) -> int:
    """Recompute the whole registry from the stored entities; return the canonical entities."""
    for table in (canonical_t, variants_t, roles_t, lookups_t, contrib_t, key_counts_t, group_bases_t):
        conn.execute(delete(table))
    ids = list(conn.execute(select(extractions.c.article_id).order_by(extractions.c.article_id)).scalars())
    for chunk in _chunks(ids):
        published = dict(conn.execute(select(articles.c.id, articles.c.published).where(articles.c.id.in_(chunk))).tuples().all())
        found: dict[str, list[Entity]] = defaultdict(list)
        for row in conn.execute(select(entities_t).where(entities_t.c.article_id.in_(chunk))
                                .order_by(entities_t.c.article_id, entities_t.c.seq)).mappings():
            found[row["article_id"]].append(rows.entity_from_row(row))
        texts: dict[str, list[str]] = defaultdict(list)
        for entity_id, mention_text in conn.execute(select(mentions_t.c.entity_id, mentions_t.c.text)
                                            .where(mentions_t.c.article_id.in_(chunk), mentions_t.c.entity_id.is_not(None))
                                            .order_by(mentions_t.c.article_id, mentions_t.c.seq)):
            texts[entity_id].append(mention_text)
        for article_id in chunk:
            made = tuple(
                logic.contribution(entity, article_id=article_id, seq=seq, published=published.get(article_id),
                                   mention_texts=texts.get(entity.id, ()))
                for seq, entity in enumerate(found.get(article_id, ()))
            )
            _insert(conn, made)
    _recount(conn, resolve=True)
    return conn.execute(select(func.count()).select_from(canonical_t)).scalar() or 0


def install_counts(conn: Connection) -> None:
    """Schema step 6: create the count tables and fill them, and the aggregates, from the
    stored contributions (their resolved keys and roles are kept as they are)."""
    registry_tables.create_counts(conn)
    for table in (canonical_t, variants_t, key_counts_t, group_bases_t):
        conn.execute(delete(table))
    _recount(conn, resolve=False)


def _recount(conn: Connection, *, resolve: bool) -> None:
    """Fill the counts and aggregates (empty before) from every stored contribution; with
    `resolve`, first resolve every contribution (stored with key = base) and add its roles."""
    counts = _Deltas()
    statement = (
        select(lookups_t.c.grp, contrib_t.c.base, contrib_t.c.country)
        .join(contrib_t, (contrib_t.c.article_id == lookups_t.c.article_id) & (contrib_t.c.seq == lookups_t.c.seq))
    )
    for grp, base, country in conn.execute(statement):
        counts.base(grp, base, country, +1)
    _apply_bases(conn, counts.bases)
    members = conn.execute(select(contrib_t).order_by(contrib_t.c.article_id, contrib_t.c.seq)).all()
    if resolve:
        _resolve(conn, members, [], _candidate_sets(conn, {row.grp for row in members}), counts)
    else:
        for row in members:
            counts.member(row, row.key, +1)
    _apply_members(conn, counts)


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


class _Deltas:
    """Count changes to apply: per (group, base, country), per (key, kind, value), per
    (key, variant); and the type of every key a member was added to or taken from."""

    def __init__(self) -> None:
        self.bases: Counter[_Ident] = Counter()
        self.keys: Counter[_Ident] = Counter()
        self.variants: Counter[tuple[str, str]] = Counter()
        self.types: dict[str, str] = {}

    def base(self, grp: str, base: str, country: str | None, sign: int) -> None:
        self.bases[(grp, base, country or "")] += sign

    def member(self, row: Any, key: str, sign: int) -> None:
        """Add (sign +1) or take away (-1) the contribution `row` as a member of `key`."""
        self.types.setdefault(key, row.type)
        self.keys[(key, "article", row.article_id)] += sign
        self.keys[(key, "name", row.name)] += sign
        if row.country:
            self.keys[(key, "country", row.country)] += sign
        if row.published:
            self.keys[(key, "published", row.published)] += sign
        for variant, count in json.loads(row.variants):
            self.variants[(key, variant)] += sign * count


def _candidate_sets(conn: Connection, groups: Iterable[str]) -> dict[str, tuple[Candidate, ...]]:
    """The bases found in each group, with the countries their contributions gave them."""
    countries: dict[tuple[str, str], set[str]] = defaultdict(set)
    for chunk in _chunks(groups):
        statement = select(group_bases_t.c.grp, group_bases_t.c.base, group_bases_t.c.country).where(
            group_bases_t.c.grp.in_(chunk))
        for grp, base, country in conn.execute(statement):
            bucket = countries[(grp, base)]
            if country:
                bucket.add(country)
    found: dict[str, list[Candidate]] = defaultdict(list)
    for (grp, base), seen in sorted(countries.items()):
        found[grp].append(Candidate(base, frozenset(seen)))
    return {grp: tuple(c) for grp, c in found.items()}


def _resolve(conn: Connection, fresh: Sequence[Any], others: Sequence[Any], candidates: dict[str, tuple[Candidate, ...]],
             counts: _Deltas) -> None:
    """Resolve `fresh` contributions (stored with key = base, not counted yet: counted and
    given their roles here) and re-resolve `others` (counted under their stored key: moved
    when the key changes)."""
    moved: list[dict[str, Any]] = []
    role_rows: list[dict[str, Any]] = []
    for row in fresh:
        key = logic.resolve(_member(row), candidates.get(row.grp, ()))
        if key != row.key:
            moved.append({"a": row.article_id, "s": row.seq, "k": key})
        counts.member(row, key, +1)
        role_rows.extend(
            {"article_id": row.article_id, "seq": row.seq, "role_seq": i, "key": key, "title": title,
             "organisation": organisation, "country": country, "as_of": as_of}
            for i, (title, organisation, country, as_of) in enumerate(json.loads(row.roles))
        )
    moved_others: list[dict[str, Any]] = []
    for row in others:
        key = logic.resolve(_member(row), candidates.get(row.grp, ()))
        if key != row.key:
            moved_others.append({"a": row.article_id, "s": row.seq, "k": key})
            counts.member(row, row.key, -1)
            counts.member(row, key, +1)
    if moved or moved_others:
        conn.execute(update(contrib_t).where(contrib_t.c.article_id == bindparam("a"), contrib_t.c.seq == bindparam("s"))
                     .values(key=bindparam("k")), moved + moved_others)
    if moved_others:
        conn.execute(update(roles_t).where(roles_t.c.article_id == bindparam("a"), roles_t.c.seq == bindparam("s"))
                     .values(key=bindparam("k")), moved_others)
    if role_rows:
        conn.execute(insert(roles_t), role_rows)


def _apply(conn: Connection, table: Any, columns: tuple[str, ...], count: str,
           deltas: Counter[Any]) -> dict[Any, tuple[int, int]]:
    """Add `deltas` to the counts of `table` (identified by `columns`); rows reaching zero
    go. Return each changed identity's count before and after.

    One atomic upsert per identity (``INSERT ... ON CONFLICT DO UPDATE SET n = n +
    excluded.n RETURNING n``), in key order so concurrent writers lock rows in the same
    order: a count is never read in one statement and written back in another, where a
    second writer's change in between would be lost."""
    changes = {ident: d for ident, d in sorted(deltas.items()) if d}
    if not changes:
        return {}
    cols = [table.c[c] for c in columns]
    make = dialect.upsert(conn)
    if make is None:
        raise StoreError(f"the entity registry needs SQLite or PostgreSQL, not {conn.dialect.name}")
    statement = make(table)
    statement = statement.on_conflict_do_update(
        index_elements=list(columns), set_={count: table.c[count] + statement.excluded[count]},
    ).returning(*cols, table.c[count], sort_by_parameter_order=True)
    params = [dict(zip(columns, ident), **{count: d}) for ident, d in changes.items()]
    result: dict[Any, tuple[int, int]] = {}
    for row in conn.execute(statement, params):
        ident, after = tuple(row[:-1]), row[-1]
        if after < 0:
            raise StoreError(f"registry count of {ident!r} would be {after}; run `accords consolidate`")
        result[ident] = (after - changes[ident], after)
    emptied = [ident for ident, (_, after) in result.items() if after == 0]
    if emptied:
        match = [table.c[c] == bindparam(f"p_{c}") for c in columns]
        conn.execute(delete(table).where(*match, table.c[count] == 0),
                     [{f"p_{c}": v for c, v in zip(columns, ident)} for ident in emptied])
    return result


def _apply_bases(conn: Connection, deltas: Counter[_Ident]) -> None:
    _apply(conn, group_bases_t, ("grp", "base", "country"), "n", deltas)
    deltas.clear()


def _apply_members(conn: Connection, counts: _Deltas) -> None:
    """Apply the member counts and re-make the canonical rows of every key they touch."""
    changes = _apply(conn, key_counts_t, ("key", "kind", "value"), "n", counts.keys)
    _apply(conn, variants_t, ("key", "variant"), "count", counts.variants)
    gained: Counter[str] = Counter()
    for (key, kind, _), (before, after) in changes.items():
        if kind == "article":
            gained[key] += (after > 0) - (before > 0)
    touched = {key for key, _, _ in changes} | {key for key, _ in counts.variants}
    for chunk in _chunks(touched):
        held = dict(conn.execute(select(canonical_t.c.key, canonical_t.c.articles).where(canonical_t.c.key.in_(chunk))).tuples().all())
        conn.execute(delete(canonical_t).where(canonical_t.c.key.in_(chunk)))
        named: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
        for key, kind, value, n in conn.execute(
                select(key_counts_t).where(key_counts_t.c.key.in_(chunk), key_counts_t.c.kind.in_(("name", "country")))):
            named[key][kind][value] = n
        dates = {key: (first, last) for key, first, last in conn.execute(
            select(key_counts_t.c.key, func.min(key_counts_t.c.value), func.max(key_counts_t.c.value))
            .where(key_counts_t.c.key.in_(chunk), key_counts_t.c.kind == "published").group_by(key_counts_t.c.key))}
        mentions = dict(conn.execute(select(variants_t.c.key, func.sum(variants_t.c.count))
                                     .where(variants_t.c.key.in_(chunk)).group_by(variants_t.c.key)).tuples().all())
        made = []
        for key in chunk:
            number = held.get(key, 0) + gained[key]
            if number <= 0:
                continue
            type_ = counts.types[key]
            first, last = dates.get(key, (None, None))
            made.append({
                "key": key, "type": type_, "name": logic.display_name(key, type_, named[key]["name"]),
                "country": logic.most_common_of(named[key]["country"]), "first_seen": first, "last_seen": last,
                "articles": number, "mentions": int(mentions.get(key) or 0),
            })
        if made:
            conn.execute(insert(canonical_t), made)
    counts.keys.clear()
    counts.variants.clear()


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
        candidates = _candidate_sets(conn, [made.group]).get(made.group, ())
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


def office_sightings(store: Store) -> list[Any]:
    """Every stored person's roles that name an office of a country or organisation, as
    harvest sightings (`accords.harvest.registry`): what `accords knowledge registry` turns
    into the registry snapshot of office holders."""
    from accords.harvest.registry import RoleSeen, sightings_of

    with store._read() as conn:  # noqa: SLF001 - the store package's own connection helper
        people = dict(conn.execute(select(canonical_t.c.key, canonical_t.c.name)
                                   .where(canonical_t.c.type == "PERSON")).tuples().all())
        roles: dict[str, list[RoleSeen]] = defaultdict(list)
        for row in conn.execute(select(roles_t.c.key, roles_t.c.title, roles_t.c.country, roles_t.c.as_of,
                                       roles_t.c.article_id).order_by(roles_t.c.key, roles_t.c.article_id)):
            if row.key in people:
                roles[row.key].append(RoleSeen(row.title, row.country, row.as_of, row.article_id))
    return [s for key in sorted(roles) for s in sightings_of(people[key], roles[key])]
