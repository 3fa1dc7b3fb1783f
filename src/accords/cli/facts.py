"""Query commands over the store: `events`, `agreements`, `indicators`, `quotes`, `entities`, `pair`.

Each opens the store, makes one call to the query layer (`accords.service.queries`, the
calls behind the API and the dashboard too) and formats what it returns, as text lines or,
with --json, as the records' JSON form. `accords pair` is the dashboard's pair page
(`/pair/A/B`) and the API's ``/api/v1/pairs/A/B`` as text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import typer

from accords.cli import app, call, open_store
from accords.cli.options import checked, checked_pair
from accords.model import ENTITY_TYPES, EVENT_STATUSES, EVENT_TYPES, INDICATOR_KINDS, SECTORS, to_dict
from accords.service import filters

COUNTRY_HELP = "A country on either side: ISO 3166-1 alpha-3 code or name (AZE, Azerbaijan), or an organisation's acronym."
MIN_CONFIDENCE_HELP = "Only facts whose confidence is at least this (0 to 1)."
REJECTED_HELP = "Show the facts analysts rejected too (marked 'rejected'; hidden by default)."


def _page(query: Callable[..., Any], **filters: Any) -> Any:
    """What `query` (a `accords.service.queries` function) answers for these filters."""

    with open_store() as store:
        return call(lambda: query(store, **{k: v for k, v in filters.items() if v is not None}))


def _queries():
    from accords.service import queries

    return queries


def _pair(between: tuple[str, str] | None) -> tuple[str, str] | None:
    return checked_pair("--between", filters.country, between)


def _country(value: str | None, option: str = "--country") -> str | None:
    return checked(option, filters.country, value)


def _date_option(option: str, value: str | None) -> str | None:
    return checked(option, filters.iso_date, value)


def _choice(option: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    return checked(option, lambda v: filters.one_of(v, allowed), value)


def _emit(page, as_json: bool, line) -> None:
    if as_json:
        payload = {"total": page.total, "limit": page.limit, "offset": page.offset,
                   "items": [to_dict(item) for item in page.items]}
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    for item in page.items:
        typer.echo(line(item))
    typer.echo(f"({len(page.items)} of {page.total})", err=True)


def _date(value) -> str:
    if value is None:
        return "-"
    return value if isinstance(value, str) else f"{value[0]}..{value[1]}"


def _sides(event) -> str:
    actors = "+".join(event.actor_countries) or "?"
    return f"{actors} -> {'+'.join(event.recipient_countries)}" if event.recipient_countries else actors


def _article_of(fact) -> str:
    return fact.evidence[0].article_id if fact.evidence else "-"


def _trace(fact) -> str:
    """The end of a fact's line: its confidence, its id (the article id comes first, and
    `accords review` takes it) and the analysts' verdict, if any."""
    return f"{fact.confidence:.2f} [{fact.id}]" + (f" {fact.review}" if fact.review else "")


