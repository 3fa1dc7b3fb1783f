"""`accords watchlist add|list|remove` and `accords alerts`: saved queries and what is new
for them (`accords.alerts`). Options are checked as every filter option is
(`accords.cli.options`): a bad value names the option and what it accepts, exit code 2."""

from __future__ import annotations

import functools
import json
from typing import Any

import typer

from accords.cli import app, call, open_store, setting
from accords.cli.options import checked, checked_pair
from accords.errors import AccordsError
from accords.model import EVENT_TYPES
from accords.service import filters

watchlist_app = typer.Typer(help="Saved queries whose new facts `accords alerts` and `accords watch` report.",
                            no_args_is_help=True)
app.add_typer(watchlist_app, name="watchlist")

FORMATS = ("text", "json")
#: The option that gives each value of a watchlist (`accords.alerts.WatchlistError.field`).
OPTIONS = {"name": "NAME", "webhook": "--webhook", "secret": "--secret", "kinds": "--kind", "person": "--person",
           "project": "--project", "min_confidence": "--min-confidence"}


def _usage(option: str, message: str) -> typer.Exit:
    typer.echo(f"error: {option}: {message}", err=True)
    return typer.Exit(code=2)


@watchlist_app.command("add")
def add(
    name: str = typer.Argument(..., help="A name: letters, digits, '-' and '_' (the feed is /api/v1/watchlists/NAME.atom)."),
    between: tuple[str, str] = typer.Option((None, None), "--between", help="Two countries: facts involving both, e.g. --between AZE TUR."),
    country: str = typer.Option(None, "--country", help="A country or organisation: code or name (AZE, Azerbaijan, EU)."),
    person: str = typer.Option(None, "--person", help="Part of a person's name: events they take part in, their quotes."),
    project: str = typer.Option(None, "--project", help="Part of a project's name: events about it."),
    type_: str = typer.Option(None, "--type", help="PLOVER event type: CONSULT, SUPPORT, AGREE, COOPERATE, AID, ..."),
    kinds: list[str] = typer.Option(None, "--kind", help="events, quotes, indicators or commitments (repeat; default: "
                                                         "the fact kinds the filters apply to)."),
    min_confidence: float = typer.Option(None, "--min-confidence", min=0.0, max=1.0,
                                         help="Only facts whose confidence is at least this (0 to 1)."),
    webhook: str = typer.Option(None, "--webhook", help="An http(s) URL that gets new alerts as a signed JSON POST."),
    secret: str = typer.Option(None, "--secret", envvar="ACCORDS_WEBHOOK_SECRET",
                               help="The webhook's shared secret, 16 characters or more (default: one is made and shown)."),
    backfill: bool = typer.Option(False, "--backfill", help="Count the facts stored already as new (default: only later ones)."),
) -> None:
    """Save a query; the facts stored from now on that match it are its alerts."""
    from accords import alerts

    query_kinds = [checked("--kind", lambda v: filters.one_of(v, alerts.WATCH_KINDS), k) for k in kinds or ()]
    pair = checked_pair("--between", filters.country, between)
    code = checked("--country", filters.country, country)
    event_type = checked("--type", lambda v: filters.one_of(v, EVENT_TYPES), type_)
    with open_store() as store:
        try:
            query = alerts.make_query(pair=pair, country=code, person=person, project=project, type=event_type,
                                      kinds=[k for k in query_kinds if k is not None], min_confidence=min_confidence)
            found = alerts.add_watchlist(store, name, query, webhook_url=webhook, secret=secret, backfill=backfill)
        except alerts.WatchlistError as exc:  # a bad value: a usage error naming its option
            raise _usage(OPTIONS[exc.field], str(exc)) from exc
        except AccordsError as exc:  # the name is taken, the store failed
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(code=1) from exc
    typer.echo(f"watchlist {found.name}: {found.query.describe()}; new from save-log id {found.cursor + 1}")
    if webhook is not None and secret is None:
        typer.echo(f"webhook secret (shown once; the receiver checks X-Accords-Signature with it): {found.webhook_secret}")


