"""Watchlists and alerts: a saved query and what is new for it since the last look.

A watchlist is a name, a `WatchQuery` (a pair, a country, a person, a project, an event
type, and the kinds of fact to watch, commitments among them), a cursor, the commitment
statuses last seen, and optionally a webhook URL with its shared secret
(`accords.store.watchlists` keeps them).

What is new: the facts of the articles whose facts were stored after the cursor (the
store's save log: insertion order, not the events' dates) that the query matches, and the
commitments in its scope whose status changed since the statuses seen (pending → met or
missed, or a commitment that was not there). Matching goes through the query layer
(`accords.service.queries`: the same filters as ``accords events --between A B --type T``,
over the articles logged since), and the query's values through `accords.service.filters`, as every
CLI option is checked.

`new_alerts` reads what is new without moving the cursor; `mark_seen` moves it. `recent`
gives the latest matches whatever the cursor (the Atom feed: feed readers keep their own
track). `accords.alerts.webhook` signs and sends a batch; `after_poll` is what
`accords watch` runs after each poll.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from accords.commitments import Commitment
from accords.errors import AccordsError
from accords.model import EVENT_TYPES, Article, Event, Indicator, Quote, Segment, to_dict
from accords.service import filters, queries
from accords.store import Store
from accords.store import views
from accords.store import watchlists as saved
from accords.store.watchlists import Watchlist
from accords.store.when import event_when
from accords.urls import BadURL, check_http_url

#: The kinds of fact a watchlist can watch; the first three are fact lists, the last the
#: status changes of the commitments in the query's scope.
WATCH_KINDS = ("events", "quotes", "indicators", "commitments")
#: A watchlist's name: letters, digits, ``-`` and ``_`` (it is a path segment of the feed).
NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
#: Articles read per look; more wait for the next look (`AlertBatch.more`).
MAX_ARTICLES = 500
#: Articles one query of the query layer covers, and its page size.
CHUNK = 200
PAGE = 500
#: Which kinds each filter can narrow: a filter that cannot narrow a kind leaves it out.
_NARROWS = {
    "type": ("events",),
    "project": ("events",),
    "person": ("events", "quotes"),
}


class WatchlistError(AccordsError):
    """A watchlist cannot be made as asked; the message says why, `field` which value
    (name, webhook, secret, kinds, person, project, min_confidence)."""

    def __init__(self, message: str, *, field: str):
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class WatchQuery:
    """What a watchlist watches. Every filter given must hold (AND); `kinds` are the kinds of
    fact reported. Codes are the store's (checked by `make_query`)."""

    pair: tuple[str, str] | None = None
    country: str | None = None
    person: str | None = None
    project: str | None = None
    type: str | None = None  # noqa: A003 - the event field's name
    kinds: tuple[str, ...] = ("events", "quotes", "indicators")
    min_confidence: float | None = None

    def to_dict(self) -> dict[str, Any]:
        found: dict[str, Any] = {k: v for k, v in to_dict(self).items() if v is not None}
        return found

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WatchQuery:
        pair = data.get("pair")
        return cls(
            pair=(pair[0], pair[1]) if pair else None,
            country=data.get("country"),
            person=data.get("person"),
            project=data.get("project"),
            type=data.get("type"),
            kinds=tuple(data.get("kinds", ())),
            min_confidence=data.get("min_confidence"),
        )

    def describe(self) -> str:
        """The query as a line: ``pair AZE-TUR, type SUPPORT; events, quotes``."""
        parts = [f"pair {'-'.join(self.pair)}"] if self.pair else []
        parts += [f"{name} {value}" for name in ("country", "person", "project", "type")
                  if (value := getattr(self, name)) is not None]
        if self.min_confidence is not None:
            parts.append(f"confidence >= {self.min_confidence:g}")
        return f"{', '.join(parts) or 'everything'}; {', '.join(self.kinds)}"


