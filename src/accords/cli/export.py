"""`accords export`: write events, indicators, quotes, entities, articles or extractions to a
file as JSONL, CSV, Parquet, PLOVER JSON or GraphML (the formats of `accords.export`)."""

from __future__ import annotations

import typer

from accords.cli import app, call, open_store
from accords.export import KINDS


def _pair(between: tuple[str, str] | None) -> tuple[str, str] | None:
    if not between or None in between:
        return None
    return between[0].upper(), between[1].upper()


@app.command()
def export(
    format_: str = typer.Option(..., "--format", "-f", help="jsonl, csv, parquet, plover (events) or graphml (events)."),
    kind: str = typer.Option("events", "--kind", "-k", help=f"What to export: {', '.join(KINDS)}."),
    out: str = typer.Option(..., "--out", "-o", help="Output file; '-' for stdout (text formats)."),
    country: str = typer.Option(None, "--country", help="ISO 3166-1 alpha-3 code (or an organisation's acronym)."),
    between: tuple[str, str] = typer.Option(None, "--between", help="Two codes, both involved: --between AZE TUR."),
    since: str = typer.Option(None, "--since", help="ISO date: events and periods reaching it; else articles published on or after it."),
) -> None:
    """Export records from the store, each traced to its article and sentence.

    Records are read page by page, so a large store is never loaded at once. The count of
    records written goes to stderr.
    """
    from accords.export import export as run_export

    with open_store() as store:
        count = call(lambda: run_export(
            store, format=format_.lower(), kind=kind.lower(), out=out, country=country and country.upper(),
            pair=_pair(between), since=since))
    typer.echo(f"exported {count} {kind}", err=True)