@watchlist_app.command("list")
def list_(as_json: bool = typer.Option(False, "--json")) -> None:
    """The watchlists: name, query, cursor and webhook (never its secret)."""
    from accords import alerts

    with open_store() as store:
        found = call(lambda: alerts.watchlists(store))
    if as_json:
        typer.echo(json.dumps([alerts.without_secret(w) for w in found], ensure_ascii=False, indent=2))
        return
    for w in found:
        hook = f"  webhook {w.webhook_url}" if w.webhook_url else ""
        typer.echo(f"{w.name:20} {w.query.describe()}  (seen to {w.cursor}){hook}")
    typer.echo(f"({len(found)} watchlists)", err=True)


@watchlist_app.command("remove")
def remove(name: str = typer.Argument(..., help="The watchlist's name.")) -> None:
    """Delete a watchlist."""
    from accords import alerts

    with open_store() as store:
        call(lambda: alerts.remove_watchlist(store, name))
    typer.echo(f"removed watchlist {name}")


@app.command("alerts")
def alerts_(
    name: str = typer.Argument(None, help="A watchlist (default: every watchlist)."),
    mark_seen: bool = typer.Option(False, "--mark-seen", help="Mark what is shown as seen (the next look starts after it)."),
    format_: str = typer.Option("text", "--format", "-f", help="text or json."),
    send: bool = typer.Option(False, "--send", help="Also POST what is new to each watchlist's webhook "
                                                    "(marked seen once delivered)."),
    allow_private: bool = typer.Option(False, "--allow-private",
                                       help="Let webhooks reach loopback and private addresses."),
) -> None:
    """What is new for your watchlists since the last look: facts stored since that match,
    each with its evidence sentence and article, and commitment status changes."""
    from accords import alerts
    from accords.alerts.notify import deliver_batch

    kind = checked("--format", lambda v: filters.one_of(v, FORMATS), format_)
    with open_store() as store:
        names = [name] if name is not None else [w.name for w in call(lambda: alerts.watchlists(store))]
        batches = [call(functools.partial(alerts.new_alerts, store, n)) for n in names]
        delivered: dict[str, Any] = {}
        for batch in batches:
            found = call(functools.partial(alerts.watchlist, store, batch.watchlist))
            if send and found.webhook_url is not None and len(batch):
                delivered[batch.watchlist] = deliver_batch(
                    store, found, batch, allow_private=allow_private, attempts=setting("webhook_attempts"),
                    backoff=setting("webhook_backoff"),
                )
            elif mark_seen:
                call(functools.partial(alerts.mark_seen, store, batch))
    if kind == "json":
        typer.echo(json.dumps([alerts.batch_dict(b) for b in batches], ensure_ascii=False, indent=2))
    else:
        for batch in batches:
            _print(batch, delivered.get(batch.watchlist))
    if not batches:
        typer.echo("(no watchlists: add one with accords watchlist add)", err=True)
    elif mark_seen:
        typer.echo("(marked seen: the next look starts after these)", err=True)
    elif any(len(b) for b in batches):
        typer.echo("(not marked seen: run again with --mark-seen to start the next look after these)", err=True)


def _print(batch: Any, delivery: Any) -> None:
    more = " (more wait: run again)" if batch.more else ""
    typer.echo(f"== {batch.watchlist}: {len(batch)} new{more}")
    for alert in batch.alerts:
        typer.echo(f"{alert.headline}  [{alert.fact.id}]")
        typer.echo(f"    \u201c{alert.evidence_text}\u201d")
        typer.echo(f"    {alert.title or '(untitled)'} ({alert.published or 'undated'}) {alert.path}")
    for change in batch.changes:
        typer.echo(change.headline)
    if delivery is not None:
        state = "delivered" if delivery.delivered else f"failed: {delivery.error}"
        typer.echo(f"webhook {state} ({delivery.attempts} attempt{'s' if delivery.attempts != 1 else ''})")
