"""The store: articles and their extracted facts in a SQL database.

`Store.open(url)` connects (a SQLite file by default, any SQLAlchemy URL, PostgreSQL for
servers), applies the missing schema migrations and returns a `Store`. Each store has its
own engine; nothing is global, so several stores (or processes) can be open at once.

Writes are transactions: `add_article` stores one article (recognising duplicates and
near-duplicates), `save_extraction` replaces an article's facts with those of a new
extraction, all or nothing. Reads delegate to `accords.store.queries` and return the
frozen records of `accords.model`.

SQLite is set up for a file shared by several processes: WAL journal, foreign keys on,
a busy timeout, and ``BEGIN IMMEDIATE`` for write transactions so two writers queue up
instead of failing half-way.
"""

from __future__ import annotations

import dataclasses
import random
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, UTC
from typing import Any, Literal, TypeVar

from sqlalchemy import create_engine, delete, event, insert, select, tuple_
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, SQLAlchemyError

from accords.errors import NotFoundError, StoreError
from accords.ingest.dedup import NEAR_DUPLICATE_THRESHOLD
from accords.model import Article, Entity, Event, Extraction, Indicator, Quote
from accords.review import verdicts as review
from accords.review.verdicts import Verdict
from accords.store import migrations, neardup, pair_index, queries, registry, rows
from accords.store import verdicts as verdict_log
from accords.store import watchlists as save_log
from accords.store.generation import bump as bump_generation, current as current_generation
from accords.store.schema import FACT_TABLES, article_bands, articles, extractions, fact_countries

DEFAULT_URL = "sqlite:///accords.db"
#: PostgreSQL errors after which a write transaction is run again: serialization_failure,
#: deadlock_detected. The transaction was rolled back whole, so a rerun is safe.
RETRY_SQLSTATES = ("40001", "40P01")
WRITE_ATTEMPTS = 5
T = TypeVar("T")


@dataclass(frozen=True)
class AddResult:
    """What `Store.add_article` did: stored a new article, found it already stored
    (`duplicate_of` is then the stored id), or stored a near-duplicate linked to the
    first copy (`duplicate_of`)."""

    status: Literal["new", "duplicate", "near_duplicate"]
    article_id: str
    duplicate_of: str | None = None


