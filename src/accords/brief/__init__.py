"""A brief on one relationship over a period: what an analyst reads each morning.

`build` asks the query layer (`accords.service.queries`) for the pair's events, signings,
commitments and quotes and returns one `Brief` record; the renderers
(`accords.brief.render`: Markdown and HTML, `accords.brief.pdf`: PDF) only lay it out.
Every line of a brief carries its `Source`: the article id and the character span of the
evidence, so each claim can be checked against the words that state it. Events are placed
and filtered by their `when` (`accords.store.when`): their own date, else their article's
publication day marked "reported".
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from accords.errors import AccordsError
from accords.model import Article, Evidence
from accords.service import queries
from accords.service.filters import FilterError, country, iso_date
from accords.store import Store
from accords.store.rows import day_bounds
from accords.store.when import When, event_when
from accords.brief.targets import TargetChart, target_chart

#: How many events, quotes per side, and people or projects a brief lists at most.
MAX_EVENTS = 25
MAX_QUOTES = 5
MAX_NAMES = 15


class BriefError(AccordsError):
    """A brief was asked for something it cannot build (a bad pair or period)."""


@dataclass(frozen=True)
class Source:
    """Where a line comes from: an article and the span of its evidence."""

    article_id: str
    start: int
    end: int

    @property
    def ref(self) -> str:
        """``af5c75576abee15f:120-245``: the article id and the evidence's span."""
        return f"{self.article_id}:{self.start}-{self.end}"


@dataclass(frozen=True)
class Line:
    """One statement of a brief: its text, its date label (empty when none) and its source."""

    text: str
    when: str
    source: Source | None


@dataclass(frozen=True)
class SourceArticle:
    """A source article as the brief lists it."""

    id: str
    title: str
    outlet: str | None
    published: str | None
    url: str | None


@dataclass(frozen=True)
class Brief:
    """Everything a brief on the pair `a`-`b` over `since`..`until` says (see `build`)."""

    a: str
    b: str
    a_name: str
    b_name: str
    since: str | None
    until: str | None
    changes: tuple[str, ...]
    events: tuple[Line, ...]
    signings: tuple[Line, ...]
    targets: tuple[Line, ...]
    quotes_a: tuple[Line, ...]
    quotes_b: tuple[Line, ...]
    people: tuple[Line, ...]
    projects: tuple[Line, ...]
    sources: tuple[SourceArticle, ...]
    #: each target of `targets` as a chart's data, with its partial-period warnings
    target_charts: tuple[TargetChart, ...] = ()

    @property
    def title(self) -> str:
        period = _period_label(self.since, self.until)
        return f"{self.a_name} - {self.b_name}" + (f", {period}" if period else "")


def _period_label(since: str | None, until: str | None) -> str:
    if since and until:
        return f"{since} to {until}"
    if since:
        return f"since {since}"
    return f"until {until}" if until else ""


def _source(evidence: tuple[Evidence, ...]) -> Source | None:
    return Source(evidence[0].article_id, evidence[0].start, evidence[0].end) if evidence else None


def _in_period(when: When | None, first: str, last: str) -> bool:
    return when is not None and when.end >= first and when.start <= last


def build(store: Store, a: str, b: str, *, since: str | None = None, until: str | None = None) -> Brief:
    """The brief on the relationship between `a` and `b` (codes or names, through the
    gazetteer) over `since`..`until` (ISO dates, either open): events and signings placed by
    their `when`, the pair's targets against their latest actuals, quotes by speakers of each
    side, people and projects named in the period's articles, and the sources cited.
    `BriefError` for an unknown country or a bad date."""
    try:
        pair = (country(a), country(b))
        since, until = (iso_date(d) if d else None for d in (since, until))
    except FilterError as exc:
        raise BriefError(str(exc)) from exc
    first = day_bounds(since)[0] if since else "0000"
    last = day_bounds(until)[1] if until else "9999"
    detail = queries.pair_detail(store, *pair, events=1, quotes=1, articles=1)
    articles: dict[str, Article] = {}

    def article(article_id: str) -> Article:
        if article_id not in articles:
            articles[article_id] = store.article(article_id)
        return articles[article_id]

    found = queries.events(store, pair=pair, since=since, until=until, limit=500).items
    placed = []
    for event in found:
        source = _source(event.evidence)
        when = event_when(event, article(source.article_id).published if source else None)
        if _in_period(when, first, last) or (when is None and not (since or until)):
            placed.append((when, event, source))
    placed.sort(key=lambda item: (item[0].start if item[0] else "", item[1].id), reverse=True)
    signings = [p for p in placed if p[1].type == "SUPPORT" and p[1].mode == "sign"]
    others = [p for p in placed if not (p[1].type == "SUPPORT" and p[1].mode == "sign")]
    quotes_a, quotes_b = (
        _quotes(store, pair, side, article, first, last, bool(since or until)) for side in pair
    )
    cited = {s.article_id for _, _, s in placed if s} | {q.source.article_id for q in (*quotes_a, *quotes_b) if q.source}
    people, projects = _names(store, sorted(cited))
    targets, target_charts = _targets(store, pair)
    by_type = Counter(e.type for _, e, _ in placed)
    changes = _changes(placed, by_type, signings, quotes_a + quotes_b)
    sources = tuple(sorted(
        (SourceArticle(i, article(i).title or i, article(i).source, article(i).published, article(i).url) for i in cited),
        key=lambda x: (x.published or "", x.id), reverse=True,
    ))
    return Brief(
        a=pair[0], b=pair[1], a_name=detail["a_name"] or pair[0], b_name=detail["b_name"] or pair[1],
        since=since, until=until, changes=changes,
        events=tuple(_event_line(w, e, s) for w, e, s in others[:MAX_EVENTS]),
        signings=tuple(_event_line(w, e, s) for w, e, s in signings),
        targets=targets, quotes_a=quotes_a, quotes_b=quotes_b, people=people, projects=projects, sources=sources,
        target_charts=target_charts,
    )


