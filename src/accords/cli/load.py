"""`accords load DIR`: store the shards of `accords extract --out DIR`, idempotently."""

from __future__ import annotations

from pathlib import Path

import typer

from accords.cli import app, call, open_store


@app.command()
def load(
    directory: Path = typer.Argument(..., help="A folder written by `accords extract --out` (with manifest.json)."),
) -> None:
    """Upsert the shards in DIRECTORY into the store (--db): articles by id, each article's
    facts replaced in one transaction; loading the same shards again changes nothing.

    Exits with code 2 when some article could not be stored.
    """
    from accords.scale.load import load_shards

    with open_store() as store:
        report = call(lambda: load_shards(store, directory))
    for origin, reason in report.failed:
        typer.echo(f"rejected {origin}: {reason}", err=True)
    typer.echo(f"{report.shards} shards, {report.articles} articles: new {report.new}, "
               f"already stored {report.duplicate}, near-duplicate {report.near_duplicate}; "
               f"facts saved {report.saved}, unchanged {report.unchanged}, failed {len(report.failed)}")
    if report.failed:
        raise typer.Exit(code=2)
