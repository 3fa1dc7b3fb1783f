"""`accords extract FILE`: run the pipeline on the articles of one file, statelessly.

Nothing is stored. One output object per article: a single article prints one indented
object; a .jsonl input prints .jsonl, one line per record in input order. Items that cannot
be read as articles are reported on stderr with their reason, and the exit code is then 2.
"""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer

from accords.cli import app, call


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
    file: Path = typer.Argument(..., help="A .txt, .json or .jsonl file of articles."),
    output: Format = typer.Option(Format.json, "--format", "-f",
                                  help="json: the full Extraction; gold: the gold shape (docs/gold-format.md); "
                                       "text: the article body as extracted (no pipeline run); facts: a listing."),
) -> None:
    """Extract facts from the articles in FILE and print them (nothing is stored)."""
    import accords
    from accords.gold import to_gold
    from accords.ingest import read_path
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
        extraction = call(lambda: accords.extract_article(item))
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