@dataclass(frozen=True)
class Alert:
    """A new fact for a watchlist: the fact, its article, the evidence sentence, and when
    its facts were stored (`log_id` orders alerts)."""

    kind: str  # event, quote or indicator
    fact: Any
    article_id: str
    title: str | None
    url: str | None
    published: str | None
    saved_at: str
    log_id: int
    evidence_text: str
    sentence: int | None  # the evidence sentence's number on the article page (anchor ``s<n>``)

    @property
    def path(self) -> str:
        """The fact's evidence on the dashboard: the article page at its sentence."""
        from urllib.parse import quote

        anchor = f"#s{self.sentence}" if self.sentence is not None else ""
        return f"/article/{quote(self.article_id, safe='')}{anchor}"

    @property
    def headline(self) -> str:
        """One line saying what the fact is."""
        return headline(self.kind, self.fact, self.published)


@dataclass(frozen=True)
class CommitmentChange:
    """A commitment whose status changed since the last look (`before` None: a new one)."""

    commitment: Commitment
    before: str | None
    after: str

    @property
    def headline(self) -> str:
        c = self.commitment
        subjects = "-".join(c.subjects) or "?"
        by = f" by {c.deadline}" if c.deadline else ""
        change = f"{self.before} -> {self.after}" if self.before else f"new, {self.after}"
        return f"commitment {c.metric} {subjects}: {amount(c.value, c.unit)}{by}: {change}"


@dataclass(frozen=True)
class AlertBatch:
    """What is new for a watchlist: alerts in save order, commitment changes, the save-log id
    read up to (`cursor`), the commitment statuses now, and whether more articles wait."""

    watchlist: str
    alerts: tuple[Alert, ...]
    changes: tuple[CommitmentChange, ...]
    cursor: int
    statuses: dict[str, str]
    more: bool = False

    def __len__(self) -> int:
        return len(self.alerts) + len(self.changes)


# --- making and reading watchlists --------------------------------------------------------


def make_query(
    *,
    pair: tuple[str, str] | None = None,
    country: str | None = None,
    person: str | None = None,
    project: str | None = None,
    type: str | None = None,  # noqa: A002 - the event field's name
    kinds: Iterable[str] | None = None,
    min_confidence: float | None = None,
) -> WatchQuery:
    """A checked `WatchQuery`: countries through `filters.country` (codes, names, acronyms),
    the type and kinds through `filters.one_of`. Without `kinds`, every fact kind the
    filters can narrow. `FilterError` naming the value; `WatchlistError` for a kind the
    filters cannot narrow (``--type`` with quotes). `min_confidence` (0 to 1) keeps the
    facts at least that sure (commitments are not facts: it leaves them alone)."""
    checked_pair = (filters.country(pair[0]), filters.country(pair[1])) if pair else None
    found_type = filters.one_of(type, EVENT_TYPES) if type is not None else None
    given = {"type": found_type, "project": _text("project", project), "person": _text("person", person)}
    narrowing = [name for name, value in given.items() if value is not None]
    applicable = [k for k in WATCH_KINDS[:3] if all(k in _NARROWS[name] for name in narrowing)]
    if kinds is None or not tuple(kinds):
        chosen = tuple(applicable)
    else:
        chosen = tuple(dict.fromkeys(filters.one_of(k, WATCH_KINDS) for k in kinds))
        for kind in chosen:
            if kind != "commitments" and kind not in applicable:
                blocking = next(name for name in narrowing if kind not in _NARROWS[name])
                raise WatchlistError(f"{kind} cannot be narrowed by {blocking}; {blocking} applies to "
                                     f"{' and '.join(_NARROWS[blocking])}", field="kinds")
            if kind == "commitments" and narrowing:
                raise WatchlistError(f"commitments are watched by country or pair only, not by {narrowing[0]}",
                                     field="kinds")
    if min_confidence is not None and not 0 <= min_confidence <= 1:
        raise WatchlistError(f"{min_confidence!r} is not a confidence from 0 to 1", field="min_confidence")
    return WatchQuery(
        pair=checked_pair, country=filters.country(country) if country is not None else None,
        person=given["person"], project=given["project"], type=found_type, kinds=chosen, min_confidence=min_confidence,
    )


