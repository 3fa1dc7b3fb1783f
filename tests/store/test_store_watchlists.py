"""The save log and the watchlists table (schema step 9), on SQLite and PostgreSQL: an
article is logged at its first save only, a database of version 8 gets the log filled in
the order articles were stored, and watchlists keep their query, cursor and statuses."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import insert

from accords.errors import NotFoundError, StoreError
from accords.model import Article, Entity, Event, Evidence, Extraction
from accords.store import Store, migrations, schema
from accords.store import watchlists as saved
from accords.store.store import create_store_engine


def _article(n: int) -> Article:
    return Article(id=f"{n:016x}", text=f"Azerbaijan and Turkey signed roadmap number {n}.", published="2024-05-0{n}")


def _extraction(article: Article, stage: str = "events.v2") -> Extraction:
    event = Event(id=f"{article.id}:event:1", type="SUPPORT", mode="sign", actor_countries=("AZE", "TUR"),
                  evidence=(Evidence(article.id, 0, len(article.text)),), stage=stage)
    return Extraction(article_id=article.id, pipeline=(stage,), events=(event,))


def _log(store: Store) -> list[tuple[int, str]]:
    return [(s.id, s.article_id) for s in saved.reading(store, lambda conn: saved.saved_after(conn, 0, limit=100))]


def test_articles_are_logged_in_the_order_of_their_first_save(store):
    first, second = _article(1), _article(2)
    for article in (first, second):
        store.add_article(article)
    store.save_extraction(_extraction(second))
    store.save_extraction(_extraction(first))
    store.save_extraction(_extraction(second, stage="events.v3"))  # a re-extraction is no news
    assert _log(store) == [(1, second.id), (2, first.id)]
    assert saved.reading(store, saved.head) == 2
    latest = saved.reading(store, lambda conn: saved.saved_latest(conn, limit=1))
    assert [(s.id, s.article_id) for s in latest] == [(2, first.id)]


def test_an_article_stored_without_its_facts_is_not_logged(store):
    store.add_article(_article(1))
    assert _log(store) == [] and saved.reading(store, saved.head) == 0


def test_version_8_database_gets_the_log_of_the_extracted_articles(store_url):
    engine = create_store_engine(store_url)
    try:
        assert migrations.migrate(engine, target=8) == 8
        with engine.begin() as conn:
            for n, extracted in ((1, True), (2, False), (3, True)):
                article = _article(n)
                conn.execute(insert(schema.articles).values(id=article.id, text=article.text, ingested_at="2024-01-01"))
                if extracted:
                    conn.execute(insert(schema.extractions).values(
                        article_id=article.id, pipeline="[]", schema="1", notes="[]", sentences="[]", paragraphs="[]",
                        created_at=f"2024-01-0{n}T00:00:00+00:00",
                    ))
    finally:
        engine.dispose()
    with Store.open(store_url) as store:
        assert store.schema_version == migrations.LATEST
        assert _log(store) == [(1, _article(1).id), (2, _article(3).id)]


def test_watchlist_rows_round_trip_and_the_cursor_never_moves_back(store):
    row = saved.Watchlist("aze-tur", {"pair": ["AZE", "TUR"], "kinds": ["events"]}, 3, {"commitment:1": "pending"},
                             "https://example.org/hook", "s" * 32)
    saved.writing(store, lambda conn: saved.add(conn, row))
    found = saved.reading(store, lambda conn: saved.get(conn, "aze-tur"))
    assert dataclasses.replace(found, created_at="") == row and found.created_at
    saved.writing(store, lambda conn: saved.advance(conn, "aze-tur", cursor=7, statuses={"commitment:1": "met"}))
    saved.writing(store, lambda conn: saved.advance(conn, "aze-tur", cursor=5, statuses={"commitment:1": "met"}))
    found = saved.reading(store, lambda conn: saved.get(conn, "aze-tur"))
    assert (found.cursor, found.statuses, found.seen_at is not None) == (7, {"commitment:1": "met"}, True)
    with pytest.raises(StoreError, match="a watchlist named 'aze-tur' exists"):
        saved.writing(store, lambda conn: saved.add(conn, row))
    saved.writing(store, lambda conn: saved.remove(conn, "aze-tur"))
    with pytest.raises(NotFoundError, match="no watchlist named 'aze-tur'; there are none"):
        saved.reading(store, lambda conn: saved.get(conn, "aze-tur"))


PEOPLE = Extraction(
    article_id="d" * 16,
    entities=(
        Entity(id="p1", type="PERSON", name="Ilham Aliyev", evidence=(Evidence("d" * 16, 0, 5),), aliases=("Aliyev",)),
        Entity(id="p2", type="PERSON", name="Ebrahim Raisi", evidence=(Evidence("d" * 16, 0, 5),)),
        Entity(id="r1", type="PROJECT", name="TANAP", evidence=(Evidence("d" * 16, 0, 5),)),
    ),
    events=(
        Event(id="e1", type="CONSULT", evidence=(Evidence("d" * 16, 0, 5),), actors=("p1",), recipients=("p2",),
              actor_countries=("AZE",), recipient_countries=("IRN",), object="the Rasht-Astara railway"),
        Event(id="e2", type="COOPERATE", evidence=(Evidence("d" * 16, 0, 5),), actors=("r1",),
              actor_countries=("AZE", "TUR"), object="gas supplies"),
        Event(id="e3", type="AGREE", evidence=(Evidence("d" * 16, 0, 5),), actors=("p11",),
              actor_countries=("AZE",), object="a memorandum"),
    ),
)


@pytest.mark.parametrize(("filters", "expected"), [
    ({"person": "aliyev"}, ["e1"]),
    ({"person": "RAISI"}, ["e1"]),
    ({"person": "Erdogan"}, []),
    ({"project": "rasht-astara"}, ["e1"]),
    ({"project": "tanap"}, ["e2"]),
    ({"project": "tanap", "pair": ("AZE", "TUR")}, ["e2"]),
    ({"person": "aliyev", "pair": ("AZE", "TUR")}, []),
], ids=["actor-alias", "recipient-any-case", "nobody", "object-text", "project-side", "project-and-pair",
        "person-outside-the-pair"])
def test_events_by_person_and_project(store, filters, expected):
    """The watchlists' person and project filters of the event listings (an entity id that
    merely starts like another, p11 and p1, is no match)."""
    from accords.service import queries

    store.add_article(Article(id="d" * 16, text="Aliyev met Raisi."))
    store.save_extraction(PEOPLE)
    assert [e.id for e in queries.events(store, **filters).items] == expected


def test_a_first_save_waits_for_the_one_before_to_commit(store_url):
    """Log ids become visible in their order: while one writer's first save is logged and
    not committed, the next writer's waits (so no reader can pass an id still to come)."""
    import threading
    import time

    with Store.open(store_url) as store:
        for n in (1, 2):
            store.add_article(_article(n))
    engine = create_store_engine(store_url)
    done: list[str] = []
    try:
        with engine.connect() as first:
            first.execution_options(accords_write=True)
            first.begin()
            saved.record(first, _article(1).id, "2024-01-01T00:00:00+00:00")

            def second() -> None:
                with engine.connect() as conn:
                    conn.execution_options(accords_write=True)
                    with conn.begin():
                        saved.record(conn, _article(2).id, "2024-01-01T00:00:01+00:00")
                done.append("second")

            thread = threading.Thread(target=second)
            thread.start()
            time.sleep(0.5)
            assert done == []
            first.commit()
        thread.join(10)
        assert done == ["second"]
    finally:
        engine.dispose()
    with Store.open(store_url) as store:
        assert _log(store) == [(1, _article(1).id), (2, _article(2).id)]