class Store:
    """Articles and facts in one database. Use `Store.open`; close it (or use `with`)."""

    def __init__(self, engine: Engine, *, url: str, near_duplicate_threshold: float):
        self._engine = engine
        self.url = url
        self.near_duplicate_threshold = near_duplicate_threshold

    @classmethod
    def open(
        cls, url: str = DEFAULT_URL, *, near_duplicate_threshold: float = NEAR_DUPLICATE_THRESHOLD
    ) -> Store:
        """Connect to the database at `url` and bring its schema up to date.

        Raises `StoreError` when the URL is invalid, the database cannot be reached, or it
        was written by a newer accords.
        """
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise StoreError(f"invalid database URL {url!r}: {exc}") from exc
        shown = parsed.render_as_string(hide_password=True)
        try:
            engine = create_store_engine(parsed)
        except (ArgumentError, ImportError) as exc:
            raise StoreError(f"cannot use database {shown}: {exc}") from exc
        try:
            migrations.migrate(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise StoreError(f"cannot open database {shown}: {exc}") from exc
        except StoreError:
            engine.dispose()
            raise
        return cls(engine, url=shown, near_duplicate_threshold=near_duplicate_threshold)

    def close(self) -> None:
        """Release the database connections."""
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"

    @property
    def generation(self) -> int:
        """The store's generation (`accords.store.generation`): it changes with every
        committed write, by this process or another."""
        with self._read() as conn:
            return current_generation(conn)

    @property
    def schema_version(self) -> int:
        """The schema version of the database (`migrations.LATEST` once open)."""
        with self._read() as conn:
            return migrations.current_version(conn)

    # --- writes -------------------------------------------------------------------------

    def add_article(self, article: Article, *, signature: Sequence[int] | None = None) -> AddResult:
        """Store an article unless it is already there.

        The same id → ``"duplicate"``, nothing rewritten. With a MinHash `signature`, an
        article at least `near_duplicate_threshold` similar to a stored one is stored with
        `duplicate_of` set to the first copy → ``"near_duplicate"``. An article that
        arrives with `duplicate_of` already set keeps it.
        """
        try:
            with self._write() as conn:
                if _exists(conn, article.id):
                    return AddResult("duplicate", article.id, article.id)
                duplicate_of = article.duplicate_of
                if signature is not None and duplicate_of is None:
                    duplicate_of = _first_copy(conn, signature, self.near_duplicate_threshold)
                row = rows.article_row(dataclasses.replace(article, duplicate_of=duplicate_of))
                row["ingested_at"] = _now()
                row["signature"] = neardup.pack(signature) if signature is not None else None
                conn.execute(insert(articles), row)
                if signature is not None:
                    conn.execute(
                        insert(article_bands),
                        [{"band": b, "bucket": k, "article_id": article.id} for b, k in neardup.buckets(signature)],
                    )
        except StoreError as exc:
            # Another writer stored the same article between our check and insert.
            if isinstance(exc.__cause__, IntegrityError) and self._has_article(article.id):
                return AddResult("duplicate", article.id, article.id)
            raise
        return AddResult("near_duplicate" if duplicate_of else "new", article.id, duplicate_of)

    def save_extraction(self, extraction: Extraction) -> tuple[Verdict, ...]:
        """Store an article's extraction, replacing the facts stored for it before, with the
        analysts' verdicts applied (`accords.review.verdicts.apply`).

        One transaction: the old facts are deleted and the new ones inserted together, so
        saving the same extraction twice changes nothing and a failure part-way leaves the
        previous facts as they were. Every fact row records the pipeline that made it.
        Returns the article's fact verdicts that found no fact in this extraction (lost;
        kept in the log, marked ``held = false``). Raises `NotFoundError` when the article
        is not in the store.
        """
        return self._write_retried(lambda conn: self._save_extraction(conn, extraction))

    def _save_extraction(self, conn: Connection, extraction: Extraction) -> tuple[Verdict, ...]:
        """The body of `save_extraction`, in the transaction `conn` (retried as a whole)."""
        _lock_article(conn, extraction.article_id)
        log = verdict_log.of_article(conn, extraction.article_id)
        reviewed = review.apply(extraction, log)
        verdict_log.mark(conn, reviewed.found)
        _write_facts(conn, reviewed.extraction)
        save_log.record(conn, extraction.article_id, _now())  # what watchlists call new (first save only)
        lost = {verdict_id for verdict_id, fact_id in reviewed.found if fact_id is None}
        return tuple(dataclasses.replace(v, held=False) for v in log if v.id in lost)

    def add_verdict(self, verdict: Verdict) -> Verdict:
        """Append a verdict to the log and apply it to the stored facts, in one transaction;
        the verdict as logged (id, time, held).

        A fact verdict applies to its article's stored facts and must find its fact there
        (else `NotFoundError`, nothing logged). A merge applies to every article with an
        entity of the old key, a split to the articles it names."""
        verdict = dataclasses.replace(verdict, at=verdict.at or _now())
        return self._write_retried(lambda conn: _add_verdict(conn, verdict))

    def verdicts(self, **filters: Any) -> tuple[list[Verdict], int]:
        """The verdict log, newest first, filtered as `accords.store.verdicts.log` says; and the total."""
        with self._read() as conn:
            return verdict_log.log(conn, **filters)

    # --- reads --------------------------------------------------------------------------

    def article(self, article_id: str) -> Article:
        """The article with this id or unique id prefix (≥ 6 characters); else `NotFoundError`."""
        with self._read() as conn:
            return queries.article(conn, article_id)

    def articles(self, *, search: str | None = None, limit: int = 50, offset: int = 0) -> list[Article]:
        """Articles, newest first; with `search`, full-text matches of every word, best first."""
        with self._read() as conn:
            return queries.list_articles(conn, search=search, limit=limit, offset=offset)

    def has_extraction(self, article_id: str) -> bool:
        """Whether facts are stored for this article (an extraction, even an empty one)."""
        with self._read() as conn:
            found = conn.execute(select(extractions.c.article_id).where(extractions.c.article_id == article_id))
            return found.first() is not None

    def pending(self) -> list[str]:
        """Ids of the stored articles still waiting for their facts, in the order they were
        stored: no extraction, and not a near-duplicate copy (those are never extracted).
        An ingest killed between storing an article and saving its facts leaves these, and
        so does ``accords ingest --no-extract``; `accords.service.resume` extracts them."""
        statement = (
            select(articles.c.id)
            .outerjoin(extractions, extractions.c.article_id == articles.c.id)
            .where(extractions.c.article_id.is_(None), articles.c.duplicate_of.is_(None))
            .order_by(articles.c.seq)
        )
        with self._read() as conn:
            return list(conn.execute(statement).scalars())

    def extraction(self, article_id: str) -> Extraction:
        """The stored extraction of an article, equal to the one saved; else `NotFoundError`."""
        with self._read() as conn:
            return queries.extraction(conn, article_id)

    def summary(self) -> dict[str, Any]:
        """Counts of articles, near-duplicates and facts, events by type, top entities, countries."""
        with self._read() as conn:
            return queries.summary(conn)

    def events(
        self,
        *,
        country: str | None = None,
        between: tuple[str, str] | None = None,
        type: str | None = None,  # noqa: A002 - the field's name in the model
        since: str | None = None,
        until: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[Event]:
        """Events, latest first, filtered as `accords.store.queries.events` describes."""
        with self._read() as conn:
            return queries.events(
                conn, country=country, between=between, type=type, since=since, until=until, limit=limit, offset=offset
            )

    def indicators(
        self,
        *,
        country: str | None = None,
        metric: str | None = None,
        kind: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[Indicator]:
        """Indicators, latest period first, filtered as `accords.store.queries.indicators` describes."""
        with self._read() as conn:
            return queries.indicators(conn, country=country, metric=metric, kind=kind, limit=limit, offset=offset)

    def quotes(
        self, *, speaker: str | None = None, country: str | None = None, limit: int = 50, offset: int = 0
    ) -> list[Quote]:
        """Quotes, filtered as `accords.store.queries.quotes` describes."""
        with self._read() as conn:
            return queries.quotes(conn, speaker=speaker, country=country, limit=limit, offset=offset)

    def entities(
        self,
        *,
        type: str | None = None,  # noqa: A002 - the field's name in the model
        search: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[Entity]:
        """Entities as found per article, filtered as `accords.store.queries.entities` describes."""
        with self._read() as conn:
            return queries.entities(conn, type=type, search=search, limit=limit, offset=offset)

    # --- connections --------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self._engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"{self.url}: read failed: {exc}") from exc

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        try:
            with self._engine.connect() as conn:
                conn.execution_options(accords_write=True)
                with conn.begin():
                    yield conn
                    bump_generation(conn)
        except SQLAlchemyError as exc:
            raise StoreError(f"{self.url}: write failed: {exc}") from exc

    def _write_retried(self, work: Callable[[Connection], T]) -> T:
        """Run `work` in a write transaction; when PostgreSQL ends it with a serialisation
        failure or a deadlock (`RETRY_SQLSTATES`, nothing of it committed), run it again from
        the start, up to `WRITE_ATTEMPTS` times, after a short random pause."""
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                with self._write() as conn:
                    return work(conn)
            except StoreError as exc:
                if attempt == WRITE_ATTEMPTS or _sqlstate(exc.__cause__) not in RETRY_SQLSTATES:
                    raise
                time.sleep(random.uniform(0, 0.05 * 2**attempt))
        raise AssertionError("unreachable")

    def _has_article(self, article_id: str) -> bool:
        with self._read() as conn:
            return _exists(conn, article_id)


def _lock_article(conn: Connection, article_id: str) -> None:
    """Lock the article's row for this transaction (a no-op on SQLite, already locked by
    BEGIN IMMEDIATE), so concurrent saves of one article on PostgreSQL queue instead of
    clash; `NotFoundError` when it is not stored."""
    locked = conn.execute(select(articles.c.id).where(articles.c.id == article_id).with_for_update()).first()
    if locked is None:
        raise NotFoundError(f"article {article_id!r} is not in the store; add it before its extraction")


def _write_facts(conn: Connection, extraction: Extraction) -> None:
    """Replace the article's facts by those of `extraction` (reviewed: facts carry their
    review state), with the country and pair index and the entity registry. Rejected facts
    are stored (shown on request) but count in neither the pair index nor the registry."""
    article_id = extraction.article_id
    pipeline = "+".join(extraction.pipeline)
    before = pair_index.stored_contribution(conn, article_id)  # read before the facts go
    for table in (*FACT_TABLES.values(), fact_countries, extractions):
        conn.execute(delete(table).where(table.c.article_id == article_id))
    conn.execute(
        insert(extractions),
        {
            "article_id": article_id,
            "pipeline": rows.dumps(list(extraction.pipeline)),
            "schema": extraction.schema,
            "notes": rows.dumps(list(extraction.notes)),
            "sentences": rows.segments_to_json(extraction.sentences),
            "paragraphs": rows.segments_to_json(extraction.paragraphs),
            "created_at": _now(),
        },
    )
    made: dict[str, list[dict[str, Any]]] = {}
    for field, table in FACT_TABLES.items():
        to_row = rows.CODECS[field][0]
        made[field] = [to_row(article_id, seq, pipeline, fact) for seq, fact in enumerate(getattr(extraction, field))]
        if made[field]:
            conn.execute(insert(table), made[field])
    countries = [
        row
        for field in ("events", "indicators")
        for seq, fact in enumerate(getattr(extraction, field))
        for row in rows.country_rows(article_id, seq, fact)
    ]
    if countries:
        conn.execute(insert(fact_countries), countries)
    # country and pair index, same transaction (see accords.store.pair_index)
    counted = {field: [row for row in made[field] if row["review"] != "rejected"] for field in ("events", "indicators")}
    pair_index.record(conn, article_id, before, counted["events"], counted["indicators"], countries)
    registry.record(conn, review.visible(extraction))  # cross-article entity registry, same transaction


def _add_verdict(conn: Connection, verdict: Verdict) -> Verdict:
    """`Store.add_verdict` in the transaction `conn`: log the verdict and rewrite the facts
    of the articles it applies to."""
    if verdict.action in review.ENTITY_ACTIONS:
        targets = verdict.articles or tuple(verdict_log.articles_with_key(conn, verdict.before["key"]))
        verdict = dataclasses.replace(verdict, id=verdict_log.add(conn, verdict))
        for article_id in targets:
            _lock_article(conn, article_id)
            stored = queries.extraction(conn, article_id)
            _write_facts(conn, review.apply(stored, [verdict]).extraction)
        return verdict
    _lock_article(conn, verdict.article_id or "")
    stored = queries.extraction(conn, verdict.article_id or "")
    reviewed = review.apply(stored, [verdict])
    if reviewed.found[0][1] is None:
        raise NotFoundError(f"no {verdict.kind} {verdict.fact_id!r} in article {verdict.article_id!r} to judge")
    verdict = dataclasses.replace(verdict, held=True)
    verdict = dataclasses.replace(verdict, id=verdict_log.add(conn, verdict))
    _write_facts(conn, reviewed.extraction)
    return verdict


def _sqlstate(error: BaseException | None) -> str | None:
    """The SQLSTATE of a DBAPI error wrapped by SQLAlchemy (psycopg sets ``sqlstate``)."""
    return getattr(getattr(error, "orig", None), "sqlstate", None)


def _exists(conn: Connection, article_id: str) -> bool:
    return conn.execute(select(articles.c.id).where(articles.c.id == article_id)).first() is not None


def _first_copy(conn: Connection, signature: Sequence[int], threshold: float) -> str | None:
    """The first copy of the most similar stored article at or above `threshold`, if any."""
    keys = neardup.buckets(signature)
    if not keys:
        return None
    candidates = (
        select(article_bands.c.article_id)
        .where(tuple_(article_bands.c.band, article_bands.c.bucket).in_(keys))
        .distinct()
    )
    found = conn.execute(
        select(articles.c.id, articles.c.duplicate_of, articles.c.signature, articles.c.seq).where(
            articles.c.id.in_(candidates)
        )
    ).all()
    scored = [
        (neardup.jaccard(signature, neardup.unpack(row.signature)), -row.seq, row.duplicate_of or row.id)
        for row in found
    ]
    best = max(scored, default=None)
    return best[2] if best is not None and best[0] >= threshold else None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


#: Seconds a connection waits for WAL mode while others open the same new database (the busy timeout).
SQLITE_BUSY_SECONDS = 30


def _write_ahead_log(cursor: Any) -> None:
    """Put the connection in WAL mode. Several connections opening the same new database at once
    (four loaders starting together) make SQLite answer "database is locked" at once to all but one
    while that one turns the file to WAL, without waiting on the busy timeout: wait and ask again,
    up to `SQLITE_BUSY_SECONDS`."""
    deadline = time.monotonic() + SQLITE_BUSY_SECONDS
    delay = 0.01
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.25)


def create_store_engine(url: str | Any) -> Engine:
    """An engine for `url` (a string or SQLAlchemy URL) as the store uses it: on SQLite with
    WAL, foreign keys and transactions that include DDL. Used by `Store.open` and tests."""
    url = make_url(url)
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_SECONDS})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so
        # DDL in a migration is transactional too (SQLAlchemy's documented recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        _write_ahead_log(cursor)
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the write lock up front: two writers queue on the busy timeout
        # instead of one failing when it upgrades a read lock.
        write = conn.get_execution_options().get("accords_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine
