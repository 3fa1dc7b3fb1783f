"""The registry in the store: filled on save, idempotent, order-independent, rebuildable.

Extractions are built by hand (no spaCy) and saved on SQLite and, with ACCORDS_TEST_PG_URL,
PostgreSQL.
"""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import select

from accords.errors import NotFoundError
from accords.model import Article, Entity, Evidence, Extraction, Mention, Role
from accords.store import Store, registry
from accords.store.registry_tables import COUNT_TABLES, REGISTRY_TABLES

# article id: (published, [(type, name, country, canonical_id, title, mention texts)])
ARTICLES = {
    "a1": ("2021-03-01", [("PERSON", "Mevlüt Çavuşoğlu", "TUR", None, "Foreign Minister",
                           ["Mevlüt Çavuşoğlu", "Çavuşoğlu"]),
                          ("COUNTRY", "Turkey", "TUR", "TUR", None, ["Turkey", "Turkish"])]),
    "a2": ("2021-09-15", [("PERSON", "Mevlut Cavusoglu", "TUR", None, "Turkish Foreign Minister",
                           ["Mevlut Cavusoglu"]),
                          ("ORG", "Digital Transformation Office", "TUR", None, None, ["Digital Transformation Office"]),
                          ("PERSON", "Ali Taha Koç", "TUR", None, "Digital Transformation Office President",
                           ["Ali Taha Koç"])]),
    "a3": ("2022-01-10", [("PERSON", "Cavusoglu", "TUR", None, None, ["Cavusoglu", "Cavusoglu"]),
                          ("PERSON", "Ali Taha Koch", None, None, None, ["Ali Taha Koch"]),
                          ("ORG", "DTO", None, None, None, ["DTO"])]),
}


def _extraction(article_id: str, specs, *, aliases_for_dto: bool = True) -> Extraction:
    found, mentions = [], []
    offset = 0
    for seq, (type_, name, country, canonical_id, title, texts) in enumerate(specs):
        entity_id = f"{article_id}:e{seq}"
        spans = []
        for text in texts:
            span = Evidence(article_id, offset, offset + len(text))
            spans.append(span)
            mentions.append(Mention(id=f"{entity_id}:m{offset}", text=text, type=type_, evidence=(span,),
                                    entity_id=entity_id))
            offset += len(text) + 1
        aliases = ("DTO",) if aliases_for_dto and name == "Digital Transformation Office" else ()
        found.append(Entity(id=entity_id, type=type_, name=name, evidence=tuple(spans), canonical_id=canonical_id,
                            aliases=aliases, country=country, title=title,
                            roles=(Role(title=title, country=country, as_of=ARTICLES[article_id][0]),) if title else ()))
    return Extraction(article_id=article_id, entities=tuple(found), mentions=tuple(mentions))


def _save(store: Store, order) -> None:
    for article_id in order:
        published, specs = ARTICLES[article_id]
        store.add_article(Article(id=article_id, text="x" * 200, published=published))
        store.save_extraction(_extraction(article_id, specs))


def _snapshot(store: Store) -> dict[str, list]:
    with store._read() as conn:
        return {t.name: sorted(tuple(r) for r in conn.execute(select(t))) for t in (*REGISTRY_TABLES, *COUNT_TABLES)}


def test_one_person_from_three_spellings(store_url):
    with Store.open(store_url) as store:
        _save(store, ["a1", "a2", "a3"])
        person = registry.person(store, "Cavusoglu")
    assert (person.key, person.name, person.country) == ("PERSON:mevlut cavusoglu", "Mevlut Cavusoglu", "TUR")
    assert (person.first_seen, person.last_seen, person.articles, person.mentions) == ("2021-03-01", "2022-01-10", 3, 5)
    assert person.variants == (("Cavusoglu", 2), ("Mevlut Cavusoglu", 1), ("Mevlüt Çavuşoğlu", 1), ("Çavuşoğlu", 1))
    assert [(r.as_of, r.title, r.organisation, r.country, r.article_id) for r in person.roles] == [
        ("2021-03-01", "Foreign Minister", None, "TUR", "a1"),
        ("2021-09-15", "Turkish Foreign Minister", None, "TUR", "a2"),
    ]


def test_organisation_in_title_and_acronym(store_url):
    with Store.open(store_url) as store:
        _save(store, ["a1", "a2", "a3"])
        koc = registry.person(store, "Mr. Ali Taha Koch")
        dto = registry.entity(store, "ORG:TUR:digital transformation office")
        key = registry.canonical_key(store, Entity(id="x", type="ORG", name="DTO", evidence=()))
    assert (koc.key, koc.articles, [(r.title, r.organisation) for r in koc.roles]) == (
        "PERSON:ali taha koc", 2, [("President", "Digital Transformation Office")])
    assert (dto.name, dto.articles, dto.variants) == (
        "Digital Transformation Office", 2, (("DTO", 2), ("Digital Transformation Office", 1)))
    assert key == "ORG:TUR:digital transformation office"


