"""`accords watch FEED...`: poll feeds and ingest what is new, every so often."""

from __future__ import annotations

import functools
import time
from pathlib import Path

import typer

from accords.cli import app, call, db_url, open_store, setting, stages


@app.command()
def watch(
    feeds: list[str] = typer.Argument(..., help="Feed URLs (RSS or Atom) or feed files."),
    every: str = typer.Option("15m", "--every", help="Time between polls: 30s, 15m, 2h, ..."),
    once: bool = typer.Option(False, "--once", help="Poll each feed once and exit."),
    fetch: bool = typer.Option(False, "--fetch", help="Download and extract the pages the new items link to."),
    allow_private: bool = typer.Option(False, "--allow-private",
                                       help="Let URL fetching and webhooks reach loopback and private addresses."),
    no_extract: bool = typer.Option(False, "--no-extract", help="Store the articles without running the pipeline."),
    state_file: Path = typer.Option(None, "--state", help="Watch state file (default: next to the database)."),
) -> None:
    """Poll feeds with conditional requests and ingest their new items.

    Prints one line per feed and poll. An item is handled once: the ids seen, and each
    feed's ETag / Last-Modified, are kept in a small JSON state file. After each round of
    polls, every watchlist is looked at: what is new goes to its webhook (a failing
    webhook is retried at the next round and never stops the watch), and one line per
    watchlist says how many alerts are new (`accords alerts` shows them).
    """
    from accords.alerts.notify import after_poll
    from accords import service
    from accords.web.fetch import Fetcher
    from accords.web.watch import FeedState, default_state_path, load_states, parse_duration, poll_feed, save_states

    try:
        interval = parse_duration(every)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--every") from exc
    path = state_file or default_state_path(db_url())
    states = call(lambda: load_states(path))
    fetcher = Fetcher(allow_private=allow_private)
    retry = {"attempts": setting("webhook_attempts"), "backoff": setting("webhook_backoff")}
    with open_store() as store:
        while True:
            for feed in feeds:
                result = poll_feed(feed, states.get(feed, FeedState()), fetcher=fetcher, fetch=fetch)
                if result.not_modified:
                    typer.echo(f"{feed}: not modified")
                    continue
                report = call(functools.partial(service.ingest_items, store, result.items, extract=not no_extract,
                                                  stages=stages(), batch_size=setting("batch_size")))
                for rejected in report.rejected:
                    typer.echo(f"rejected {rejected.origin}: {rejected.reason}", err=True)
                states[feed] = result.state
                save_states(path, states)
                typer.echo(f"{feed}: new {report.new}, duplicate {report.duplicate}, "
                           f"near-duplicate {report.near_duplicate}, rejected {len(report.rejected)}")
            for notice in call(functools.partial(after_poll, store, allow_private=allow_private, **retry)):
                typer.echo(notice.line, err=notice.error is not None)
            if once:
                return
            try:
                time.sleep(interval)
            except KeyboardInterrupt:
                return