@app.command()
def events(
    country: str = typer.Option(None, "--country", help=COUNTRY_HELP),
    between: tuple[str, str] = typer.Option((None, None), "--between", help="Two codes: events involving both, e.g. --between AZE TUR."),
    type_: str = typer.Option(None, "--type", help="PLOVER type: CONSULT, SUPPORT, AGREE, COOPERATE, AID, ..."),
    since: str = typer.Option(None, "--since", help="ISO date: events dated on or after it."),
    until: str = typer.Option(None, "--until", help="ISO date: events dated on or before it."),
    sector: str = typer.Option(None, "--sector", help="A sector label, e.g. 'energy'."),
    status: str = typer.Option(None, "--status", help="occurred, planned, intended, hypothetical or denied."),
    min_confidence: float = typer.Option(None, "--min-confidence", min=0.0, max=1.0, help=MIN_CONFIDENCE_HELP),
    include_rejected: bool = typer.Option(False, "--include-rejected", help=REJECTED_HELP),
    limit: int = typer.Option(50, "--limit", min=1),
    offset: int = typer.Option(0, "--offset", min=0),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Cooperation and conflict events, latest first, each with its article."""
    page = _page(_queries().events, country=_country(country), pair=_pair(between),
                 type=_choice("--type", type_, EVENT_TYPES), since=_date_option("--since", since),
                 until=_date_option("--until", until), sector=_choice("--sector", sector, SECTORS),
                 status=_choice("--status", status, EVENT_STATUSES), min_confidence=min_confidence,
                 include_rejected=include_rejected, limit=limit, offset=offset)
    _emit(page, as_json, lambda e: (
        f"{_date(e.date):23} {e.type:10} {e.mode or '-':8} {_sides(e):16} {e.status:9} "
        f"{(e.object or e.trigger or '')[:60]}  {_trace(e)}"
    ))


@app.command()
def agreements(
    country: str = typer.Option(None, "--country", help=COUNTRY_HELP),
    between: tuple[str, str] = typer.Option((None, None), "--between", help="Two codes: documents signed by both, e.g. --between AZE TUR."),
    since: str = typer.Option(None, "--since", help="ISO date: signed on or after it."),
    until: str = typer.Option(None, "--until", help="ISO date: signed on or before it."),
    kind: str = typer.Option(None, "--kind", help="roadmap, memorandum, agreement, declaration, protocol, contract, ..."),
    min_confidence: float = typer.Option(None, "--min-confidence", min=0.0, max=1.0, help=MIN_CONFIDENCE_HELP),
    include_rejected: bool = typer.Option(False, "--include-rejected", help=REJECTED_HELP),
    limit: int = typer.Option(50, "--limit", min=1),
    offset: int = typer.Option(0, "--offset", min=0),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """The agreements register: every signing with its document kind, parties, date, place and count."""
    page, _counts = _page(_queries().agreements, country=_country(country), pair=_pair(between),
                 since=_date_option("--since", since), until=_date_option("--until", until),
                 document_kind=_choice("--kind", kind, filters.AGREEMENT_KINDS), min_confidence=min_confidence, include_rejected=include_rejected,
                 limit=limit, offset=offset)
    _emit(page, as_json, lambda e: (
        f"{_date(e.date):23} {e.document_kind or 'document':12} x{e.count or 1:<3} {_sides(e):16} "
        f"{e.location or '-':14} {(e.object or '')[:60]}  {_trace(e)}"
    ))


@app.command()
def indicators(
    country: str = typer.Option(None, "--country", help="A subject country."),
    between: tuple[str, str] = typer.Option((None, None), "--between", help="Two codes: indicators of both, e.g. --between AZE TUR."),
    metric: str = typer.Option(None, "--metric", help="e.g. trade_turnover, exports, investment."),
    kind: str = typer.Option(None, "--kind", help="actual, target, forecast or estimate."),
    min_confidence: float = typer.Option(None, "--min-confidence", min=0.0, max=1.0, help=MIN_CONFIDENCE_HELP),
    include_rejected: bool = typer.Option(False, "--include-rejected", help=REJECTED_HELP),
    limit: int = typer.Option(50, "--limit", min=1),
    offset: int = typer.Option(0, "--offset", min=0),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Quantitative claims: metric, subjects, value, period and kind."""
    page = _page(_queries().indicators, country=_country(country), pair=_pair(between), metric=metric,
                 kind=_choice("--kind", kind, INDICATOR_KINDS), min_confidence=min_confidence,
                 include_rejected=include_rejected, limit=limit, offset=offset)
    _emit(page, as_json, lambda i: (
        f"{i.metric:18} {'-'.join(i.subjects) or '?':12} {i.value:>16,.6g} {i.unit:8} "
        f"{_date(i.period):23} {i.kind:8} {i.qualifier or ''}  {_trace(i)}"
    ))


@app.command()
def quotes(
    speaker: str = typer.Option(None, "--speaker", help="Part of the speaker's name, or an entity id."),
    country: str = typer.Option(None, "--country", help="The speaker's country."),
    min_confidence: float = typer.Option(None, "--min-confidence", min=0.0, max=1.0, help=MIN_CONFIDENCE_HELP),
    include_rejected: bool = typer.Option(False, "--include-rejected", help=REJECTED_HELP),
    limit: int = typer.Option(50, "--limit", min=1),
    offset: int = typer.Option(0, "--offset", min=0),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Who said what: quotes with their speaker and cue verb."""
    page = _page(_queries().quotes, speaker=speaker, country=_country(country), min_confidence=min_confidence,
                 include_rejected=include_rejected, limit=limit, offset=offset)
    _emit(page, as_json, lambda q: (
        f"{q.speaker_name or '?'} ({q.cue or '-'}{'' if q.direct else ', indirect'}): {q.text[:100]}  {_trace(q)}"
    ))


@app.command()
def entities(
    type_: str = typer.Option(None, "--type", help="COUNTRY, ORG, PERSON, PLACE, PROJECT, DOCUMENT or EVENT_NAME."),
    search: str = typer.Option(None, "--search", "-s", help="Part of the name or an alias."),
    min_confidence: float = typer.Option(None, "--min-confidence", min=0.0, max=1.0, help=MIN_CONFIDENCE_HELP),
    include_rejected: bool = typer.Option(False, "--include-rejected", help=REJECTED_HELP),
    limit: int = typer.Option(50, "--limit", min=1),
    offset: int = typer.Option(0, "--offset", min=0),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Entities across articles, grouped by canonical id or name, most mentioned first."""
    page = _page(_queries().entities, type=_choice("--type", type_, ENTITY_TYPES), search=search, min_confidence=min_confidence,
                 include_rejected=include_rejected, limit=limit, offset=offset)
    _emit(page, as_json, lambda item: (
        f"{item['articles']:5} articles  {item['key']}" + (f" ({item['country']})" if item["country"] else "")
    ))


@app.command()
def pair(
    first: str = typer.Argument(..., help="A country: its code or name, e.g. AZE or Azerbaijan."),
    second: str = typer.Argument(..., help="Another country, e.g. TUR or Turkey."),
    as_json: bool = typer.Option(False, "--json", help="The API's answer for /api/v1/pairs/A/B."),
) -> None:
    """A relationship at a glance: the dashboard's pair page as text (events by type,
    agreements, sectors, figures, articles)."""
    queries = _queries()
    detail = _page(queries.pair_answer if as_json else queries.pair_detail, a=_country(first, "FIRST"), b=_country(second, "SECOND"))
    if as_json:
        typer.echo(json.dumps(detail, default=to_dict, ensure_ascii=False, indent=2))
        return
    names = f" ({detail['a_name'] or detail['a']} - {detail['b_name'] or detail['b']})" if detail["a_name"] or detail["b_name"] else ""
    typer.echo(f"{detail['a']}-{detail['b']}{names}: {detail['source_articles_total']} articles, "
               f"{detail['events_total']} events")
    typer.echo("events: " + (", ".join(f"{t} {n}" for t, n in detail["events_by_type"].items()) or "none"))
    typer.echo("agreements signed: " + (", ".join(f"{k} {n}" for k, n in detail["agreements_by_kind"].items()) or "none"))
    typer.echo("sectors: " + (", ".join(f"{k} {n}" for k, n in detail["sectors"].items()) or "none"))
    for i in detail["indicators"]:
        typer.echo(f"  {i.metric:18} {i.value:>16,.6g} {i.unit:6} {_date(i.period):23} {i.kind}")


@app.command("search")
def search_facts(
    query: str = typer.Argument(..., help="Words that must all occur in the fact's evidence, e.g. 'railway Astara'."),
    kind: list[str] = typer.Option(None, "--kind", "-k", help="events, quotes or indicators (repeatable; default all)."),
    limit: int = typer.Option(50, "--limit", min=1, max=500),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Search the facts: events, quotes and figures whose evidence sentence holds every word,
    each with its article, date and sentence."""
    from accords.service.fact_search import FACT_KINDS, answer, search_facts as run

    kinds = tuple(checked("--kind", lambda v: filters.one_of(v, FACT_KINDS), k) for k in kind or ()) or FACT_KINDS
    with open_store() as store:
        if as_json:
            found = call(lambda: answer(store, query, kinds=kinds, limit=limit))  # type: ignore[arg-type]
            typer.echo(json.dumps(found, default=to_dict, ensure_ascii=False, indent=2))
            return
        hits = call(lambda: run(store, query, kinds=kinds, limit=limit))  # type: ignore[arg-type]
    for h in hits:
        typer.echo(f"{h.kind[:-1]:9} {(h.published or 'undated')[:10]:10} {h.article_id}  {h.evidence_text[:140]}  "
                   f"[{h.fact.id}]")
    typer.echo(f"({len(hits)} facts)", err=True)
