"""`accords brief A B`: a brief on one relationship over a period, as Markdown, HTML or PDF
(`accords.brief`)."""

from __future__ import annotations

from pathlib import Path

import typer

from accords.cli import app, call, open_store
from accords.cli.options import checked
from accords.service import filters

FORMATS = ("md", "html", "pdf")


@app.command()
def brief(
    first: str = typer.Argument(..., help="A country: code or name, e.g. AZE or Azerbaijan."),
    second: str = typer.Argument(..., help="Another country, e.g. TUR or Turkey."),
    since: str = typer.Option(None, "--since", help="ISO date: the period's first day (events by their 'when')."),
    until: str = typer.Option(None, "--until", help="ISO date: the period's last day."),
    format_: str = typer.Option("md", "--format", "-f", help="md, html or pdf."),
    out: Path = typer.Option(None, "--out", "-o", help="Output file (default: stdout; required for pdf)."),
) -> None:
    """What changed between two countries: key events and signings with dates, targets
    against latest actuals, quotes from each side, people and projects, sources; every line
    names its evidence (article id and span)."""
    from accords.brief import build
    from accords.brief.pdf import pdf
    from accords.brief.render import html, markdown

    kind = checked("--format", lambda v: filters.one_of(v, FORMATS), format_)
    a, b = checked("FIRST", filters.country, first), checked("SECOND", filters.country, second)
    start, end = checked("--since", filters.iso_date, since), checked("--until", filters.iso_date, until)
    if kind == "pdf" and out is None:
        typer.echo("error: --out: a PDF needs an output file", err=True)
        raise typer.Exit(code=2)
    with open_store() as store:
        found = call(lambda: build(store, a or first, b or second, since=start, until=end))
    if kind == "pdf":
        assert out is not None
        out.write_bytes(pdf(found))
    else:
        text = markdown(found) if kind == "md" else html(found)
        if out is None:
            typer.echo(text, nl=False)
        else:
            out.write_text(text, encoding="utf-8")
    if out is not None:
        typer.echo(f"wrote {out}", err=True)
