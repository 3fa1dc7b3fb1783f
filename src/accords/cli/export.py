"""`accords export`: write events, indicators, quotes, entities, articles or extractions to a
file as JSONL, CSV, Parquet, PLOVER JSON or GraphML (the formats of `accords.export`)."""

from __future__ import annotations

import typer

from accords.cli import app, call, open_store
from accords.cli.options import checked, checked_pair
from accords.export import KINDS
from accords.service import filters


@app.command()
def export(
    format_: str = typer.Option(..., "--format", "-f", help="jsonl, csv, parquet, plover (events) or graphml (events)."),
    kind: str = typer.Option("events", "--kind", "-k", help=f"What to export: {', '.join(KINDS)}."),
    out: str = typer.Option(..., "--out", "-o", help="Output file; '-' for stdout (text formats)."),
    country: str = typer.Option(None, "--country", help="A country: ISO3 code or name (AZE, Azerbaijan), or an acronym."),
    between: tuple[str, str] = typer.Option(None, "--between", help="Two codes, both involved: --between AZE TUR."),
    since: str = typer.Option(None, "--since", help="ISO date: events and periods reaching it; else articles published on or after it."),
    include_rejected: bool = typer.Option(False, "--include-rejected", help="Also the facts analysts rejected (left out by default)."),
) -> None:
    """Export records from the store, each traced to its article and sentence.

    Records are read page by page, so a large store is never loaded at once. The count of
    records written goes to stderr.
    """
    from accords.export import export as run_export

    kind = checked("--kind", lambda v: filters.one_of(v, KINDS), kind) or "events"
    code = checked("--country", filters.country, country)
    pair = checked_pair("--between", filters.country, between)
    start = checked("--since", filters.iso_date, since)
    with open_store() as store:
        count = call(lambda: run_export(
            store, format=format_.lower(), kind=kind, out=out, country=code, pair=pair, since=start,
            include_rejected=include_rejected))
    typer.echo(f"exported {count} {kind}", err=True)
