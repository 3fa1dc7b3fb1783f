"""`accords ingest`, `articles`, `show`, `summary`: commands over the store."""

from __future__ import annotations

import json

import typer

from accords.cli import app, call, open_store, setting, stages
from accords.model import to_dict


@app.command()
def ingest(
    paths: list[str] = typer.Argument(
        None, help="Files or directories (.txt, .json, .jsonl, .html, .xml/.rss/.atom feeds, .warc), or http(s) URLs."),
    no_extract: bool = typer.Option(False, "--no-extract", help="Store the articles without running the pipeline."),
    fetch: bool = typer.Option(False, "--fetch", help="Download and extract the pages that feed items link to."),
    allow_private: bool = typer.Option(False, "--allow-private",
                                       help="Let URL fetching reach loopback and private addresses."),
    no_gate: bool = typer.Option(False, "--no-gate",
                                 help="Analyse every article, even those the relevance gate finds unrelated."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress display."),
    resume: bool = typer.Option(False, "--resume",
                                help="First extract the stored articles still without facts (a run that was "
                                     "killed, or --no-extract), then ingest PATHS if any."),
) -> None:
    """Read articles, store the new ones and extract their facts.

    Prints a summary (read, new, duplicate, near-duplicate, rejected with reasons; articles
    the relevance gate let through without the heavy stages; articles not in English) and
    exits with code 2 when some items were rejected. An article stored by a run that was cut
    short, without its facts, is extracted when it is read again, or by --resume.
    """
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from accords import service

    if not paths and not resume:
        raise typer.BadParameter("give files, directories or URLs to ingest (or --resume)", param_hint="PATHS")
    err = Console(stderr=True)
    with open_store() as store, Progress(
        SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
        console=err, disable=quiet or not err.is_terminal, transient=True,
    ) as progress:
        task = progress.add_task("ingesting", total=None)
        seen = {"items": 0}

        def on_item(item, status: str) -> None:
            seen["items"] += 1
            progress.update(task, description=f"ingesting: {seen['items']} items, last {status}")

        reports = []
        if resume:
            reports.append(call(lambda: service.resume(store, on_item=on_item, gate=not no_gate, stages=stages(),
                                                       batch_size=setting("batch_size"))))
        if paths:
            reports.append(call(lambda: service.ingest(
                store, paths, extract=not no_extract, on_item=on_item, fetch=fetch, allow_private=allow_private,
                gate=not no_gate, stages=stages(), batch_size=setting("batch_size"),
                max_bytes=setting("max_file_bytes"))))
    for report in reports:
        _print_report(report, err)
    if any(report.rejected for report in reports):
        raise typer.Exit(code=2)


def _print_report(report, err) -> None:
    for rejected in report.rejected:
        err.print(f"rejected {rejected.origin}: {rejected.reason}", markup=False, highlight=False)
    typer.echo(
        f"read {report.read}, new {report.new}, duplicate {report.duplicate}, "
        f"near-duplicate {report.near_duplicate}, extracted {report.extracted}, "
        f"rejected {len(report.rejected)}"
    )
    if report.not_relevant or report.other_language:
        typer.echo(
            f"of the extracted: {report.not_relevant} not about international relations (gate: heavy stages "
            f"skipped; --no-gate to analyse them), {report.other_language} not in English (stored, not analysed)"
        )
    if report.resumed:
        typer.echo(f"resumed {report.resumed}: stored before without their facts, extracted now")
    if report.timed_out:
        typer.echo(f"timed out {report.timed_out}: stored with the facts found within the per-article time "
                   f"budget; `accords show ID` gives the note")
    if report.verdicts_lost:
        typer.echo(f"verdicts lost {report.verdicts_lost}: analysts' verdicts whose fact the new extraction no "
                   f"longer has (kept; `accords review log --lost` lists them)")


@app.command()
def articles(
    search: str = typer.Option(None, "--search", "-s", help="Full-text search over titles and bodies."),
    limit: int = typer.Option(50, "--limit", min=1),
    offset: int = typer.Option(0, "--offset", min=0),
    as_json: bool = typer.Option(False, "--json", help="JSON output: one object per article, with its text."),
) -> None:
    """List stored articles (newest first), optionally matching a search."""

    with open_store() as store:
        found = call(lambda: store.articles(search=search, limit=limit, offset=offset))
    if as_json:
        typer.echo(json.dumps([to_dict(a) for a in found], ensure_ascii=False, indent=2))
        return
    for article in found:
        title = article.title or article.text[:60].replace("\n", " ")
        typer.echo(f"{article.id}  {article.published or '-':16}  {article.source or '-':14}  {title}")


@app.command()
def show(
    article_id: str = typer.Argument(..., help="An article id (or a unique prefix of 6+ characters)."),
    as_json: bool = typer.Option(False, "--json", help="The article and its extraction as JSON."),
) -> None:
    """Show one article and the facts extracted from it."""
    from accords.errors import NotFoundError

    with open_store() as store:
        article = call(lambda: store.article(article_id))
        try:
            extraction = store.extraction(article.id)
        except NotFoundError:
            extraction = None
    if as_json:
        payload = {"article": to_dict(article), "extraction": extraction.to_dict() if extraction else None}
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    for name in ("id", "title", "published", "source", "author", "url", "language", "origin", "duplicate_of"):
        value = getattr(article, name)
        if value:
            typer.echo(f"{name:>12}: {value}")
    typer.echo("")
    typer.echo(article.text)
    if extraction is not None:
        typer.echo("")
        kinds = ("entities", "times", "quantities", "events", "indicators", "quotes")
        typer.echo("facts: " + ", ".join(f"{len(getattr(extraction, k))} {k}" for k in kinds))
        for note in extraction.notes:  # the gate's reason, a stage failure, a time-out
            typer.echo(f"note: {note}")


@app.command()
def summary(as_json: bool = typer.Option(False, "--json")) -> None:
    """What the store holds: articles, facts per kind, the most mentioned entities."""

    with open_store() as store:
        data = call(store.summary)
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    _print_tree(data)


def _print_tree(data, indent: int = 0) -> None:
    pad = "  " * indent
    for key, value in data.items():
        if isinstance(value, dict):
            typer.echo(f"{pad}{key}:")
            _print_tree(value, indent + 1)
        elif isinstance(value, list):
            typer.echo(f"{pad}{key}: " + ", ".join(_item(v) for v in value))
        else:
            typer.echo(f"{pad}{key}: {value}")


def _item(value) -> str:
    if isinstance(value, dict):
        return " ".join(str(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return " ".join(str(v) for v in value)
    return str(value)