def _event_line(when: When | None, event: Any, source: Source | None) -> Line:
    sides = "+".join(event.actor_countries) or "?"
    if event.recipient_countries:
        sides += " -> " + "+".join(event.recipient_countries)
    what = event.object or event.trigger or ""
    kind = (event.document_kind or "document") if event.mode == "sign" else event.type.lower()
    status = "" if event.status == "occurred" else f" [{event.status}]"
    count = f" x{event.count}" if event.count and event.count > 1 else ""
    return Line(f"{sides}: {kind}{count}{status}: {what}".rstrip(": "), when.label if when else "undated", source)


def _changes(placed: list[Any], by_type: Counter[str], signings: list[Any], quotes: tuple[Line, ...]) -> tuple[str, ...]:
    """What changed in the period, in numbers: events by type, documents signed, quotes."""
    if not placed:
        return ("No events between the two in this period.",)
    reported = sum(1 for w, _, _ in placed if w is not None and w.source != "event")
    lines = [
        f"{len(placed)} events ({', '.join(f'{t} {n}' for t, n in by_type.most_common())}); "
        f"{reported} dated by their article's publication day (reported)."
    ]
    if signings:
        documents = sum(e.count or 1 for _, e, _ in signings)
        lines.append(f"{documents} documents signed in {len(signings)} signings.")
    if quotes:
        lines.append(f"{len(quotes)} notable quotes from the two sides.")
    return tuple(lines)


def _quotes(store: Store, pair: tuple[str, str], side: str, article: Any, first: str, last: str,
            bounded: bool) -> tuple[Line, ...]:
    """Quotes by speakers of `side` in articles on the pair, from articles published in
    the period (all of them when no period is set)."""
    page = queries.quotes(store, pair=pair, country=side, limit=100)
    lines = []
    for quote in page.items:
        source = _source(quote.evidence)
        published = article(source.article_id).published if source else None
        day = published[:10] if published else None
        if bounded and not (day and first <= day <= last):
            continue
        text = quote.text if len(quote.text) <= 300 else quote.text[:297] + "..."
        lines.append(Line(f"{quote.speaker_name or '?'}: \"{text}\"", f"{day} (reported)" if day else "", source))
        if len(lines) == MAX_QUOTES:
            break
    return tuple(lines)


def _names(store: Store, article_ids: list[str]) -> tuple[tuple[Line, ...], tuple[Line, ...]]:
    """People and projects named in the cited articles, most mentioned first."""
    found: dict[str, dict[str, Any]] = {"PERSON": {}, "PROJECT": {}}
    for article_id in article_ids:
        try:
            extraction = queries.article_detail(store, article_id)[1]
        except AccordsError:
            continue
        for entity in extraction.entities if extraction else ():
            if entity.type in found and entity.evidence:
                key = entity.canonical_id or entity.name
                seen = found[entity.type].setdefault(key, {"entity": entity, "n": 0})
                seen["n"] += len(entity.evidence)
    out = []
    for kind in ("PERSON", "PROJECT"):
        ranked = sorted(found[kind].values(), key=lambda x: (-x["n"], x["entity"].name))[:MAX_NAMES]
        out.append(tuple(
            Line(x["entity"].name + (f", {x['entity'].title}" if x["entity"].title else ""), "", _source(x["entity"].evidence))
            for x in ranked
        ))
    return out[0], out[1]


def _targets(store: Store, pair: tuple[str, str]) -> tuple[tuple[Line, ...], tuple[TargetChart, ...]]:
    """The pair's targets (both countries among the subjects) against their latest actuals:
    a line each, and a chart each (`accords.brief.targets`)."""
    from accords.commitments import Commitment

    lines = []
    charts = []
    found: list[Commitment] = queries.commitments(store, country=pair[0])
    for c in found:
        if not set(pair) <= set(c.subjects):
            continue
        latest = c.latest
        actual = f"latest actual {amount(latest.value, c.unit)} ({latest.period[0]}..{latest.period[1]})" if latest else "no actual reported"
        progress = f", {c.progress:.0%} of target" if c.progress is not None else ""
        text = (f"{c.metric}: target {amount(c.value, c.unit)} by {c.deadline or '?'}; {actual}{progress}; "
                f"status {c.status.replace('_', ' ')}")
        source = _source(c.targets[0].indicator.evidence) if c.targets else None
        lines.append(Line(text, c.announced or "", source))
        charts.append(target_chart(c))
    return tuple(lines), tuple(charts)


def amount(value: float, unit: str) -> str:
    """``15bn USD``, ``2.5bn USD``, ``12%``: a figure as a brief writes it."""
    if unit == "percent":
        return f"{value:g}%"
    for scale, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if abs(value) >= scale:
            return f"{value / scale:.2f}".rstrip("0").rstrip(".") + suffix + ("" if unit == "count" else f" {unit}")
    return f"{value:,.0f}" + ("" if unit == "count" else f" {unit}")
