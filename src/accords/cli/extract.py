"""`accords extract FILE`: run the pipeline on the articles of one file, statelessly.

Nothing is stored. One output object per article: a single article prints one indented
object; a .jsonl input prints .jsonl, one line per record in input order. Items that cannot
be read as articles are reported on stderr with their reason, and the exit code is then 2.

`accords extract --out DIR INPUT...` writes shards and a manifest instead (`accords.scale`),
in this process or, with ``--engine dask``, on a Dask cluster; `accords load DIR` stores them.
"""

from __future__ import annotations

import functools
import json
from enum import Enum
from pathlib import Path

import typer

from accords.cli import app, call


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class Format(str, Enum):
    json = "json"
    gold = "gold"
    text = "text"
    facts = "facts"


def _text_summary(gold: dict) -> str:
    """A short human-readable listing of the facts in the gold shape, one per line."""
    header = gold["article"]
    lines = [f"# {header.get('file') or header.get('url') or header.get('id')}"
             f"  published {header.get('published')}  title {header.get('title')!r}"]
    for entity in gold["entities"]:
        lines.append(f"entity    {entity['type']:<10} {entity.get('id') or entity['name']}")
    for event in gold["events"]:
        lines.append(f"event     {event['type']:<10} {','.join(event['actors'])}  {event['date']}  {event['evidence']}")
    for indicator in gold["indicators"]:
        lines.append(f"indicator {indicator['metric']:<10} {','.join(indicator['subjects'])}  "
                     f"{indicator['value']} {indicator['unit']}  {indicator['period']}  {indicator['kind']}")
    for quote in gold["quotes"]:
        lines.append(f"quote     {quote['speaker']}: {quote['text']}")
    for time in gold["times"]:
        lines.append(f"time      {time['text']!r} = {time['value']}")
    return "\n".join(lines)


@app.command()
def extract(
    inputs: list[Path] = typer.Argument(..., metavar="INPUT...",
                                        help="A .txt, .json or .jsonl file of articles; with --out, any number "
                                             "of files or folders (also .html, feeds, .warc)."),
    output: Format = typer.Option(Format.json, "--format", "-f",
                                  help="json: the full Extraction; gold: the gold shape (docs/gold-format.md); "
                                       "text: the article body as extracted (no pipeline run); facts: a listing."),
    out: Path = typer.Option(None, "--out", help="Write shards and manifest.json to this folder instead of printing."),
    engine: Engine = typer.Option(Engine.local, "--engine",
                                  help="With --out: local (this process) or dask (a Dask cluster)."),
    scheduler: str = typer.Option(None, "--scheduler", help="Dask scheduler address (default: a LocalCluster)."),
    workers: int = typer.Option(None, "--workers", min=1, help="LocalCluster worker processes (default: CPU count)."),
    no_gate: bool = typer.Option(False, "--no-gate", help="With --out: analyse every article, even those the "
                                                          "relevance gate finds unrelated to international relations."),
    retries: int = typer.Option(2, "--retries", min=0, help="Dask retries of a failed partition."),
) -> None:
    """Extract facts from the articles in FILE and print them (nothing is stored).

    With --out DIR, extract every INPUT into JSONL shards under DIR, with a manifest
    (counts, pipeline versions, rejected items, failed partitions); exit code 2 when some
    item was rejected or some partition failed.
    """
    if out is not None:
        _extract_to_shards(inputs, out=out, engine=engine, scheduler=scheduler, workers=workers,
                           gate=not no_gate, retries=retries)
        return
    if len(inputs) != 1 or engine is not Engine.local or scheduler:
        raise typer.BadParameter("several inputs, --engine dask and --scheduler need --out DIR", param_hint="--out")
    _extract_to_stdout(inputs[0], output)


def _extract_to_shards(inputs: list[Path], *, out: Path, engine: Engine, scheduler: str | None,
                       workers: int | None, gate: bool, retries: int) -> None:
    from accords.scale.dask_engine import extract as extract_shards

    manifest = call(lambda: extract_shards(inputs, out_dir=out, engine=engine.value, scheduler=scheduler,
                                           workers=workers, gate=gate, retries=retries))
    for origin, reason in manifest.rejected:
        typer.echo(f"rejected {origin}: {reason}", err=True)
    for shard in manifest.shards:
        for origin, reason in shard.rejected:
            typer.echo(f"rejected {origin}: {reason}", err=True)
    for partition, error in manifest.failures:
        typer.echo(f"failed partition {partition}: {error}", err=True)
    counts = manifest.counts
    typer.echo(f"{counts['articles']} articles in {len(manifest.shards)} shards under {out} "
               f"({counts['skipped_by_gate']} skipped by the gate), rejected {counts['rejected']}, "
               f"failed partitions {counts['failed_partitions']}, {manifest.seconds:.1f} s")
    if counts["rejected"] or manifest.failures:
        raise typer.Exit(code=2)


def _extract_to_stdout(file: Path, output: Format) -> None:
    import accords
    from accords.gold import to_gold
    from accords.readers import read_path
    from accords.model import Article

    lines = file.suffix.lower() == ".jsonl"
    rejected = 0
    for item in read_path(file):
        if not isinstance(item, Article):
            rejected += 1
            typer.echo(f"rejected {item.origin}: {item.reason}", err=True)
            continue
        if output is Format.text:
            typer.echo(item.text)
            continue
        extraction = call(functools.partial(accords.extract_article, item))
        if output is Format.json:
            data = extraction.to_dict()
        else:
            data = to_gold(item, extraction, file=None if lines else str(file))
        if output is Format.facts:
            typer.echo(_text_summary(data))
        else:
            typer.echo(json.dumps(data, ensure_ascii=False, indent=None if lines else 2))
    if rejected:
        raise typer.Exit(code=2)