def test_saving_again_counts_nothing_twice(store_url):
    with Store.open(store_url) as store:
        _save(store, ["a1", "a2", "a3"])
        before = _snapshot(store)
        _save(store, ["a3", "a1"])
        assert _snapshot(store) == before


def test_replacing_an_extraction_removes_its_old_contribution(store_url):
    with Store.open(store_url) as store:
        _save(store, ["a1", "a2", "a3"])
        store.save_extraction(_extraction("a2", ARTICLES["a2"][1], aliases_for_dto=False))
        assert registry.entity(store, "ORG:-:dto").articles == 1  # no article defines DTO any more
        assert registry.person(store, "Cavusoglu").articles == 3
        store.save_extraction(Extraction(article_id="a3"))
        assert registry.person(store, "Cavusoglu").variants == (
            ("Mevlut Cavusoglu", 1), ("Mevlüt Çavuşoğlu", 1), ("Çavuşoğlu", 1))
        with pytest.raises(NotFoundError, match="no canonical entity 'ORG:-:dto'"):
            registry.entity(store, "ORG:-:dto")


@pytest.mark.parametrize("order", list(itertools.permutations(["a1", "a2", "a3"])),
                         ids=lambda order: "-".join(order))
def test_any_order_and_rebuild_give_the_same_registry(tmp_path, order):
    with Store.open(f"sqlite:///{tmp_path / 'in-order.db'}") as reference:
        _save(reference, ["a1", "a2", "a3"])
        expected = _snapshot(reference)
    with Store.open(f"sqlite:///{tmp_path / 'shuffled.db'}") as store:
        _save(store, order)
        assert _snapshot(store) == expected
        assert registry.consolidate(store) == len(expected["canonical_entities"])
        assert _snapshot(store) == expected


def test_rebuild_on_postgresql_equals_incremental(store_url):
    with Store.open(store_url) as store:
        _save(store, ["a3", "a1", "a2"])
        incremental = _snapshot(store)
        registry.consolidate(store)
        assert _snapshot(store) == incremental


# each step: (article id, what is saved for it: "same" = its extraction again, "no-dto" =
# without the DTO alias, "empty" = no facts at all)
EDITS = [("a2", "same"), ("a2", "no-dto"), ("a1", "empty"), ("a2", "empty"), ("a1", "same"), ("a2", "same"),
         ("a3", "empty"), ("a3", "same")]


@pytest.mark.parametrize("steps", [EDITS[:2], EDITS[:4], EDITS], ids=["resave-replace", "remove", "remove-restore"])
def test_resaving_replacing_and_removing_keep_incremental_equal_to_rebuild(store_url, steps):
    with Store.open(store_url) as store:
        _save(store, ["a1", "a2", "a3"])
        for article_id, edit in steps:
            specs = ARTICLES[article_id][1]
            store.save_extraction(Extraction(article_id=article_id) if edit == "empty"
                                  else _extraction(article_id, specs, aliases_for_dto=edit != "no-dto"))
            incremental = _snapshot(store)
            registry.consolidate(store)
            assert _snapshot(store) == incremental, (article_id, edit)
        final = {row.key: (row.articles, row.mentions) for row in registry.entities(store, limit=100)}
    expected = {
        "resave-replace": {"PERSON:mevlut cavusoglu": (3, 5), "ORG:-:dto": (1, 1)},
        "remove": {"PERSON:cavusoglu": (1, 2), "ORG:-:dto": (1, 1)},
        "remove-restore": {"PERSON:mevlut cavusoglu": (3, 5), "ORG:TUR:digital transformation office": (2, 3)},
    }[{2: "resave-replace", 4: "remove", len(EDITS): "remove-restore"}[len(steps)]]
    assert {key: final.get(key) for key in expected} == expected


def test_unknown_and_ambiguous_people_are_refused(store_url):
    with Store.open(store_url) as store:
        _save(store, ["a1"])
        with pytest.raises(NotFoundError, match="no person named 'Aliyev' in the registry"):
            registry.person(store, "Aliyev")


def test_schema_step_6_fills_the_counts_from_stored_contributions(store_url):
    from accords.store import migrations
    from accords.store.schema import schema_version

    with Store.open(store_url) as store:
        _save(store, ["a1", "a2", "a3"])
        expected = _snapshot(store)
        with store._write() as conn:  # back to a version-5 database that has a registry
            for table in COUNT_TABLES:
                table.drop(conn)
            conn.execute(schema_version.delete().where(schema_version.c.version >= 6))
    with Store.open(store_url) as store:
        assert store.schema_version == migrations.LATEST
        assert _snapshot(store) == expected
