"""The tables of the entity registry (schema step 3), in their own `MetaData`.

They are created by their own migration step rather than by step 1, which creates the
tables of `accords.store.schema` as released. Portable types only, like `schema`.

- ``entity_contributions``: what each article's entities contribute (one row per entity:
  the key before resolution, the group it is resolved in, the resolved `key`, display
  name, country, publication date, name variants and roles as JSON). Saving an article
  replaces its rows, so nothing is counted twice.
- ``entity_lookups``: every group each contribution can be found in (its surname, its
  folded name, the acronyms an article defined for it).
- ``canonical_entities``, ``entity_variants``, ``person_roles``: aggregates over the
  contributions, by canonical key.
- ``entity_key_counts`` and ``entity_group_bases`` (schema step 6): the counts those
  aggregates are made from, so a save adds its article's new contributions and subtracts
  its old ones instead of re-reading every member of a key: per key, how many members
  have each display name, country, publication date and article; per group, how many
  lookups each base (with each country, ``''`` for none) has there.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, MetaData, String, Table, Text

from accords.store.schema import articles

registry_metadata = MetaData()

entity_contributions = Table(
    "entity_contributions",
    registry_metadata,
    Column("article_id", String, ForeignKey(articles.c.id, ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("type", String, nullable=False),
    Column("base", String, nullable=False),
    Column("grp", String, nullable=False),
    Column("key", String, nullable=False),
    Column("name", Text, nullable=False),
    Column("country", String),
    Column("published", String),
    Column("variants", Text, nullable=False),  # JSON [[variant, count], ...]
    Column("roles", Text, nullable=False),  # JSON [[title, organisation, country, as_of], ...]
    Index("ix_entity_contributions_grp", "grp"),
    Index("ix_entity_contributions_key", "key"),
    Index("ix_entity_contributions_base", "base"),
)

entity_lookups = Table(
    "entity_lookups",
    registry_metadata,
    Column("article_id", String, ForeignKey(articles.c.id, ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("grp", String, primary_key=True),
    Index("ix_entity_lookups_grp", "grp"),
)

canonical_entities = Table(
    "canonical_entities",
    registry_metadata,
    Column("key", String, primary_key=True),
    Column("type", String, nullable=False),
    Column("name", Text, nullable=False),
    Column("country", String),
    Column("first_seen", String),
    Column("last_seen", String),
    Column("articles", Integer, nullable=False),
    Column("mentions", Integer, nullable=False),
    Index("ix_canonical_entities_type", "type"),
)

entity_variants = Table(
    "entity_variants",
    registry_metadata,
    Column("key", String, primary_key=True),
    Column("variant", String, primary_key=True),
    Column("count", Integer, nullable=False),
)

person_roles = Table(
    "person_roles",
    registry_metadata,
    Column("article_id", String, ForeignKey(articles.c.id, ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, primary_key=True, autoincrement=False),  # the entity's position
    Column("role_seq", Integer, primary_key=True, autoincrement=False),
    Column("key", String, nullable=False),
    Column("title", Text, nullable=False),
    Column("organisation", Text),
    Column("country", String),
    Column("as_of", String),
    Index("ix_person_roles_key", "key"),
)

entity_key_counts = Table(
    "entity_key_counts",
    registry_metadata,
    Column("key", String, primary_key=True),
    Column("kind", String, primary_key=True),  # name, country, published or article
    Column("value", String, primary_key=True),
    Column("n", Integer, nullable=False),
)

entity_group_bases = Table(
    "entity_group_bases",
    registry_metadata,
    Column("grp", String, primary_key=True),
    Column("base", String, primary_key=True),
    Column("country", String, primary_key=True),  # '' for a contribution without a country
    Column("n", Integer, nullable=False),
)

REGISTRY_TABLES = (entity_contributions, entity_lookups, canonical_entities, entity_variants, person_roles)
COUNT_TABLES = (entity_key_counts, entity_group_bases)


def create(conn) -> None:
    """Schema step 3: create the registry tables."""
    registry_metadata.create_all(conn, tables=list(REGISTRY_TABLES))


def create_counts(conn) -> None:
    """Schema step 6 (first half): create the count tables; `accords.store.registry` fills them."""
    registry_metadata.create_all(conn, tables=list(COUNT_TABLES))