def test_alerts_on_this_database(store):
    """The whole look on each database: new facts of a pair after the cursor, marked seen,
    a commitment going from pending to met, the feed's latest matches."""
    import datetime as dt

    from accords import alerts
    from accords.model import Indicator

    def article(n: int, published: str) -> Article:
        store.add_article(Article(id=f"{n:016x}", text="Azerbaijan and Turkey: trade.", published=published))
        return Article(id=f"{n:016x}", text="", published=published)

    def figure(a: Article, kind: str, value: float) -> Indicator:
        return Indicator(id=f"{a.id}:indicator:{kind}", metric="trade_turnover", value=value, unit="USD",
                         subjects=("AZE", "TUR"), period=("2023-01-01", "2023-12-31"), kind=kind,
                         evidence=(Evidence(a.id, 0, 10),))

    first = article(1, "2022-01-10")
    store.save_extraction(dataclasses.replace(_extraction(first), indicators=(figure(first, "target", 15e9),)))
    alerts.add_watchlist(store, "aze-tur", alerts.make_query(pair=("AZE", "TUR"), kinds=["events", "commitments"]),
                         today=dt.date(2022, 6, 1))
    assert list(alerts.watchlist(store, "aze-tur").statuses.values()) == ["pending"]
    second = article(2, "2024-02-01")
    store.save_extraction(dataclasses.replace(_extraction(second), indicators=(figure(second, "actual", 16e9),)))
    batch = alerts.new_alerts(store, "aze-tur", today=dt.date(2024, 2, 2))
    assert [(a.kind, a.article_id) for a in batch.alerts] == [("event", second.id)]
    assert [(c.before, c.after) for c in batch.changes] == [("pending", "met")] and batch.cursor == 2
    alerts.mark_seen(store, batch)
    assert len(alerts.new_alerts(store, "aze-tur", today=dt.date(2024, 2, 2))) == 0
    _found, entries = alerts.recent(store, "aze-tur")
    assert [a.article_id for a in entries] == [second.id, first.id]