def _text(name: str, value: str | None) -> str | None:
    if value is None:
        return None
    text = " ".join(value.split())
    if not text or len(text) > 200:
        raise WatchlistError(f"{value!r} is not a name to look for (1 to 200 characters)", field=name)
    return text


def add_watchlist(
    store: Store,
    name: str,
    query: WatchQuery,
    *,
    webhook_url: str | None = None,
    secret: str | None = None,
    backfill: bool = False,
    today: dt.date | None = None,
) -> Watchlist:
    """Save a watchlist. It starts at the end of the save log (what is stored now is seen),
    or with `backfill` at its start (everything stored is new). A webhook needs an http(s)
    URL; without `secret` one is made (read it back from the returned watchlist).
    `WatchlistError` for a bad name, URL or secret; `StoreError` when the name is taken."""
    if not NAME.match(name):
        raise WatchlistError(f"{name!r} is not a watchlist name: 1 to 64 letters, digits, '-' or '_', "
                             "starting with a letter or digit", field="name")
    if webhook_url is not None:
        try:
            check_http_url(webhook_url)
        except BadURL as exc:
            raise WatchlistError(f"not a webhook URL: {exc}", field="webhook") from exc
        if secret is not None and len(secret) < 16:
            raise WatchlistError("the webhook secret must be at least 16 characters", field="secret")
        secret = secret or secrets.token_hex(32)
    elif secret is not None:
        raise WatchlistError("a secret is for a webhook: give the webhook URL too", field="secret")
    cursor = 0 if backfill else saved.reading(store, saved.head)
    statuses = {} if backfill or "commitments" not in query.kinds else _statuses(_commitments(store, query, today))
    row = Watchlist(name, query.to_dict(), cursor, statuses, webhook_url, secret)
    saved.writing(store, lambda conn: saved.add(conn, row))
    return watchlist(store, name)


def watchlist(store: Store, name: str) -> Watchlist:
    """The watchlist called `name`; `NotFoundError` naming those there are."""
    return _from_row(saved.reading(store, lambda conn: saved.get(conn, name)))


def watchlists(store: Store) -> list[Watchlist]:
    """Every watchlist, by name."""
    return [_from_row(row) for row in saved.reading(store, saved.all_rows)]


def remove_watchlist(store: Store, name: str) -> None:
    """Delete a watchlist; `NotFoundError` when there is none of that name."""
    saved.writing(store, lambda conn: saved.remove(conn, name))


def _from_row(row: Watchlist) -> Watchlist:
    return replace(row, query=WatchQuery.from_dict(row.query), statuses=dict(row.statuses))


# --- what is new ----------------------------------------------------------------------------


def new_alerts(
    store: Store, name: str, *, today: dt.date | None = None, max_articles: int = MAX_ARTICLES
) -> AlertBatch:
    """What is new for the watchlist since its cursor (at most `max_articles` articles read;
    `more` says whether others wait). Reads only: `mark_seen` moves the cursor."""
    found = watchlist(store, name)
    logged = saved.reading(store, lambda conn: saved.saved_after(conn, found.cursor, limit=max_articles + 1))
    more = len(logged) > max_articles
    logged = logged[:max_articles]
    alerts = _matching(store, found.query, logged)
    cursor = logged[-1].id if logged else found.cursor
    changes: list[CommitmentChange] = []
    statuses = dict(found.statuses)
    if "commitments" in found.query.kinds:
        current = _commitments(store, found.query, today)
        changes = [
            CommitmentChange(c, found.statuses.get(c.id), c.status)
            for c in current if found.statuses.get(c.id) != c.status
        ]
        statuses = _statuses(current)
    return AlertBatch(found.name, tuple(alerts), tuple(changes), cursor, statuses, more)


def mark_seen(store: Store, batch: AlertBatch) -> None:
    """Move the watchlist's cursor to what `batch` read, and keep its commitment statuses."""
    saved.writing(store, lambda conn: saved.advance(conn, batch.watchlist, cursor=batch.cursor, statuses=batch.statuses))


