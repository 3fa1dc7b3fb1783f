"""Four loaders saving at once leave the store exactly as one loader does: same facts, same
entity registry and counts (PostgreSQL, where writers really run side by side; on SQLite
they queue on the write lock).

Extractions are built by hand (no spaCy): many articles name the same people and bodies in
different spellings, so every save touches counts and canonical rows other saves touch too.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from accords.model import Article, Entity, Evidence, Extraction, Mention, Role
from accords.store import Store
from accords.store.registry_tables import COUNT_TABLES, REGISTRY_TABLES
from accords.store.schema import entities as entities_t
from accords.store.schema import extractions as extractions_t

# (type, spellings, country, canonical id, title)
NAMES = [
    ("PERSON", ("Mevlüt Çavuşoğlu", "Mevlut Cavusoglu", "Cavusoglu"), "TUR", None, "Foreign Minister"),
    ("PERSON", ("Ali Taha Koç", "Ali Taha Koch"), "TUR", None, "Digital Transformation Office President"),
    ("PERSON", ("Jeyhun Bayramov", "Bayramov"), "AZE", None, "Foreign Minister"),
    ("ORG", ("Digital Transformation Office", "DTO"), "TUR", None, None),
    ("COUNTRY", ("Turkey", "Türkiye"), "TUR", "TUR", None),
    ("COUNTRY", ("Azerbaijan",), "AZE", "AZE", None),
    ("COUNTRY", ("Iran",), "IRN", "IRN", None),
]
LOADERS = 4
ARTICLES = 48
#: Seconds a loader waits for the others at the start line, and the test for all of them: a
#: loader that fails before the start breaks the barrier, so the test reports its error
#: instead of hanging (a CI run once hung here for 15 minutes with no output).
START_TIMEOUT = 120
RUN_TIMEOUT = 600


def _extraction(n: int) -> tuple[Article, Extraction]:
    article_id = f"{n:016x}"
    published = f"2021-{n % 12 + 1:02d}-{n % 27 + 1:02d}"
    found, mentions, offset = [], [], 0
    for seq, k in enumerate(sorted({n % 7, (n * 3 + 1) % 7, (n * 5 + 2) % 7})):
        type_, spellings, country, canonical_id, title = NAMES[k]
        name = spellings[n % len(spellings)]
        entity_id = f"{article_id}:e{seq}"
        span = Evidence(article_id, offset, offset + len(name))
        offset += len(name) + 1
        mentions.append(Mention(id=f"{entity_id}:m0", text=name, type=type_, evidence=(span,), entity_id=entity_id))
        found.append(Entity(id=entity_id, type=type_, name=name, evidence=(span,), canonical_id=canonical_id,
                            aliases=("DTO",) if name == "Digital Transformation Office" else (),
                            country=country if n % 4 else None, title=title if n % 3 else None,
                            roles=(Role(title=title, country=country, as_of=published),) if title and n % 3 else ()))
    article = Article(id=article_id, text=f"article {n} " + "x" * 200, published=published)
    return article, Extraction(article_id=article_id, entities=tuple(found), mentions=tuple(mentions))


def _load(url: str, items: list[tuple[Article, Extraction]], start: threading.Barrier | None = None) -> None:
    try:
        opened = Store.open(url)
    except BaseException:
        if start is not None:
            start.abort()  # the others stop waiting: BrokenBarrierError, reported with this error
        raise
    with opened as store:
        if start is not None:
            start.wait()
        for article, extraction in items:
            store.add_article(article)
            store.save_extraction(extraction)


def _snapshot(url: str) -> dict[str, list]:
    with Store.open(url) as store, store._read() as conn:  # noqa: SLF001
        found = {t.name: sorted(tuple(r) for r in conn.execute(select(t))) for t in (*REGISTRY_TABLES, *COUNT_TABLES)}
        found["facts"] = [conn.execute(select(func.count()).select_from(t)).scalar() for t in (entities_t, extractions_t)]
    return found


@pytest.fixture
def twin_url(store_url: str, tmp_path) -> Iterator[str]:
    """A second empty database of the same kind as `store_url` (the single loader's)."""
    if store_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'single.db'}"
        return
    schema = f"accords_twin_{uuid.uuid4().hex[:12]}"
    admin = create_engine(store_url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield make_url(store_url).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def test_four_concurrent_loaders_equal_one(store_url, twin_url):
    items = [_extraction(n) for n in range(ARTICLES)]
    _load(twin_url, items)
    start = threading.Barrier(LOADERS, timeout=START_TIMEOUT)
    errors: list[BaseException] = []

    def loader(part: int) -> None:
        try:
            _load(store_url, items[part::LOADERS], start)
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=loader, args=(part,)) for part in range(LOADERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=RUN_TIMEOUT)
    assert not [t for t in threads if t.is_alive()], f"loaders still running after {RUN_TIMEOUT} s"
    assert errors == []
    single, concurrent = _snapshot(twin_url), _snapshot(store_url)
    assert single["facts"] == [sum(len(e.entities) for _, e in items), ARTICLES]
    assert single["canonical_entities"]
    assert concurrent == single


class _Conflict(Exception):
    sqlstate = "40001"  # what psycopg sets on a serialization failure


def test_a_save_ended_by_a_serialisation_failure_is_run_again(store, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from accords.store import registry

    article, extraction = _extraction(1)
    store.add_article(article)
    calls = {"n": 0}
    real = registry.record

    def conflicting(conn, extraction):
        calls["n"] += 1
        if calls["n"] == 1:  # after the facts were written: all of it must roll back and rerun
            raise OperationalError("UPDATE ...", {}, _Conflict("could not serialize access"))
        real(conn, extraction)

    monkeypatch.setattr(registry, "record", conflicting)
    store.save_extraction(extraction)
    assert calls["n"] == 2
    assert store.extraction(article.id).entities == extraction.entities
