"""What a fact needs to be read on its own: its evidence sentence's text, its article's
title, outlet and date, and the names and cross-article keys of the entities it names.

Facts refer to their article by evidence spans and to entities by article-local ids, so a
client would fetch each article to show one fact. `fact_context` answers a whole page in
two statements whatever its length (one for the articles, one for the entities), never one
per fact: the articles' columns and only the stretch of text the page's evidence covers
(SQL ``substr``, so no full text is read), and the entities by (article, id).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from accords.model import Event, Quote
from accords.store.schema import articles, entities as entities_t
from accords.store.when import event_when

#: Articles read by one statement.
_CHUNK = 200


def _home(fact: Any) -> str | None:
    """The article a fact was extracted from: its first evidence span's."""
    return fact.evidence[0].article_id if fact.evidence else None


def entity_ids(fact: Any) -> tuple[str, ...]:
    """The article-local entity ids a fact refers to: an event's actors and recipients, a
    quote's speaker (figures name countries by code, not entities)."""
    if isinstance(fact, Event):
        return tuple(dict.fromkeys((*fact.actors, *fact.recipients)))
    if isinstance(fact, Quote) and fact.speaker:
        return (fact.speaker,)
    return ()


def _windows(conn: Connection, spans: dict[str, tuple[int, int]]) -> dict[str, dict[str, Any]]:
    """Each article's title, outlet, date and its text from `lo` (the start of the chunk's
    earliest span) to the end of the chunk's latest span: one ``IN`` statement per chunk with
    one stretch for all (a statement per article, or a UNION or CASE over them, costs ~0.3 ms
    an article on SQLite; this costs a few ms for 200), and never a text past the last span."""
    found: dict[str, dict[str, Any]] = {}
    ids = sorted(spans)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        lo = min(spans[a][0] for a in chunk)
        hi = max(spans[a][1] for a in chunk)
        statement = select(
            articles.c.id, articles.c.title, articles.c.source, articles.c.published,
            func.substr(articles.c.text, lo + 1, hi - lo).label("window"),
        ).where(articles.c.id.in_(chunk))
        for row in conn.execute(statement).mappings():
            found[row["id"]] = {**row, "lo": lo}
    return found


def _entities(conn: Connection, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], dict[str, Any]]:
    """The entities with these (article id, entity id), by that pair."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    by_article: dict[str, set[str]] = defaultdict(set)
    for article_id, entity_id in wanted:
        by_article[article_id].add(entity_id)
    ids = sorted(by_article)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        names = sorted({e for a in chunk for e in by_article[a]})
        statement = select(
            entities_t.c.article_id, entities_t.c.fact_id, entities_t.c.type, entities_t.c.name,
            entities_t.c.canonical_id, entities_t.c.country,
        ).where(entities_t.c.article_id.in_(chunk), entities_t.c.fact_id.in_(names))
        for row in conn.execute(statement).mappings():
            if row["fact_id"] in by_article[row["article_id"]]:
                found[(row["article_id"], row["fact_id"])] = {
                    "id": row["fact_id"],
                    "key": f"{row['type']}:{row['canonical_id'] or row['name']}",
                    "name": row["name"],
                    "type": row["type"],
                    "country": row["country"],
                }
    return found


def fact_context(conn: Connection, facts: Sequence[Any]) -> list[dict[str, Any]]:
    """For each of `facts` (events, figures, quotes), in order: ``evidence_text`` (its
    evidence spans' text, spaces collapsed, spans joined by a space), ``article`` (id,
    title, source, published; None when the article is gone) and ``entities`` (id, key,
    name, type, country of each entity it refers to, in `entity_ids` order); an event also
    ``when`` (`accords.store.when`: its own date, else its article's day as ``reported``)."""
    spans: dict[str, tuple[int, int]] = {}
    for fact in facts:
        for e in fact.evidence:
            lo, hi = spans.get(e.article_id, (e.start, e.end))
            spans[e.article_id] = (min(lo, e.start), max(hi, e.end))
    windows = _windows(conn, spans) if spans else {}
    wanted = {(home, i) for fact in facts if (home := _home(fact)) for i in entity_ids(fact)}
    named = _entities(conn, wanted) if wanted else {}
    return [_context(fact, windows, named) for fact in facts]


def _context(fact: Any, windows: dict[str, dict[str, Any]], named: dict[tuple[str, str], dict[str, Any]]) -> dict[str, Any]:
    texts: list[str] = []
    for e in fact.evidence:
        window = windows.get(e.article_id)
        if window is not None and window["window"] is not None:
            texts.append(window["window"][e.start - window["lo"] : e.end - window["lo"]])
    home = _home(fact)
    source = windows.get(home) if home else None
    article = (
        {name: source[name] for name in ("id", "title", "source", "published")} if source is not None else None
    )
    refs = [named[(home, i)] for i in entity_ids(fact) if home and (home, i) in named]
    found: dict[str, Any] = {"evidence_text": " ".join(" ".join(texts).split()), "article": article, "entities": refs}
    if isinstance(fact, Event):
        when = event_when(fact, article["published"] if article else None)
        found["when"] = None if when is None else {
            "start": when.start, "end": when.end, "source": when.source, "label": when.label,
        }
    return found


def with_context(conn: Connection, facts: Iterable[Any]) -> list[dict[str, Any]]:
    """Each fact as its record's own fields (nested records as they are) plus its `fact_context`."""
    listed = list(facts)
    return [{**vars(f), **c} for f, c in zip(listed, fact_context(conn, listed))]