def mark_seen_to(store: Store, name: str, cursor: int, *, today: dt.date | None = None) -> Watchlist:
    """Mark the watchlist seen up to the save-log id `cursor` (the `cursor` of a batch read
    before; past the end of the log counts as the end) and its commitments as they stand
    now: what a client of the API does after reading ``/alerts``."""
    found = watchlist(store, name)
    head = saved.reading(store, saved.head)
    statuses = _statuses(_commitments(store, found.query, today)) if "commitments" in found.query.kinds else {}
    saved.writing(store, lambda conn: saved.advance(conn, name, cursor=min(cursor, head), statuses=statuses))
    return watchlist(store, name)


def recent(store: Store, name: str, *, limit: int = 50, max_articles: int = MAX_ARTICLES) -> tuple[Watchlist, list[Alert]]:
    """The watchlist and its latest `limit` matches, latest stored first, whatever its cursor
    (among the last `max_articles` articles stored): what its Atom feed lists."""
    found = watchlist(store, name)
    latest = saved.reading(store, lambda conn: saved.saved_latest(conn, limit=max_articles))
    alerts: list[Alert] = []
    for start in range(0, len(latest), CHUNK):
        alerts.extend(_matching(store, found.query, latest[start : start + CHUNK]))
        if len(alerts) >= limit:
            break
    return found, alerts[:limit]


def _matching(store: Store, query: WatchQuery, entries: Sequence[saved.Saved]) -> list[Alert]:
    """The facts of the logged articles `entries` that `query` matches, through the query
    layer (`CHUNK` articles a query), in the order of `entries`, then events, quotes, figures."""
    position = {entry.article_id: n for n, entry in enumerate(entries)}
    sides: dict[str, Any] = {"pair": query.pair, "country": query.country, "min_confidence": query.min_confidence}
    found: list[tuple[str, Any]] = []
    for start in range(0, len(entries), CHUNK):
        chunk = {"article_ids": tuple(e.article_id for e in entries[start : start + CHUNK]), **sides}
        if "events" in query.kinds:
            found += [("event", e) for e in _every(queries.events, store, type=query.type, person=query.person,
                                                   project=query.project, **chunk)]
        if "quotes" in query.kinds:
            found += [("quote", q) for q in _every(queries.quotes, store, speaker=query.person, **chunk)]
        if "indicators" in query.kinds:
            found += [("indicator", i) for i in _every(queries.indicators, store, **chunk)]
    if not found:
        return []
    kinds = ("event", "quote", "indicator")
    found.sort(key=lambda item: (position[_article_of(item[1])], kinds.index(item[0])))  # stable: the query's order
    ids = sorted({_article_of(fact) for _kind, fact in found})
    articles, sentences = saved.reading(store, lambda conn: (views.articles_by_id(conn, ids), saved.sentences(conn, ids)))
    by_id = {entry.article_id: entry for entry in entries}
    return [
        _alert(kind, fact, articles[_article_of(fact)], sentences.get(_article_of(fact), ()), by_id[_article_of(fact)])
        for kind, fact in found
    ]


def _every(listing: Any, store: Store, **filters: Any) -> Iterable[Any]:
    """Every item of a query-layer listing under `filters`, page after page by cursor."""
    page = listing(store, limit=PAGE, **filters)
    yield from page.items
    while page.next is not None:
        page = listing(store, limit=PAGE, cursor=page.next, **filters)
        yield from page.items


def _article_of(fact: Any) -> str:
    article_id: str = fact.evidence[0].article_id
    return article_id


def _alert(kind: str, fact: Any, article: Article, sentences: Sequence[Segment], entry: saved.Saved) -> Alert:
    spans = [e for e in fact.evidence if e.article_id == article.id] or list(fact.evidence)
    evidence = " ".join(" ".join(article.text[e.start : e.end].split()) for e in spans)
    sentence = _sentence(sentences, spans[0].start) if spans else None
    return Alert(kind, fact, article.id, article.title, article.url, article.published, entry.saved_at, entry.id,
                 evidence, sentence)


def _sentence(sentences: Sequence[Segment], offset: int) -> int | None:
    starts = [s.start for s in sentences]
    index = bisect.bisect_right(starts, offset) - 1
    return index if index >= 0 and offset < sentences[index].end else None


def _commitments(store: Store, query: WatchQuery, today: dt.date | None) -> list[Commitment]:
    """The commitments in the query's scope: about its country, or both sides of its pair."""
    country = query.country or (query.pair[0] if query.pair else None)
    found = queries.commitments(store, country=country, today=today)
    if query.pair is not None:
        found = [c for c in found if set(query.pair) <= set(c.subjects)]
    if query.pair is not None and query.country is not None:
        found = [c for c in found if query.country in c.subjects]
    return found


def _statuses(found: Iterable[Commitment]) -> dict[str, str]:
    return {c.id: c.status for c in found}


# --- what an alert says ---------------------------------------------------------------------


def amount(value: float, unit: str) -> str:
    """``15bn USD``, ``250m USD``, ``12 percent``: a figure as a line shows it."""
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix} {unit}"
    return f"{value:,.6g} {unit}"


def headline(kind: str, fact: Any, published: str | None) -> str:
    """What a fact is, in one line (the feed entry's title, the CLI's line)."""
    if isinstance(fact, Event):
        when = event_when(fact, published)
        sides = "+".join(fact.actor_countries) or "?"
        if fact.recipient_countries:
            sides += " -> " + "+".join(fact.recipient_countries)
        what = " ".join((fact.object or fact.trigger or "").split())
        return f"{when.label if when else 'undated'} {fact.type}{' ' + fact.mode if fact.mode else ''} {sides}: {what}"
    if isinstance(fact, Quote):
        text = " ".join(fact.text.split())
        return f"{fact.speaker_name or 'unknown speaker'}: \u201c{text[:150]}{'...' if len(text) > 150 else ''}\u201d"
    if isinstance(fact, Indicator):
        period = f" in {fact.period[0]}..{fact.period[1]}" if fact.period else ""
        return f"{fact.kind} {fact.metric} {'-'.join(fact.subjects) or '?'}: {amount(fact.value, fact.unit)}{period}"
    return f"{kind} {getattr(fact, 'id', '')}"


def alert_dict(alert: Alert) -> dict[str, Any]:
    """An alert as JSON (the CLI's --format json, the API, the webhook's body)."""
    return {
        "kind": alert.kind,
        "id": alert.fact.id,
        "headline": alert.headline,
        "article_id": alert.article_id,
        "title": alert.title,
        "url": alert.url,
        "published": alert.published,
        "stored_at": alert.saved_at,
        "evidence_text": alert.evidence_text,
        "path": alert.path,
        "fact": to_dict(alert.fact),
    }


def change_dict(change: CommitmentChange) -> dict[str, Any]:
    """A commitment change as JSON."""
    c = change.commitment
    return {
        "kind": "commitment",
        "id": c.id,
        "headline": change.headline,
        "before": change.before,
        "after": change.after,
        "metric": c.metric,
        "subjects": list(c.subjects),
        "value": c.value,
        "unit": c.unit,
        "deadline": c.deadline,
        "articles": list(dict.fromkeys((*c.target_article_ids, *c.actual_article_ids))),
    }


def batch_dict(batch: AlertBatch) -> dict[str, Any]:
    """A batch as JSON: the watchlist, its alerts and commitment changes, the cursor read to."""
    return {
        "watchlist": batch.watchlist,
        "alerts": [alert_dict(a) for a in batch.alerts],
        "commitments": [change_dict(c) for c in batch.changes],
        "cursor": batch.cursor,
        "more": batch.more,
    }


def without_secret(found: Watchlist) -> dict[str, Any]:
    """A watchlist as JSON, its webhook secret left out."""
    return {
        "name": found.name,
        "query": found.query.to_dict(),
        "cursor": found.cursor,
        "webhook_url": found.webhook_url,
        "created_at": found.created_at,
        "seen_at": found.seen_at,
    }


__all__ = [
    "WATCH_KINDS", "Alert", "AlertBatch", "CommitmentChange", "WatchQuery", "Watchlist", "WatchlistError",
    "add_watchlist", "alert_dict", "batch_dict", "make_query", "mark_seen", "new_alerts", "recent",
    "remove_watchlist", "watchlist", "watchlists", "without_secret",
]
